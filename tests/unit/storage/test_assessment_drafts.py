"""The self-test draft: kept until finished, stored once under its id, never stored empty."""

from __future__ import annotations

import pytest

from limberup.exceptions import InputError
from limberup.services.assessments import (
    finish_draft,
    get_draft,
    list_assessments,
    save_draft,
    start_draft,
)
from tests.factories import runtime_at
from tests.unit.storage.builders import MONDAY, NOW
from tests.unit.storage.fakes import FakeUnitOfWork

RUNTIME = runtime_at(NOW)
DAY = {"date": MONDAY.isoformat()}


def test_finishing_stores_the_answers_under_the_drafts_id_and_drops_the_draft() -> None:
    uow = FakeUnitOfWork()
    draft = start_draft(uow, RUNTIME, 1, DAY)
    answers = {**DAY, "thoracic_rotation": {"left": {"angle_deg": 47}}}
    draft = save_draft(uow, RUNTIME, draft.model_copy(update={"answers": answers}), 1)
    assert get_draft(uow, 1) == draft
    stored = finish_draft(uow, RUNTIME, 1, draft)
    assert stored.uuid == draft.uuid
    assert get_draft(uow, 1) is None
    # Finishing the same draft again (Save pressed twice) stores no second record.
    finish_draft(uow, RUNTIME, 1, draft)
    assert [a.uuid for a in list_assessments(uow, 1)] == [draft.uuid]


def test_starting_again_replaces_the_draft_with_a_new_id() -> None:
    uow = FakeUnitOfWork()
    first = start_draft(uow, RUNTIME, 1, DAY)
    second = start_draft(uow, RUNTIME, 1, DAY)
    assert get_draft(uow, 1) == second
    assert second.uuid != first.uuid


@pytest.mark.parametrize("pain", [None, {"at_rest": False, "during_tests": [], "where": []}])
def test_every_test_skipped_is_refused_and_nothing_is_stored(pain: object) -> None:
    uow = FakeUnitOfWork()
    answers = {**DAY, **({"pain": pain} if pain else {})}
    draft = start_draft(uow, RUNTIME, 1, answers)
    with pytest.raises(InputError, match="every test was skipped"):
        finish_draft(uow, RUNTIME, 1, draft)
    assert list_assessments(uow, 1) == ()
    assert get_draft(uow, 1) == draft  # kept: the runner can go back and enter a result


def test_pain_at_rest_alone_is_worth_storing() -> None:
    uow = FakeUnitOfWork()
    answers = {**DAY, "pain": {"at_rest": True}}
    draft = start_draft(uow, RUNTIME, 1, answers)
    assert finish_draft(uow, RUNTIME, 1, draft).inputs.pain is not None

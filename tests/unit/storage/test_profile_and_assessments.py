"""Use cases of the profile and of stored assessments, on a fake unit of work."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from pydantic import ValidationError

from limberup.domain.logbook import AssessmentKind
from limberup.domain.vocabulary import Status
from limberup.exceptions import MissingProfileError, UnknownIdError
from limberup.services.assessments import (
    list_assessments,
    record_assessment,
    record_assessment_data,
)
from limberup.services.profile import get_profile, require_profile, save_profile
from limberup.services.users import local_user
from tests.factories import runtime_at
from tests.unit.storage.builders import MONDAY, NOW, PROFILE, assessment
from tests.unit.storage.fakes import FakeUnitOfWork

RUNTIME = runtime_at(NOW)


def test_the_local_user_is_made_once() -> None:
    uow = FakeUnitOfWork()
    assert local_user(uow) == local_user(uow) == 1
    assert uow.store.users == {"local": 1}


def test_a_profile_is_saved_and_read_back() -> None:
    uow = FakeUnitOfWork()
    with pytest.raises(MissingProfileError, match="limberup init"):
        require_profile(uow, 1)
    stored = save_profile(uow, RUNTIME, 1, PROFILE)
    assert get_profile(uow, 1) == stored
    assert stored.profile == PROFILE
    assert uow.commits == 1


def test_a_profile_naming_an_unknown_drill_is_refused_and_not_stored() -> None:
    uow = FakeUnitOfWork()
    with pytest.raises(UnknownIdError, match=r"avoid\.0"):
        save_profile(uow, RUNTIME, 1, PROFILE.model_copy(update={"avoid": ("no_such_drill",)}))
    assert get_profile(uow, 1) is None


def test_an_assessment_is_stored_with_its_findings_first_as_assessment_then_retest() -> None:
    uow = FakeUnitOfWork()
    first = record_assessment(uow, RUNTIME, 1, assessment(MONDAY))
    assert first.kind is AssessmentKind.ASSESSMENT
    assert first.inputs == assessment(MONDAY)
    assert ("slr_limited", Status.LIMITED) in {(f.id, f.status) for f in first.result.findings}
    week_later = runtime_at(NOW + dt.timedelta(days=7))
    retest = record_assessment(uow, week_later, 1, assessment(MONDAY + dt.timedelta(days=7)))
    assert retest.kind is AssessmentKind.RETEST
    assert list_assessments(uow, 1) == (first, retest)


def test_recording_again_with_the_same_uuid_returns_the_stored_record() -> None:
    uow = FakeUnitOfWork()
    record_uuid = uuid.uuid4()
    first = record_assessment(uow, RUNTIME, 1, assessment(), record_uuid=record_uuid)
    later = runtime_at(NOW + dt.timedelta(hours=1))
    again = record_assessment(uow, later, 1, assessment(slr_left=70), record_uuid=record_uuid)
    assert again == first
    assert len(list_assessments(uow, 1)) == 1


def test_a_rejected_assessment_stores_nothing() -> None:
    uow = FakeUnitOfWork()
    with pytest.raises(ValidationError, match="angle_deg"):
        record_assessment_data(
            uow, RUNTIME, 1, {"date": "2026-11-16", "slr": {"left": {"angle_deg": 400}}}
        )
    assert list_assessments(uow, 1) == ()
    assert uow.commits == 0

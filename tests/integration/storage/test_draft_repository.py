"""Self-test drafts: one per user, replaced by a save, gone after a drop, on both backends."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Engine, func, select

from limberup.adapters.db.orm import AssessmentDraftRow
from limberup.domain.logbook import AssessmentDraft
from tests.integration.storage.conftest import UowFactory

NOON = dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)


def draft(answers: dict[str, object], minutes: int = 0) -> AssessmentDraft:
    return AssessmentDraft(
        uuid=uuid.uuid4(), answers=answers, updated_at=NOON + dt.timedelta(minutes=minutes)
    )


def test_a_draft_reads_back_and_a_save_replaces_it(
    uow: UowFactory, user_id: int, engine: Engine
) -> None:
    first = draft({"date": "2026-12-02", "slr": {"left": {"angle_deg": 64}}})
    second = draft({"date": "2026-12-02", "age": 41}, minutes=5)
    with uow() as work:
        assert work.drafts.get(user_id) is None
        work.drafts.save(user_id, first)
        work.commit()
    with uow() as work:
        assert work.drafts.get(user_id) == first
        work.drafts.save(user_id, second)
        work.commit()
    with uow() as work:
        assert work.drafts.get(user_id) == second
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(AssessmentDraftRow)) == 1


def test_a_dropped_draft_is_gone_and_an_uncommitted_save_leaves_none(
    uow: UowFactory, user_id: int
) -> None:
    with uow() as work:
        work.drafts.save(user_id, draft({"date": "2026-12-02"}))
    with uow() as work:
        assert work.drafts.get(user_id) is None  # rolled back
        work.drafts.save(user_id, draft({"date": "2026-12-02"}))
        work.commit()
    with uow() as work:
        work.drafts.drop(user_id)
        work.commit()
    with uow() as work:
        assert work.drafts.get(user_id) is None

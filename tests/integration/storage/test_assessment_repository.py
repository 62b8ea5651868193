"""Stored assessments: input and findings round-trip, replays, order, on both backends."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Engine, func, select

from limberup.adapters.db.orm import AssessmentRow
from tests.integration.storage.conftest import UowFactory
from tests.unit.storage.builders import MONDAY, stored_assessment


def test_an_assessment_reads_back_equal_to_what_was_stored(uow: UowFactory, user_id: int) -> None:
    record = stored_assessment()
    with uow() as work:
        assert work.assessments.add(user_id, record) == record
        work.commit()
    with uow() as work:
        assert work.assessments.get(user_id, record.uuid) == record
        assert work.assessments.list(user_id) == (record,)


def test_a_replay_returns_the_stored_record_and_adds_no_row(
    uow: UowFactory, user_id: int, engine: Engine
) -> None:
    record = stored_assessment()
    with uow() as work:
        work.assessments.add(user_id, record)
        work.commit()
    replay = record.model_copy(update={"taken_on": MONDAY + dt.timedelta(days=3)})
    with uow() as work:
        assert work.assessments.add(user_id, replay) == record
        work.commit()
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(AssessmentRow)) == 1


def test_a_replay_inside_the_same_transaction_is_still_one_row(
    uow: UowFactory, user_id: int, engine: Engine
) -> None:
    record = stored_assessment()
    with uow() as work:
        work.assessments.add(user_id, record)
        work.assessments.add(user_id, record)
        work.commit()
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(AssessmentRow)) == 1


def test_assessments_are_listed_oldest_first(uow: UowFactory, user_id: int) -> None:
    later = stored_assessment(MONDAY + dt.timedelta(days=7), slr_left=70)
    earlier = stored_assessment(MONDAY)
    with uow() as work:
        work.assessments.add(user_id, later)
        work.assessments.add(user_id, earlier)
        work.commit()
    with uow() as work:
        assert [a.uuid for a in work.assessments.list(user_id)] == [earlier.uuid, later.uuid]
        assert work.assessments.get(user_id, uuid.uuid4()) is None


def test_recent_reads_only_the_newest_assessments_oldest_first(
    uow: UowFactory, user_id: int
) -> None:
    days = [MONDAY - dt.timedelta(weeks=n) for n in range(6)]
    with uow() as work:
        for day in days:
            work.assessments.add(user_id, stored_assessment(day))
        work.commit()
    with uow() as work:
        recent = work.assessments.recent(user_id, limit=4)
    assert [a.taken_on for a in recent] == sorted(days)[-4:]

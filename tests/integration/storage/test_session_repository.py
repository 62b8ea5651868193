"""Session logs and their items: start, item upserts, status, replays, on both backends."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import Engine, func, select

from limberup.adapters.db.orm import LoggedItemRow, SessionLogRow
from limberup.domain.logbook import SessionStatus
from limberup.domain.vocabulary import Region, Side
from limberup.exceptions import UnknownPlanError, UnknownSessionError
from tests.integration.storage.conftest import UowFactory
from tests.unit.storage.builders import NOW, item_log, session_log, stored_plan


def count(engine: Engine, table: type[SessionLogRow] | type[LoggedItemRow]) -> int:
    with engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(table)) or 0


def test_a_session_log_with_items_reads_back_equal(uow: UowFactory, user_id: int) -> None:
    plan = stored_plan()
    log = session_log(
        plan,
        items=(
            item_log(0, "leg_swings", ease=4, notes="smooth"),
            item_log(1, "assisted_slr", pain=3, pain_region=Region.HAMSTRINGS, sides=(Side.LEFT,)),
        ),
        status=SessionStatus.FINISHED,
    )
    with uow() as work:
        work.plans.add(user_id, plan)
        assert work.sessions.add(user_id, log) == log
        work.commit()
    with uow() as work:
        assert work.sessions.get(user_id, log.uuid) == log
        assert work.sessions.list(user_id) == (log,)


def test_replaying_a_session_start_returns_the_stored_log(
    uow: UowFactory, user_id: int, engine: Engine
) -> None:
    plan = stored_plan()
    log = session_log(plan)
    with uow() as work:
        work.plans.add(user_id, plan)
        work.sessions.add(user_id, log)
        work.commit()
    with uow() as work:
        replay = log.model_copy(update={"session_index": 3})
        assert work.sessions.add(user_id, replay) == log
        work.commit()
    assert count(engine, SessionLogRow) == 1


def test_an_item_saved_twice_is_one_row_holding_the_latest_report(
    uow: UowFactory, user_id: int, engine: Engine
) -> None:
    plan = stored_plan()
    log = session_log(plan)
    with uow() as work:
        work.plans.add(user_id, plan)
        work.sessions.add(user_id, log)
        work.commit()
    partial = item_log(0, "leg_swings", reps_done=4, sides=(Side.LEFT,), finished_at=None)
    with uow() as work:
        assert work.sessions.save_item(user_id, log.uuid, partial) == partial
        work.commit()
    whole = item_log(0, "leg_swings")
    with uow() as work:
        assert work.sessions.save_item(user_id, log.uuid, whole) == whole
        work.sessions.save_item(user_id, log.uuid, whole)
        work.commit()
    assert count(engine, LoggedItemRow) == 1
    with uow() as work:
        stored = work.sessions.get(user_id, log.uuid)
    assert stored is not None
    assert stored.items == (whole,)


def test_status_changes_and_lists_by_status(uow: UowFactory, user_id: int) -> None:
    plan = stored_plan()
    done, open_ = session_log(plan), session_log(plan)
    with uow() as work:
        work.plans.add(user_id, plan)
        work.sessions.add(user_id, done)
        work.sessions.add(user_id, open_)
        ended = work.sessions.set_status(user_id, done.uuid, SessionStatus.FINISHED, NOW)
        work.commit()
    assert (ended.status, ended.finished_at) == (SessionStatus.FINISHED, NOW)
    with uow() as work:
        unfinished = work.sessions.list(user_id, statuses=(SessionStatus.IN_PROGRESS,))
        assert [log.uuid for log in unfinished] == [open_.uuid]
        assert len(work.sessions.list(user_id)) == 2


def test_unknown_plans_and_sessions_are_refused(uow: UowFactory, user_id: int) -> None:
    plan = stored_plan()
    with uow() as work, pytest.raises(UnknownPlanError):
        work.sessions.add(user_id, session_log(plan))
    with uow() as work, pytest.raises(UnknownSessionError):
        work.sessions.save_item(user_id, uuid.uuid4(), item_log(0, "leg_swings"))
    with uow() as work, pytest.raises(UnknownSessionError):
        work.sessions.set_status(user_id, uuid.uuid4(), SessionStatus.FINISHED, NOW)


def test_finished_slots_are_the_days_and_places_of_finished_logs(
    uow: UowFactory, user_id: int
) -> None:
    plan = stored_plan()
    tuesday = plan.week_start + dt.timedelta(days=1)
    logs = [
        session_log(plan, status=SessionStatus.FINISHED),
        session_log(plan, status=SessionStatus.FINISHED),  # the same slot done twice
        session_log(plan, day=tuesday, status=SessionStatus.ABANDONED),
        session_log(plan, day=tuesday),  # still in progress
    ]
    with uow() as work:
        work.plans.add(user_id, plan)
        for log in logs:
            work.sessions.add(user_id, log)
        work.commit()
    with uow() as work:
        assert work.sessions.finished_slots(user_id) == {(plan.week_start, 0)}
        assert work.sessions.finished_slots(user_id + 1) == frozenset()
        monday = plan.week_start
        assert work.sessions.finished_slots(user_id, since=monday, until=tuesday) == {(monday, 0)}
        assert work.sessions.finished_slots(user_id, since=tuesday) == frozenset()
        assert work.sessions.finished_slots(user_id, until=monday) == frozenset()

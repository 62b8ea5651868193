"""Logging a session item by item: validation, replays, merges, resume, on a fake unit of work."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from limberup.domain.logbook import SessionStatus
from limberup.domain.vocabulary import Region, Side
from limberup.exceptions import NotFoundError, StoredDataError
from limberup.services.sessions import (
    day_plan,
    end_session,
    get_session,
    log_item,
    session_of_log,
    start_session,
    unfinished_sessions,
)
from tests.factories import runtime_at
from tests.unit.storage.builders import MONDAY, NOW, item_log, stored_plan
from tests.unit.storage.fakes import FakeUnitOfWork

RUNTIME = runtime_at(NOW)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    with uow:
        uow.plans.add(1, stored_plan(plan_uuid=PLAN))
        uow.commit()
    return uow


PLAN = uuid.UUID("00000000-0000-4000-8000-000000000001")


def start(uow: FakeUnitOfWork, **options: object) -> uuid.UUID:
    log = start_session(uow, 1, plan_uuid=PLAN, day=MONDAY, session_index=0, now=NOW, **options)  # type: ignore[arg-type]
    return log.uuid


def test_a_session_is_started_and_a_replay_returns_it(uow: FakeUnitOfWork) -> None:
    session_uuid = uuid.uuid4()
    first = start_session(
        uow, 1, plan_uuid=PLAN, day=MONDAY, session_index=0, session_uuid=session_uuid, now=NOW
    )
    again = start_session(
        uow, 1, plan_uuid=PLAN, day=MONDAY, session_index=0, session_uuid=session_uuid
    )
    assert first == again
    assert (first.status, first.week_start, first.started_at) == (
        SessionStatus.IN_PROGRESS,
        MONDAY,
        NOW,
    )
    assert len(uow.store.sessions[1]) == 1
    assert session_of_log(uow, 1, first).items[0].exercise_id == "leg_swings"


def test_a_session_of_a_missing_plan_day_or_index_is_refused(uow: FakeUnitOfWork) -> None:
    with pytest.raises(NotFoundError, match="plan"):
        start_session(uow, 1, plan_uuid=uuid.uuid4(), day=MONDAY, session_index=0)
    with pytest.raises(StoredDataError, match="day"):
        start_session(uow, 1, plan_uuid=PLAN, day=MONDAY - dt.timedelta(days=1), session_index=0)
    with pytest.raises(StoredDataError, match="session: a session of that day, 1-1"):
        start_session(uow, 1, plan_uuid=PLAN, day=MONDAY, session_index=1)
    assert uow.store.sessions == {}


def test_each_item_is_committed_as_it_is_logged(uow: FakeUnitOfWork) -> None:
    session = start(uow)
    commits = uow.commits
    log_item(uow, 1, session, item_log(0, "leg_swings"))
    assert uow.commits == commits + 1
    assert get_session(uow, 1, session).items == (item_log(0, "leg_swings"),)


def test_an_item_that_is_not_the_one_planned_is_refused(uow: FakeUnitOfWork) -> None:
    session = start(uow)
    with pytest.raises(StoredDataError, match=r"items.0.exercise_id.*'leg_swings'"):
        log_item(uow, 1, session, item_log(0, "ankle_rolls"))
    with pytest.raises(StoredDataError, match="item_index"):
        log_item(uow, 1, session, item_log(2, "leg_swings"))
    with pytest.raises(NotFoundError, match="session"):
        log_item(uow, 1, uuid.uuid4(), item_log(0, "leg_swings"))
    assert get_session(uow, 1, session).items == ()


def test_replaying_an_item_changes_nothing(uow: FakeUnitOfWork) -> None:
    session = start(uow)
    first = log_item(uow, 1, session, item_log(0, "leg_swings"))
    commits = uow.commits
    assert log_item(uow, 1, session, item_log(0, "leg_swings")) == first
    assert uow.commits == commits


def test_a_finished_item_is_not_turned_back_into_a_partial_one(uow: FakeUnitOfWork) -> None:
    session = start(uow)
    done = log_item(uow, 1, session, item_log(0, "leg_swings"))
    partial = item_log(0, "leg_swings", reps_done=2, sides=(Side.LEFT,), finished_at=None)
    assert log_item(uow, 1, session, partial) == done


def test_pain_reported_earlier_is_kept_unless_a_higher_figure_comes(uow: FakeUnitOfWork) -> None:
    session = start(uow)
    hurt = {"pain": 5, "pain_region": Region.HAMSTRINGS, "finished_at": None}
    log_item(uow, 1, session, item_log(1, "assisted_slr", **hurt))
    finished = log_item(uow, 1, session, item_log(1, "assisted_slr"))
    assert (finished.pain, finished.pain_region, finished.finished_at) == (
        5,
        Region.HAMSTRINGS,
        item_log(1, "assisted_slr").finished_at,
    )
    worse = log_item(uow, 1, session, item_log(1, "assisted_slr", pain=7, pain_region=Region.HIP))
    assert (worse.pain, worse.pain_region) == (7, Region.HIP)


def test_ending_a_session_and_replaying_the_end(uow: FakeUnitOfWork) -> None:
    session = start(uow)
    ended = end_session(uow, 1, session, now=NOW)
    again = end_session(uow, 1, session, now=NOW + dt.timedelta(hours=1))
    assert ended == again
    assert (ended.status, ended.finished_at) == (SessionStatus.FINISHED, NOW)


def test_unfinished_sessions_are_listed_newest_first_and_resume_where_they_stopped(
    uow: FakeUnitOfWork,
) -> None:
    older = start(uow)
    newer = start_session(
        uow, 1, plan_uuid=PLAN, day=MONDAY + dt.timedelta(days=1), session_index=0, now=NOW
    ).uuid
    done = start(uow)
    end_session(uow, 1, done)
    log_item(uow, 1, newer, item_log(0, "leg_swings"))
    log_item(uow, 1, newer, item_log(1, "assisted_slr", finished_at=None))
    unfinished = unfinished_sessions(uow, 1)
    assert [log.uuid for log in unfinished] == [newer, older]
    assert unfinished[0].resume_at(2) == 1
    assert unfinished[1].resume_at(2) == 0
    end_session(uow, 1, older, status=SessionStatus.ABANDONED)
    assert [log.uuid for log in unfinished_sessions(uow, 1)] == [newer]


def test_the_day_lists_its_sessions_with_their_latest_log(uow: FakeUnitOfWork) -> None:
    session = start(uow)
    end_session(uow, 1, session)
    today = day_plan(uow, RUNTIME, 1, MONDAY).sessions
    assert len(today) == 1
    assert today[0].done
    assert today[0].log is not None
    assert today[0].log.uuid == session
    tomorrow = day_plan(uow, RUNTIME, 1, MONDAY + dt.timedelta(days=1)).sessions
    assert [planned.done for planned in tomorrow] == [False]

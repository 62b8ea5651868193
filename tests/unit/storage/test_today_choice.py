"""Which session the today page puts first, and the one session it offers to pick up again."""

from __future__ import annotations

import datetime as dt

from limberup.domain.logbook import SessionLog, SessionStatus
from limberup.domain.planning.week import Day, Session, Weekday
from limberup.domain.vocabulary import Context
from limberup.services.sessions import PlannedDay, PlannedSession
from limberup.services.today import drills_done, resume_offer, session_now
from tests.unit.storage.builders import MONDAY, item, item_log, session_log, stored_plan

TUESDAY = MONDAY + dt.timedelta(days=1)
PLAN = stored_plan()


def session(context: Context) -> Session:
    return Session(context=context, minutes=5, budget_minutes=5, items=(item("leg_swings"),) * 3)


def log(
    index: int, *, done: int = 0, skipped: int = 0, hour: int = 7, finished: bool = False
) -> SessionLog:
    items = tuple(item_log(n, "leg_swings") for n in range(done))
    items += tuple(item_log(done + n, "leg_swings", skipped=True) for n in range(skipped))
    status = SessionStatus.FINISHED if finished else SessionStatus.IN_PROGRESS
    made = session_log(PLAN, day=TUESDAY, items=items, status=status)
    started = dt.datetime.combine(TUESDAY, dt.time(hour), tzinfo=dt.UTC)
    return made.model_copy(update={"session_index": index, "started_at": started})


def day(
    *contexts: Context, logs: dict[int, SessionLog] | None = None, run_time: dt.time | None = None
) -> PlannedDay:
    sessions = tuple(session(context) for context in contexts)
    planned = Day(date=TUESDAY, weekday=Weekday.TUE, run=True, run_time=run_time, sessions=sessions)
    found = tuple(
        PlannedSession(PLAN, TUESDAY, index, s, (logs or {}).get(index))
        for index, s in enumerate(sessions)
    )
    return PlannedDay(PLAN, planned, found)


def index_of(found: PlannedSession | None) -> int | None:
    return None if found is None else found.index


def test_the_pre_run_comes_first_until_the_run_then_the_first_not_done() -> None:
    planned = day(Context.DAILY, Context.PRE_RUN, Context.MICRO_BREAK, run_time=dt.time(18, 30))
    assert index_of(session_now(planned)) == 1  # another day's page: before its run
    assert index_of(session_now(planned, at=dt.time(18, 29))) == 1
    assert index_of(session_now(planned, at=dt.time(18, 30))) == 0  # the run has begun
    done_first = day(
        Context.DAILY, Context.PRE_RUN, logs={0: log(0, finished=True)}, run_time=dt.time(7)
    )
    # After the run, a pre-run not done is still offered when nothing else is left.
    assert index_of(session_now(done_first, at=dt.time(12))) == 1


def test_nothing_matters_now_once_every_session_is_done() -> None:
    planned = day(Context.PRE_RUN, logs={0: log(0, done=3, finished=True)})
    assert session_now(planned) is None
    assert session_now(day()) is None


def test_only_a_session_with_a_drill_done_is_offered_and_only_the_latest() -> None:
    assert resume_offer(day(Context.PRE_RUN, logs={0: log(0)})) is None  # nothing done
    only_skipped = day(Context.PRE_RUN, logs={0: log(0, skipped=2)})
    assert resume_offer(only_skipped) is None  # skipping is not doing
    both = day(
        Context.PRE_RUN, Context.DAILY, logs={0: log(0, done=1, hour=7), 1: log(1, done=2, hour=9)}
    )
    assert index_of(resume_offer(both)) == 1
    finished = day(Context.PRE_RUN, logs={0: log(0, done=3, finished=True)})
    assert resume_offer(finished) is None


def test_drills_done_counts_finished_drills_not_skipped_ones() -> None:
    assert drills_done(log(0, done=2, skipped=1)) == 2
    partly = log(0).model_copy(update={"items": (item_log(0, "leg_swings", finished_at=None),)})
    assert drills_done(partly) == 0

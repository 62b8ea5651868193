"""Progress reads the weeks it shows, and follows the current streak back as far as it runs."""

from __future__ import annotations

import datetime as dt

import pytest

from limberup.domain.logbook import SessionStatus
from limberup.services import history
from limberup.services.history import RECENT_WEEKS, adherence_summary
from tests.integration.storage.conftest import UowFactory
from tests.unit.storage.builders import MONDAY, session_log, stored_plan

DAY = dt.timedelta(days=1)
WEEK = dt.timedelta(weeks=1)
WEEKS = 30
"""More weeks than are shown, and a streak before them longer than one page of days."""
SUNDAY = MONDAY + 6 * DAY


def live_weeks(uow: UowFactory, user_id: int, *, missed: dt.date | None = None) -> None:
    """``WEEKS`` weekly plans up to MONDAY's week, the first made on its first day, and a
    session finished every day but ``missed``."""
    first = MONDAY - (WEEKS - 1) * WEEK
    made = dt.datetime.combine(first, dt.time(7), tzinfo=dt.UTC)
    with uow() as work:
        for n in range(WEEKS):
            plan = stored_plan(first + n * WEEK).model_copy(update={"created_at": made})
            work.plans.add(user_id, plan)
            for offset in range(7):
                day = plan.week_start + offset * DAY
                if day != missed:
                    log = session_log(plan, day=day, status=SessionStatus.FINISHED)
                    work.sessions.add(user_id, log)
        work.commit()


def test_adherence_counts_and_lists_only_the_weeks_asked_for(
    uow: UowFactory, user_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    live_weeks(uow, user_id)
    monkeypatch.setattr(history, "STREAK_PAGE", 50)  # the streak is followed over pages
    assert (WEEKS - RECENT_WEEKS) * 7 > 2 * history.STREAK_PAGE
    recent = adherence_summary(uow(), user_id, today=SUNDAY)
    assert recent.since == MONDAY - (RECENT_WEEKS - 1) * WEEK
    assert [w.week_start for w in recent.weeks] == [
        recent.since + n * WEEK for n in range(RECENT_WEEKS)
    ]
    assert (recent.planned, recent.done) == (RECENT_WEEKS * 7, RECENT_WEEKS * 7)
    assert recent.current_streak == WEEKS * 7  # every day since the first
    assert recent.longest_streak == recent.current_streak
    every = adherence_summary(uow(), user_id, today=SUNDAY, weeks=WEEKS + 5)
    assert len(every.weeks) == WEEKS  # no week before the first plan is listed
    assert (every.planned, every.longest_streak) == (WEEKS * 7, WEEKS * 7)


def test_a_day_missed_before_the_weeks_shown_ends_the_current_streak(
    uow: UowFactory, user_id: int
) -> None:
    missed = MONDAY - 20 * WEEK + 3 * DAY
    live_weeks(uow, user_id, missed=missed)
    recent = adherence_summary(uow(), user_id, today=SUNDAY)
    assert recent.current_streak == (SUNDAY - missed).days
    assert recent.done == recent.planned == RECENT_WEEKS * 7

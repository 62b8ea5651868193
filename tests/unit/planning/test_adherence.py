"""Adherence: sessions kept against the newest plan, up to today, and streaks of days."""

from __future__ import annotations

import datetime as dt

from limberup.domain.logbook import StoredPlan
from limberup.domain.progress.adherence import adherence
from tests.unit.storage.builders import MONDAY, stored_plan

DAY = dt.timedelta(days=1)
WEEK = dt.timedelta(weeks=1)


def test_only_days_up_to_today_count_and_one_log_per_slot_is_enough() -> None:
    plan = stored_plan()  # one 2-minute session every day of the week
    finished = [(MONDAY, 0), (MONDAY, 0), (MONDAY + DAY, 0), (MONDAY + 5 * DAY, 0)]
    result = adherence([plan], finished, today=MONDAY + 2 * DAY)
    assert (result.planned, result.done) == (3, 2)  # Saturday's log is not counted yet
    assert result.rate == round(2 / 3, 3)
    assert result.minutes_done == 4.0
    assert [(w.planned, w.done) for w in result.weeks] == [(3, 2)]


def test_only_the_newest_version_of_a_week_counts() -> None:
    old = stored_plan(version=1)
    new = stored_plan(version=2, drills=("leg_swings",))
    result = adherence([new, old], [(MONDAY, 0)], today=MONDAY)
    assert len(result.weeks) == 1
    assert result.minutes_done == new.plan.days[0].sessions[0].minutes


def test_streaks_count_days_in_a_row_and_today_may_still_be_open() -> None:
    plan = stored_plan()
    days = [MONDAY, MONDAY + DAY, MONDAY + 3 * DAY, MONDAY + 4 * DAY, MONDAY + 5 * DAY]
    finished = [(day, 0) for day in days]
    on_sunday = adherence([plan], finished, today=MONDAY + 6 * DAY)
    assert (on_sunday.current_streak, on_sunday.longest_streak) == (3, 3)
    a_day_later = adherence([plan], finished, today=MONDAY + 7 * DAY)
    assert a_day_later.current_streak == 0


def test_nothing_planned_yet_has_no_rate() -> None:
    result = adherence([], [], today=MONDAY)
    assert (result.planned, result.done, result.rate) == (0, 0, None)


def test_a_week_not_begun_is_not_listed_and_days_after_today_plan_nothing() -> None:
    this_week = stored_plan()
    next_week = stored_plan(week_start=MONDAY + 7 * DAY)
    result = adherence([this_week, next_week], [(MONDAY, 0)], today=MONDAY + DAY)
    assert [w.week_start for w in result.weeks] == [MONDAY]
    [week] = result.weeks
    assert [(d.planned, d.done) for d in week.days[:3]] == [(1, 1), (1, 0), (0, 0)]
    assert len(week.days) == 7


def test_days_before_the_first_plan_was_made_are_never_missed() -> None:
    # First used on Wednesday: Monday and Tuesday of that week could not have been kept.
    plan = stored_plan().model_copy(
        update={"created_at": dt.datetime(2026, 11, 18, 9, tzinfo=dt.UTC)}
    )
    result = adherence([plan], [(MONDAY + 2 * DAY, 0)], today=MONDAY + 3 * DAY)
    [week] = result.weeks
    assert [(d.planned, d.before_start) for d in week.days[:4]] == [
        (0, True),
        (0, True),
        (1, False),
        (1, False),
    ]
    assert (result.planned, result.done) == (2, 1)


def weeks_of_plans(count: int) -> list[StoredPlan]:
    """``count`` weekly plans ending with MONDAY's week, all made on the first Monday."""
    first = MONDAY - (count - 1) * WEEK
    made = dt.datetime.combine(first, dt.time(7), tzinfo=dt.UTC)
    return [
        stored_plan(first + n * WEEK).model_copy(update={"created_at": made}) for n in range(count)
    ]


def test_only_the_weeks_from_since_are_counted_and_listed() -> None:
    plans = weeks_of_plans(20)
    sunday = MONDAY + 6 * DAY
    every_day = [(plans[0].week_start + n * DAY, 0) for n in range(20 * 7)]
    since = MONDAY - 11 * WEEK
    result = adherence(plans, every_day, today=sunday, since=since)
    assert result.since == since
    assert [w.week_start for w in result.weeks] == [since + n * WEEK for n in range(12)]
    assert (result.planned, result.done) == (12 * 7, 12 * 7)
    assert result.longest_streak == 12 * 7  # the streak inside the weeks shown
    assert result.minutes_done == 12 * 7 * 2.0


def test_the_current_streak_runs_on_before_since_only_when_it_reaches_it() -> None:
    plans = weeks_of_plans(2)
    sunday = MONDAY + 6 * DAY
    whole_week = [(MONDAY + n * DAY, 0) for n in range(7)]
    unbroken = adherence(plans, whole_week, today=sunday, since=MONDAY, streak_before=30)
    assert unbroken.current_streak == 7 + 30
    assert unbroken.longest_streak == 7 + 30  # never shown as shorter than the current one
    missed_tuesday = [slot for slot in whole_week if slot[0] != MONDAY + DAY]
    broken = adherence(plans, missed_tuesday, today=sunday, since=MONDAY, streak_before=30)
    assert broken.current_streak == 5


def test_started_given_marks_the_days_before_it_even_outside_the_weeks_read() -> None:
    [plan] = weeks_of_plans(1)
    wednesday = MONDAY + 2 * DAY
    result = adherence([plan], [], today=MONDAY + 6 * DAY, since=MONDAY, started=wednesday)
    [week] = result.weeks
    assert [d.before_start for d in week.days[:3]] == [True, True, False]
    assert result.planned == 5

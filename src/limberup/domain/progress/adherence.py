"""How well the plan was kept: sessions done against sessions planned, and streaks of days.

Only days from the runner's first plan up to ``today`` count (the future cannot be missed,
nor the days before LimberUp was first used), so a week not begun yet is not listed at all;
for each week only its newest plan version counts, as that is the plan the runner saw. Each
listed week keeps its days, for a small calendar of sessions kept.

The figures cover the recent weeks from ``since`` (a coach reads how the last months went,
and the read stays the same size however long the history grows). Only the current streak
reaches further back, as far as it runs, through ``streak_before``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from pydantic import BaseModel

from limberup.domain.logbook import StoredPlan


class DayAdherence(BaseModel):
    day: dt.date
    planned: int
    """Sessions planned that day; 0 for a rest day, and for a day after today."""
    done: int
    before_start: bool = False
    """A day before the runner's first plan was made: it could not have been kept or missed."""


class WeekAdherence(BaseModel):
    week_start: dt.date
    planned: int
    done: int
    days: list[DayAdherence] = []
    """The week's seven days, Monday first."""


class Adherence(BaseModel):
    since: dt.date | None
    """The first day counted (a Monday); None when every week was counted."""
    planned: int
    """Sessions planned on days from ``since`` up to today."""
    done: int
    """Of those, sessions finished."""
    rate: float | None
    """done / planned; None when nothing was planned yet."""
    minutes_done: float
    current_streak: int
    """Days in a row, up to today (or yesterday, while today is still open), with a session done;
    it may run back past ``since``."""
    longest_streak: int
    """The most days in a row with a session done from ``since`` on, or the current streak
    when that runs longer (it began before ``since``)."""
    weeks: list[WeekAdherence]


Slot = tuple[dt.date, int]
"""A session's place in the plan: its day and its index among the day's sessions."""


def adherence(
    plans: Iterable[StoredPlan],
    finished: Iterable[Slot],
    *,
    today: dt.date,
    since: dt.date | None = None,
    started: dt.date | None = None,
    streak_before: int = 0,
) -> Adherence:
    """Adherence to the newest version of each week's plan.

    Args:
        plans: the stored plans, every version (those of weeks before ``since`` are left out).
        finished: the slots of the sessions logged as finished (one log is enough).
        today: the last day that counts.
        since: the first day that counts, a Monday; None for every week of ``plans``.
        started: the day the runner's first plan was made; by default the first among ``plans``.
        streak_before: the days in a row with a session done just before ``since``, which the
            current streak carries on when it reaches back to ``since``.
    """
    plans = list(plans)
    newest = [p for p in _newest_versions(plans) if since is None or p.week_start >= since]
    finished = {slot for slot in finished if since is None or slot[0] >= since}
    # The first plan was made on the runner's first day (a first week starts on its Monday).
    if started is None:
        started = min((plan.created_at.date() for plan in plans), default=today)
    active = {day for day, _ in finished}
    planned = done = 0
    minutes = 0.0
    weeks = []
    for plan in newest:
        if plan.week_start > today:
            continue  # not begun: nothing in it can have been kept or missed yet
        days = []
        for day in plan.plan.days:
            day_planned = day_done = 0
            before_start = day.date < started and day.date not in active
            if day.date <= today and not before_start:
                for index, session in enumerate(day.sessions):
                    day_planned += 1
                    if (day.date, index) in finished:
                        day_done += 1
                        minutes += session.minutes
            days.append(
                DayAdherence(
                    day=day.date, planned=day_planned, done=day_done, before_start=before_start
                )
            )
        week_planned = sum(d.planned for d in days)
        week_done = sum(d.done for d in days)
        weeks.append(
            WeekAdherence(
                week_start=plan.week_start, planned=week_planned, done=week_done, days=days
            )
        )
        planned += week_planned
        done += week_done
    active_days = sorted(active)
    current = _current_streak(active_days, today)
    if since is not None and since in active and current == _days_from(since, today, active):
        current += streak_before  # the streak runs on into the weeks before
    return Adherence(
        since=since,
        planned=planned,
        done=done,
        rate=round(done / planned, 3) if planned else None,
        minutes_done=round(minutes, 1),
        current_streak=current,
        longest_streak=max(_longest_streak(active_days), current),  # never under the current
        weeks=weeks,
    )


def _newest_versions(plans: Iterable[StoredPlan]) -> list[StoredPlan]:
    newest: dict[dt.date, StoredPlan] = {}
    for plan in plans:
        if plan.week_start not in newest or plan.version > newest[plan.week_start].version:
            newest[plan.week_start] = plan
    return [newest[week] for week in sorted(newest)]


def _current_streak(days: Sequence[dt.date], today: dt.date) -> int:
    active = set(days)
    day = today if today in active else today - dt.timedelta(days=1)
    streak = 0
    while day in active:
        streak += 1
        day -= dt.timedelta(days=1)
    return streak


def _days_from(since: dt.date, today: dt.date, active: set[dt.date]) -> int:
    """How many days the current streak would hold if it began on ``since``."""
    last = today if today in active else today - dt.timedelta(days=1)
    return (last - since).days + 1


def _longest_streak(days: Sequence[dt.date]) -> int:
    longest = run = 0
    previous: dt.date | None = None
    for day in days:
        run = run + 1 if previous is not None and day - previous == dt.timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    return longest

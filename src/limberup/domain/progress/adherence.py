"""How well the plan was kept: sessions done against sessions planned, and streaks of days.

Only days up to ``today`` count (the future cannot be missed), and for each week only its
newest plan version counts, as that is the plan the runner saw.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from pydantic import BaseModel

from limberup.domain.logbook import StoredPlan


class WeekAdherence(BaseModel):
    week_start: dt.date
    planned: int
    done: int


class Adherence(BaseModel):
    planned: int
    """Sessions planned on days up to today."""
    done: int
    """Of those, sessions finished."""
    rate: float | None
    """done / planned; None when nothing was planned yet."""
    minutes_done: float
    current_streak: int
    """Days in a row, up to today (or yesterday, while today is still open), with a session done."""
    longest_streak: int
    weeks: list[WeekAdherence]


Slot = tuple[dt.date, int]
"""A session's place in the plan: its day and its index among the day's sessions."""


def adherence(
    plans: Iterable[StoredPlan], finished: Iterable[Slot], *, today: dt.date
) -> Adherence:
    """Adherence to the newest version of each week's plan.

    Args:
        plans: the stored plans, every version.
        finished: the slots of the sessions logged as finished (one log is enough).
        today: the last day that counts.
    """
    newest = _newest_versions(plans)
    finished = set(finished)
    planned = done = 0
    minutes = 0.0
    weeks = []
    for plan in newest:
        week_planned = week_done = 0
        for day in plan.plan.days:
            if day.date > today:
                continue
            for index, session in enumerate(day.sessions):
                week_planned += 1
                if (day.date, index) in finished:
                    week_done += 1
                    minutes += session.minutes
        weeks.append(
            WeekAdherence(week_start=plan.week_start, planned=week_planned, done=week_done)
        )
        planned += week_planned
        done += week_done
    active_days = sorted({day for day, _ in finished})
    return Adherence(
        planned=planned,
        done=done,
        rate=round(done / planned, 3) if planned else None,
        minutes_done=round(minutes, 1),
        current_streak=_current_streak(active_days, today),
        longest_streak=_longest_streak(active_days),
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


def _longest_streak(days: Sequence[dt.date]) -> int:
    longest = run = 0
    previous: dt.date | None = None
    for day in days:
        run = run + 1 if previous is not None and day - previous == dt.timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    return longest

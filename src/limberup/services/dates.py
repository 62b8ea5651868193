"""Dates a runner gives, held against their own today (the runtime's clock).

A session or an assessment cannot have happened after today; a day's plan far from today is
shown but not stored, so browsing the calendar does not fill the store with weeks.
"""

from __future__ import annotations

import datetime as dt

from limberup.exceptions import InputError

STORED_WEEKS_AROUND_TODAY = 8
"""Ours: a week more than this many weeks before or after the current one is planned to be
looked at, never stored (a plan for next year would be stale long before it is used)."""


def refuse_future(field: str, day: dt.date, today: dt.date) -> None:
    """Refuse a date after today, naming the field.

    Raises:
        InputError: ``day`` is after ``today``.
    """
    if day > today:
        raise InputError(field, day.isoformat(), f"a date on or before today, {today.isoformat()}")


def storable_week(week_start: dt.date, today: dt.date) -> bool:
    """Whether a plan for the week of ``week_start`` is near enough to today to be stored."""
    current = today - dt.timedelta(days=today.weekday())
    return abs((week_start - current).days) <= STORED_WEEKS_AROUND_TODAY * 7

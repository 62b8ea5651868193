"""Dates as a runner reads them: the weekday written out, the day without a leading zero."""

from __future__ import annotations

import datetime as dt


def long_date(day: dt.date, *, weekday: bool = True, year: bool = True) -> str:
    """``Monday 9 November 2026``; without the weekday or the year when asked."""
    text = f"{day.day} {day:%B}" + (f" {day.year}" if year else "")
    return f"{day:%A} {text}" if weekday else text

"""Value types for input that arrives as JSON, refusing pydantic's surprising coercions.

In lax mode pydantic reads ``0`` as 1 January 1970 and ``1`` as ``true``; a runner who typed
a number where a date or a yes/no belongs should hear so, not get a plan for 1970.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BeforeValidator,
    PlainSerializer,
    StrictBool,
    WithJsonSchema,
)


def _iso(kind: type[dt.date] | type[dt.time], pattern: str, words: str) -> Any:
    shape = re.compile(pattern)

    def parse(value: Any) -> Any:
        # Lax pydantic would also read numbers, and digit strings, as Unix timestamps; and
        # strict validation would refuse the ISO text itself: so parse the text here.
        if isinstance(value, kind):
            return value
        if isinstance(value, str) and shape.fullmatch(value):
            try:
                return kind.fromisoformat(value)
            except ValueError as error:
                raise ValueError(f"should be a valid {words} ({error})") from None
        raise ValueError(f"should be a {words}")

    return parse


IsoDate = Annotated[
    dt.date, BeforeValidator(_iso(dt.date, r"\d{4}-\d{2}-\d{2}", "date written as YYYY-MM-DD"))
]
IsoTime = Annotated[
    dt.time,
    BeforeValidator(_iso(dt.time, r"\d{2}:\d{2}(:\d{2}(\.\d+)?)?", "time written as HH:MM")),
    # A clock time of day, no zone: JSON Schema's "time" format would demand one.
    PlainSerializer(lambda value: value.strftime("%H:%M"), return_type=str, when_used="json"),
    # The pattern states the clock's ranges too (hours 00-23, minutes and seconds 00-59).
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$",
            "examples": ["07:00"],
        }
    ),
]
FIRST_DAY, LAST_DAY = dt.date(2000, 1, 1), dt.date(2099, 12, 31)
"""The days LimberUp plans and logs for, at every door; the far ends of the calendar would
overflow a week's arithmetic (the Monday before 0001-01-01, the Sunday after 9999-12-31)."""


def in_range(day: dt.date) -> dt.date:
    """``day``, if it lies between FIRST_DAY and LAST_DAY."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValueError(f"a date from {FIRST_DAY} to {LAST_DAY}")
    return day


FIRST_WEEK = FIRST_DAY - dt.timedelta(days=FIRST_DAY.weekday())
"""The Monday of FIRST_DAY's week (1999-12-27): the first day of a plannable week."""


def week_in_range(monday: dt.date) -> dt.date:
    """``monday``, if a week starting then holds a day LimberUp plans for."""
    if not FIRST_WEEK <= monday <= LAST_DAY:
        raise ValueError(f"a week start from {FIRST_WEEK} (the week of {FIRST_DAY}) to {LAST_DAY}")
    return monday


def _in_utc(moment: dt.datetime) -> dt.datetime:
    # 0001-01-01T00:00+01:00 is a valid input but has no UTC time; stored, it would overflow.
    # Only the first and last years can overflow: the check costs nothing for the rest.
    if moment.year not in (1, 9999):
        return moment
    try:
        moment.astimezone(dt.UTC)
    except OverflowError:
        raise ValueError("a time stamp that stays within years 1 to 9999 in UTC") from None
    return moment


PLAN_DATE_SCHEMA = {"type": "string", "format": "date", "pattern": r"^20\d{2}-\d{2}-\d{2}$"}
PlanDate = Annotated[
    dt.date,
    BeforeValidator(_iso(dt.date, r"\d{4}-\d{2}-\d{2}", "date written as YYYY-MM-DD")),
    AfterValidator(in_range),
    # The schema states the range too (years 2000-2099), so clients can know the limit.
    WithJsonSchema(PLAN_DATE_SCHEMA),
]
"""A day that can be planned or logged: ISO text within FIRST_DAY..LAST_DAY."""
WeekStart = Annotated[
    dt.date,
    BeforeValidator(_iso(dt.date, r"\d{4}-\d{2}-\d{2}", "date written as YYYY-MM-DD")),
    AfterValidator(week_in_range),
    WithJsonSchema(
        {"type": "string", "format": "date", "pattern": r"^(1999-12-27|20\d{2}-\d{2}-\d{2})$"}
    ),
]
"""The first day of a plannable week: 2000-01-01 is a Saturday, so its week starts in 1999."""
Timestamp = Annotated[
    AwareDatetime,
    BeforeValidator(_iso(dt.datetime, r"\d{4}-\d{2}-\d{2}[T ].+", "time stamp in ISO 8601 form")),
    AfterValidator(_in_utc),
]
"""A moment with its time zone, written as ISO 8601 text in JSON."""
YesNo = StrictBool

DRILL_ID_SCHEMA_MARK = "x-limberup-drill-id"
DrillId = Annotated[str, WithJsonSchema({"type": "string", DRILL_ID_SCHEMA_MARK: True})]
"""A drill's id. Which ids exist depends on the installed catalogue, so the web app's schema
lists them where this mark stands (``entrypoints.web.app``)."""


def _whole(value: Any) -> Any:
    # JSON has one kind of number: 7.0 is the integer 7 to JSON Schema, so it is read as 7;
    # 7.5 and "7" are still refused by the strict check that follows.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


WHOLE_FLOAT_AS_INT = BeforeValidator(_whole)
"""For an int field, after its constraints: ``Annotated[int, Field(ge=0), WHOLE_FLOAT_AS_INT]``
(before them, pydantic could no longer write the constraints into the JSON Schema)."""

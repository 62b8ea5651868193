"""Value types for input that arrives as JSON, refusing pydantic's surprising coercions.

In lax mode pydantic reads ``0`` as 1 January 1970 and ``1`` as ``true``; a runner who typed
a number where a date or a yes/no belongs should hear so, not get a plan for 1970.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import AwareDatetime, BeforeValidator, PlainSerializer, StrictBool, WithJsonSchema


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
    WithJsonSchema({"type": "string", "pattern": r"^\d{2}:\d{2}(:\d{2})?$", "examples": ["07:00"]}),
]
Timestamp = Annotated[
    AwareDatetime,
    BeforeValidator(_iso(dt.datetime, r"\d{4}-\d{2}-\d{2}[T ].+", "time stamp in ISO 8601 form")),
]
"""A moment with its time zone, written as ISO 8601 text in JSON."""
YesNo = StrictBool

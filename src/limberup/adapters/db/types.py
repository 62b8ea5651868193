"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, Dialect
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.types import TypeDecorator, TypeEngine

JsonDocument: TypeEngine[Any] = JSON().with_variant(JSONB(), "postgresql")
"""A JSON document: text on SQLite, ``jsonb`` on PostgreSQL (indexable, compact)."""


class UtcDateTime(TypeDecorator[dt.datetime]):
    """An aware datetime stored in UTC and always read back aware, in UTC.

    SQLite has no time zones: SQLAlchemy would drop the offset on write and hand back a naive
    value. Converting to UTC on the way in and tagging UTC on the way out makes both backends
    return the very value that was stored.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"a stored time must carry its time zone (got {value!r})")
        utc = value.astimezone(dt.UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)

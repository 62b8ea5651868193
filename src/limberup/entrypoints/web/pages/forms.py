"""Reading HTML forms into the shapes the services validate, and errors back onto fields."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from limberup.entrypoints.web.errors import problems_of


def number(raw: str | None) -> float | str | None:
    """A form's number, or the raw text when it is not one (so the error can quote it)."""
    if raw is None or raw.strip() == "":
        return None
    try:
        value = float(raw)
    except ValueError:
        return raw
    return int(value) if value.is_integer() else value


def field_errors(error: ValidationError, *, drop: tuple[str, ...] = ()) -> dict[str, str]:
    """Each bad field's dotted path mapped to a message that quotes the value given."""
    errors: dict[str, str] = {}
    for problem in problems_of(error.errors(), drop_prefix=drop):
        given = (
            ""
            if problem.value is None or isinstance(problem.value, dict)
            else (f" (you gave {problem.value!r})")
        )
        errors.setdefault(problem.field, f"{problem.allowed}{given}")
    return errors


def checked(values: Sequence[str], option: str) -> bool:
    return option in values


def drop_empty(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}

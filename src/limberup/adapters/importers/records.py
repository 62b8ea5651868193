"""Validate every record of an outside file before any is mapped: all or nothing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from limberup.adapters.importers.model import RecordProblem
from limberup.exceptions import ImportFormatError

R = TypeVar("R", bound=BaseModel)


def validate_records(source: str, data: object, model: type[R], *, what: str) -> list[R]:
    """Every item of ``data`` validated as ``model``, or an error listing every bad record.

    Raises:
        ImportFormatError: ``data`` is not a list, a record is malformed, or ids repeat.
    """
    if not isinstance(data, list):
        got = type(data).__name__
        problem = RecordProblem(None, None, "(file)", f"expected a JSON array of {what}, got {got}")
        raise ImportFormatError(source, [problem])
    problems: list[RecordProblem] = []
    records: list[R] = []
    first_seen: dict[str, int] = {}
    for index, raw in enumerate(data):
        record_id = _id_of(raw)
        if record_id is not None and record_id in first_seen:
            message = f"repeats the id of record {first_seen[record_id]}"
            problems.append(RecordProblem(index, record_id, "id", message))
        elif record_id is not None:
            first_seen[record_id] = index
        try:
            records.append(model.model_validate(raw))
        except ValidationError as error:
            problems += [
                RecordProblem(index, record_id, _path(item["loc"]), _message(item))
                for item in error.errors()
            ]
    if problems:
        raise ImportFormatError(source, problems)
    return records


def _id_of(raw: object) -> str | None:
    if isinstance(raw, dict) and isinstance(raw.get("id"), str | int):
        return str(raw["id"])
    return None


def _path(loc: Sequence[int | str]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else part)
    return path or "(record)"


def _message(item: ErrorDetails) -> str:
    message = item["msg"]
    if item["type"] == "missing":
        return message
    given = repr(item.get("input"))
    return f"{message} (got {given if len(given) <= 60 else given[:57] + '...'})"

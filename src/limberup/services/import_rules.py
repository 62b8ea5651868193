"""The rules an import file meets beyond its shape: the ones the API applies to each write.

The API refuses a session that ends before it starts, an item logged twice in one session
and a drill the catalogue does not hold; an import must refuse them too, or a file could
store what no other door accepts. A file that holds one record twice (the same UUID, the same
plan version, two decisions for one drill and week) is refused with the ids named, never
half stored while its counts claim all of it was.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Hashable, Iterable

from limberup.domain.logbook import SessionLog
from limberup.exceptions import StoredDataError


class ImportRuleError(StoredDataError):
    """An import file breaks a rule every write obeys; nothing was imported."""

    def __init__(self, source: str, field: str, value: object, expected: str) -> None:
        super().__init__(
            field,
            value,
            expected,
            message=f"{source}: {field}: {expected} (got {value!r}); nothing was imported",
        )


def check_records(
    document_sessions: tuple[SessionLog, ...],
    *,
    uuids: dict[str, Iterable[Hashable]],
    plan_versions: Iterable[tuple[dt.date, int]],
    decisions: Iterable[tuple[dt.date, str]],
    known_drills: Collection[str] | None,
    source: str,
) -> None:
    """Refuse the first broken rule, naming the field, the ids and what is allowed.

    Args:
        document_sessions: the file's session logs.
        uuids: per kind of record (``"sessions"``), the UUIDs in the file, in order.
        plan_versions: each plan's (week, version).
        decisions: each decision's (week, drill).
        known_drills: the catalogue's drill ids; None skips that rule.
        source: how to name the file.
    """
    for kind, ids in uuids.items():
        _once(source, kind, "uuid", ids, "each record once (the same uuid twice)")
    _once(source, "plans", "week_start+version", plan_versions, "each plan version of a week once")
    _once(
        source, "decisions", "week_start+exercise_id", decisions, "one decision per drill and week"
    )
    for index, log in enumerate(document_sessions):
        where = f"sessions.{index}"
        if log.finished_at is not None and log.finished_at < log.started_at:
            raise ImportRuleError(
                source,
                f"{where}.finished_at",
                log.finished_at.isoformat(),
                "a time after started_at",
            )
        _once(
            source,
            f"{where}.items",
            "item_index",
            (i.item_index for i in log.items),
            "each item index once",
        )
        if known_drills is None:
            continue
        for number, item in enumerate(log.items):
            if item.exercise_id not in known_drills:
                raise ImportRuleError(
                    source,
                    f"{where}.items.{number}.exercise_id",
                    item.exercise_id,
                    "a drill in the catalogue",
                )


def _once(source: str, kind: str, what: str, keys: Iterable[Hashable], expected: str) -> None:
    repeated = [key for key, count in Counter(keys).items() if count > 1]
    if repeated:
        shown = [
            str(key) if not isinstance(key, tuple) else "+".join(map(str, key)) for key in repeated
        ]
        raise ImportRuleError(source, f"{kind}.{what}", shown, expected)

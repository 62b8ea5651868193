"""Session logs read back as plain rows: one query for the logs, one for all their items.

Through the ORM, 50 logs with their items cost about 15 ms (identity map, refreshed rows, a
select-in load per page); as table rows they cost a fraction of that. Writes stay on the ORM
session, whose events move the data revision on and take the SQLite writer lock; these reads
run on that session's connection, so they see its own uncommitted writes.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Connection, Row, Select, Table, bindparam, select

from limberup.adapters.db.orm import LoggedItemRow, PlanRow, SessionLogRow
from limberup.domain.logbook import ItemLog, SessionLog, SessionStatus
from limberup.domain.vocabulary import Context, Region, Side

LOGS = cast(Table, SessionLogRow.__table__)
_ITEMS = cast(Table, LoggedItemRow.__table__)
_PLANS = cast(Table, PlanRow.__table__)
IDS_PER_QUERY = 500
"""Items are read for at most this many logs a query: every backend takes that many
parameters, and a page of logs is never larger."""

LOG_ROWS: Select[Any] = select(
    LOGS.c.id,
    LOGS.c.uuid,
    _PLANS.c.uuid.label("plan_uuid"),
    LOGS.c.week_start,
    LOGS.c.day,
    LOGS.c.context,
    LOGS.c.session_index,
    LOGS.c.started_at,
    LOGS.c.finished_at,
    LOGS.c.status,
).select_from(LOGS.outerjoin(_PLANS, LOGS.c.plan_id == _PLANS.c.id))
"""A log's columns with its plan's UUID; add the conditions and the order."""

_ITEMS_OF = (
    select(_ITEMS)
    .where(_ITEMS.c.session_id.in_(bindparam("ids", expanding=True)))
    .order_by(_ITEMS.c.session_id, _ITEMS.c.item_index)
)


def read_logs(
    connection: Connection,
    query: Select[Any],
    parameters: Mapping[str, object],
    *,
    with_items: bool = True,
) -> tuple[SessionLog, ...]:
    """The logs ``query`` (built on :data:`LOG_ROWS`) selects, in its order, with their items
    unless ``with_items`` is False."""
    rows = connection.execute(query, parameters).all()
    items = _items_of(connection, [row.id for row in rows]) if with_items else {}
    return tuple(_log(row, items.get(row.id, ())) for row in rows)


def item_of(row: Row[Any]) -> ItemLog:
    return ItemLog(
        item_index=row.item_index,
        exercise_id=row.exercise_id,
        variant_id=row.variant_id,
        sets_done=row.sets_done,
        reps_done=row.reps_done,
        holds_done=row.holds_done,
        sides=tuple(Side(side) for side in row.sides.split(",") if side),
        skipped=row.skipped,
        pain=row.pain,
        pain_region=Region(row.pain_region) if row.pain_region else None,
        ease=row.ease,
        notes=row.notes,
        finished_at=row.finished_at,
    )


def _items_of(connection: Connection, ids: Sequence[int]) -> dict[int, list[ItemLog]]:
    found: defaultdict[int, list[ItemLog]] = defaultdict(list)
    for start in range(0, len(ids), IDS_PER_QUERY):
        chunk = ids[start : start + IDS_PER_QUERY]
        for row in connection.execute(_ITEMS_OF, {"ids": chunk}):
            found[row.session_id].append(item_of(row))
    return found


def _log(row: Row[Any], items: Iterable[ItemLog]) -> SessionLog:
    return SessionLog(
        uuid=uuid.UUID(row.uuid),
        plan_uuid=uuid.UUID(row.plan_uuid) if row.plan_uuid is not None else None,
        week_start=row.week_start,
        day=row.day,
        context=Context(row.context),
        session_index=row.session_index,
        started_at=row.started_at,
        finished_at=row.finished_at,
        status=SessionStatus(row.status),
        items=tuple(items),
    )

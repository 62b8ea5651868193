"""Inserts that cannot fail on a replay: ``INSERT ... ON CONFLICT`` on SQLite and PostgreSQL.

Both backends speak the same upsert; issuing it avoids the read-then-write race of checking
first, so two requests carrying the same client UUID at the same moment still store one row,
and neither fails.

Each statement is built once per table and shape, and the row's values travel as execution
parameters: a statement rebuilt with its values inside costs SQLAlchemy a fresh cache key
each time, which was most of the time of logging a session.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Executable, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Session

Computed = tuple[tuple[str, ColumnElement[Any]], ...]
"""Columns whose value SQL computes (a subquery, say), as (column, expression) pairs."""


def insert_unless_present(
    session: Session,
    model: type[DeclarativeBase],
    values: Mapping[str, Any],
    *,
    key: Collection[str] | None,
) -> bool:
    """Insert a row unless one with the same ``key`` columns exists (then do nothing).

    Args:
        key: the columns of the unique constraint to check; None for any unique constraint.

    Returns:
        Whether a row was inserted.
    """
    statement = _insert(_dialect(session), _table(model), _key(key), (), ())
    result = session.execute(statement, dict(values))
    return getattr(result, "rowcount", -1) == 1  # -1: the driver cannot tell, so say no


def insert_returning(
    session: Session,
    model: type[DeclarativeBase],
    values: Mapping[str, Any],
    *,
    key: Collection[str],
    returning: Sequence[str],
    computed: Computed = (),
) -> tuple[Any, ...] | None:
    """:func:`insert_unless_present` that gives back the new row's ``returning`` columns.

    Args:
        computed: columns SQL fills in, whose expressions take their parameters from
            ``values`` (build them once, at import, so the statement is built once too).

    Returns:
        Those columns of the inserted row, or None when a row with the same ``key`` existed.
    """
    statement = _insert(_dialect(session), _table(model), _key(key), tuple(returning), computed)
    row = session.execute(statement, dict(values)).first()
    return None if row is None else tuple(row)


def insert_many_unless_present(
    session: Session,
    model: type[DeclarativeBase],
    rows: Sequence[Mapping[str, Any]],
    *,
    key: Collection[str],
) -> None:
    """:func:`insert_unless_present` for many rows in one statement (executemany)."""
    if not rows:
        return
    statement = _insert(_dialect(session), _table(model), _key(key), (), ())
    session.execute(statement, [dict(row) for row in rows])


def insert_or_update(
    session: Session,
    model: type[DeclarativeBase],
    values: Mapping[str, Any],
    *,
    key: Collection[str],
) -> None:
    """Insert a row, or update every other column of the one with the same ``key`` columns."""
    statement = _upsert(_dialect(session), _table(model), tuple(values), _key(key))
    session.execute(statement, dict(values))


@functools.cache
def _insert(
    dialect: str,
    table: Table,
    key: tuple[str, ...] | None,
    returning: tuple[str, ...],
    computed: Computed,
) -> Executable:
    # The columns given as parameters at execution join the computed ones in the INSERT.
    insert = (postgresql if dialect == "postgresql" else sqlite).insert(table)
    if computed:
        insert = insert.values(dict(computed))
    statement: Executable = insert.on_conflict_do_nothing(index_elements=key)
    if returning:
        statement = insert.on_conflict_do_nothing(index_elements=key).returning(
            *(table.c[name] for name in returning)
        )
    return statement


@functools.cache
def _upsert(dialect: str, table: Table, names: tuple[str, ...], key: tuple[str, ...]) -> Executable:
    if dialect == "postgresql":
        pg = postgresql.insert(table)
        changes = {name: pg.excluded[name] for name in names if name not in key}
        return pg.on_conflict_do_update(index_elements=key, set_=changes)
    lite = sqlite.insert(table)
    changes = {name: lite.excluded[name] for name in names if name not in key}
    return lite.on_conflict_do_update(index_elements=key, set_=changes)


def _table(model: type[DeclarativeBase]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _key(key: Collection[str] | None) -> tuple[str, ...] | None:
    return None if key is None else tuple(key)


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name

"""Inserts that cannot fail on a replay: ``INSERT ... ON CONFLICT`` on SQLite and PostgreSQL.

Both backends speak the same upsert; issuing it avoids the read-then-write race of checking
first, so two requests carrying the same client UUID at the same moment still store one row,
and neither fails.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, InstrumentedAttribute, Session


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
    dialect = postgresql if _dialect(session) == "postgresql" else sqlite
    result = session.execute(
        dialect.insert(model).values(**values).on_conflict_do_nothing(index_elements=key)
    )
    return getattr(result, "rowcount", -1) == 1  # -1: the driver cannot tell, so say no


def insert_returning(
    session: Session,
    model: type[DeclarativeBase],
    values: Mapping[str, Any],
    *,
    key: Collection[str],
    returning: Sequence[InstrumentedAttribute[Any]],
) -> tuple[Any, ...] | None:
    """:func:`insert_unless_present` that gives back the new row's ``returning`` columns.

    Returns:
        Those columns of the inserted row, or None when a row with the same ``key`` existed.
    """
    dialect = postgresql if _dialect(session) == "postgresql" else sqlite
    statement = dialect.insert(model).values(**values).on_conflict_do_nothing(index_elements=key)
    row = session.execute(statement.returning(*returning)).first()
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
    dialect = postgresql if _dialect(session) == "postgresql" else sqlite
    session.execute(dialect.insert(model).on_conflict_do_nothing(index_elements=key), list(rows))


def insert_or_update(
    session: Session,
    model: type[DeclarativeBase],
    values: Mapping[str, Any],
    *,
    key: Collection[str],
) -> None:
    """Insert a row, or update every other column of the one with the same ``key`` columns."""
    changes = {name: value for name, value in values.items() if name not in key}
    if _dialect(session) == "postgresql":
        pg = postgresql.insert(model).values(**values)
        session.execute(pg.on_conflict_do_update(index_elements=key, set_=changes))
    else:
        lite = sqlite.insert(model).values(**values)
        session.execute(lite.on_conflict_do_update(index_elements=key, set_=changes))


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name

"""Open the configured database, creating and migrating it when needed."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from limberup.adapters.db.engine import make_engine
from limberup.exceptions import StorageError

SCHEMA_HEAD = "0008"
"""The newest migration's revision (a test keeps it equal to Alembic's head).

A database already stamped with it is opened without loading Alembic, which costs most of a
terminal command's start-up.
"""


def open_database(url: str) -> Engine:
    """An engine on ``url`` whose schema is at the newest revision this version knows.

    Raises:
        SchemaTooNewError: the database was written by a newer LimberUp.
    """
    engine = make_engine(url)
    if _stamped(engine) != SCHEMA_HEAD:
        from limberup.adapters.db.migrate import upgrade

        upgrade(engine)
    return engine


def _stamped(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version"))
            return revision.scalar()
    except DBAPIError:  # never migrated (no version table), or not reachable: Alembic will say
        return None


def read_only_file(url: str) -> Path | None:
    """The SQLite file ``url`` names when it exists but this process may not write it or the
    folder it is in (where SQLite keeps its journal); None for anything else."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    path = Path(parsed.database)
    if not path.is_file():
        return None
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    return None if writable else path


def open_read_only(path: Path) -> Engine:
    """An engine that only reads the SQLite file at ``path``: nothing is created, migrated or
    written (SQLite refuses any write), for a data directory the runner cannot write to.

    Raises:
        StorageError: the file is not at the schema this version knows, and a read-only
            database cannot be migrated.
    """
    # Without a journal beside it the file is all there is, so SQLite may skip its locks
    # (which it cannot create in a read-only folder).
    unchanging = "" if Path(f"{path}-wal").exists() else "&immutable=1"
    uri = f"file:{quote(str(path.resolve()))}?mode=ro{unchanging}"
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
    )
    event.listen(engine, "connect", _query_only)
    revision = _stamped(engine)
    if revision != SCHEMA_HEAD:
        engine.dispose()
        raise StorageError(
            f"{path} is read-only and at schema revision {revision!r}, not {SCHEMA_HEAD!r}: "
            "it needs an upgrade, which needs it writable"
        )
    return engine


def _query_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()

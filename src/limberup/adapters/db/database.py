"""Open the configured database, creating and migrating it when needed."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from limberup.adapters.db.engine import make_engine
from limberup.adapters.db.faults import storage_fault
from limberup.adapters.db.schema_head import SCHEMA_HEAD
from limberup.exceptions import CorruptStorageError, ReadOnlyStorageError, StorageError


def open_database(url: str, *, check_integrity: bool = False) -> Engine:
    """An engine on ``url`` whose schema is at the newest revision this version knows.

    A SQLite file LimberUp may not write (a read-only data directory or file) is opened
    read-only (:func:`is_read_only`): reads and exports work, writes raise
    ``ReadOnlyStorageError``; nothing is created, migrated or written beside it.

    Args:
        url: the SQLAlchemy URL.
        check_integrity: run SQLite's ``quick_check`` (the web app does, once at start; the
            CLI does not, to start fast).

    Raises:
        SchemaTooNewError: the database was written by a newer LimberUp.
        ReadOnlyStorageError: a read-only database that would need migrating.
        CorruptStorageError: the file is not a database, or its pages fail the check.
        StorageFullError: the disk is full, so the database could not be created or migrated.
    """
    path = sqlite_file(url)
    read_only = path is not None and path.is_file() and not _writable(path)
    engine = _read_only_engine(path) if read_only and path else make_engine(url)
    try:
        revision = _stamped(engine)
        if revision != SCHEMA_HEAD:
            if read_only:
                raise ReadOnlyStorageError(
                    f"{path} is at schema revision {revision!r}, not {SCHEMA_HEAD!r}, and "
                    "upgrading it needs it writable"
                )
            from limberup.adapters.db.migrate import upgrade
            from limberup.adapters.db.migration_lock import migration_lock

            with migration_lock(engine, path):
                if _stamped(engine) != SCHEMA_HEAD:  # not done meanwhile by another process
                    upgrade(engine)
        if check_integrity and path is not None:
            check_pages(engine)
    except (DBAPIError, OSError, StorageError) as error:
        engine.dispose()
        fault = storage_fault(error)
        if fault is None:
            raise
        raise fault from None
    return engine


def is_read_only(engine: Engine) -> bool:
    """Whether ``engine`` was opened read-only (see :func:`open_database`)."""
    return engine.url.query.get("mode") == "ro"


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (None for other databases and in-memory ones)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _writable(path: Path) -> bool:
    # SQLite in WAL mode also writes -wal and -shm files beside the database.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def check_pages(engine: Engine) -> None:
    """Run SQLite's ``quick_check`` on ``engine``'s file (nothing to do on other databases).

    Raises:
        CorruptStorageError: a page fails the check.
    """
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        found = [row[0] for row in connection.execute(text("PRAGMA quick_check(5)"))]
    if found != ["ok"]:
        raise CorruptStorageError("; ".join(str(line) for line in found))


def _stamped(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version"))
            return revision.scalar()
    except DBAPIError as error:
        if storage_fault(error) is not None:  # damaged or unreadable: no migration can help
            raise
        return None  # never migrated (no version table), or not reachable: Alembic will say


def _read_only_engine(path: Path) -> Engine:
    """An engine that only reads the SQLite file at ``path``; SQLite refuses any write.

    Without a journal beside it the file is all there is, so SQLite may skip its locks (which
    it cannot create in a read-only folder). With one it may not: ``immutable`` would ignore
    what the journal holds and show an older state of the data.
    """
    query = {"mode": "ro", "uri": "true"}
    if not Path(f"{path}-wal").exists():
        query["immutable"] = "1"
    url = URL.create("sqlite", database=f"file:{quote(str(path.resolve()))}", query=query)
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _query_only)
    return engine


def _query_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()

"""Report whether this deployment is healthy: the version, the database's schema, and
whether the database can be read and written right now.

"ok" means a write would succeed: the health check writes the revision row unchanged and
rolls back, and for a SQLite file also looks at the free space on its disk (a rolled-back
write stores nothing, so it cannot notice a full disk). A damaged file is found by SQLite's
``quick_check`` when the web app starts (``open_database(check_integrity=True)``), by the
first request that reads a damaged page, and by health's own check (:func:`damaged_pages`).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from limberup import __version__
from limberup.adapters.db.database import check_pages, is_read_only, sqlite_file
from limberup.adapters.db.faults import storage_fault
from limberup.adapters.db.migrate import head_revision, stamped_revision
from limberup.adapters.db.revision import probe_write
from limberup.exceptions import (
    CorruptStorageError,
    ReadOnlyStorageError,
    StorageError,
    StorageFullError,
)

DatabaseState = Literal["ok", "unreachable", "read_only", "corrupt", "full"]
FULL_BELOW_BYTES = 4 * 1024 * 1024
"""Less free space than this beside a SQLite file, and the next write may not fit."""
STATES: dict[type[StorageError], DatabaseState] = {
    ReadOnlyStorageError: "read_only",
    StorageFullError: "full",
    CorruptStorageError: "corrupt",
}


@dataclass(frozen=True, slots=True)
class Status:
    version: str
    database: DatabaseState
    schema_revision: str | None
    schema_current: bool
    message: str | None = None

    @property
    def database_ok(self) -> bool:
        return self.database == "ok"

    @property
    def healthy(self) -> bool:
        return self.database_ok and self.schema_current


def check_status(engine: Engine, *, fault: StorageError | None = None) -> Status:
    """Ping the database, probe a write, and compare its schema with the newest migration.

    Args:
        engine: the app's engine.
        fault: a fault found at start (a failed integrity check), reported as it is.
    """
    try:
        with engine.connect() as connection:
            revision = stamped_revision(connection)
            if revision is None:  # no version table: still check that the database answers
                connection.execute(text("SELECT 1"))
    except SQLAlchemyError as error:
        found = storage_fault(error)
        state = STATES.get(type(found), "unreachable") if found else "unreachable"
        return Status(__version__, state, None, False, str(found) if found else None)
    if fault is None:
        try:
            fault = _write_fault(engine)
        except SQLAlchemyError:
            return Status(__version__, "unreachable", revision, False)
    current = revision == head_revision()
    if fault is None:
        return Status(__version__, "ok", revision, current)
    return Status(
        __version__, STATES.get(type(fault), "unreachable"), revision, current, str(fault)
    )


def damaged_pages(engine: Engine) -> CorruptStorageError | None:
    """The damage SQLite's ``quick_check`` finds in the database now, if any (slow on a big
    file: the web app runs it at start and then at most once a minute, for health)."""
    try:
        check_pages(engine)
    except CorruptStorageError as error:
        return error
    except SQLAlchemyError as error:
        found = storage_fault(error)
        if isinstance(found, CorruptStorageError):
            return found
    return None


def _write_fault(engine: Engine) -> StorageError | None:
    if is_read_only(engine):
        return ReadOnlyStorageError()
    path = sqlite_file(engine.url.render_as_string(hide_password=False))
    if path is not None and shutil.disk_usage(path.parent).free < FULL_BELOW_BYTES:
        return StorageFullError()
    try:
        probe_write(engine)
    except SQLAlchemyError as error:
        found = storage_fault(error)
        if found is None:
            raise
        return found
    return None

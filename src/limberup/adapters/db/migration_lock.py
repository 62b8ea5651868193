"""One process at a time migrates a database: the others wait, then find it done.

Several workers started together on a fresh database would otherwise each run the same
migrations, and all but one would die on tables that already exist. PostgreSQL gets a
session-level advisory lock, held on a connection of its own while Alembic works on
another; a SQLite file gets an exclusive ``flock`` on the database file itself (SQLite's own
locks are POSIX record locks, which ``flock`` on Linux neither sees nor disturbs), so no lock
file is left in the data directory.
"""

from __future__ import annotations

import contextlib
import fcntl
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, text

ADVISORY_KEY = 0x4C696D62  # "Limb": any fixed number, the same in every LimberUp process
# The second half of the key is the schema, so deployments in separate schemas of one
# database never wait for each other.
LOCK = text("SELECT pg_advisory_lock(:key, hashtext(current_schema()))")
UNLOCK = text("SELECT pg_advisory_unlock(:key, hashtext(current_schema()))")


@contextlib.contextmanager
def migration_lock(engine: Engine, sqlite_file: Path | None) -> Iterator[None]:
    """Hold the database's migration lock for the ``with`` block."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.execute(LOCK, {"key": ADVISORY_KEY})
            connection.commit()
            try:
                yield
            finally:
                connection.execute(UNLOCK, {"key": ADVISORY_KEY})
                connection.commit()
        return
    if sqlite_file is None:  # in memory: one process only
        yield
        return
    sqlite_file.parent.mkdir(parents=True, exist_ok=True)
    with sqlite_file.open("ab") as lock:  # an empty new file is an empty database to SQLite
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)

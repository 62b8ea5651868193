"""One writer at a time on SQLite, queued in the process instead of retried by SQLite.

SQLite lets one transaction write at a time. When two threads write at once the second gets
"database is locked" and SQLite's busy handler retries with sleeps of up to 100 ms, which
under a burst of logged sessions turns 2 ms writes into second-long waits. A process-wide lock
taken before a transaction's first write (and released when it ends) queues writers fairly
and wakes the next one at once. Other processes on the same file still fall back to SQLite's
own locking; PostgreSQL needs none of this.
"""

from __future__ import annotations

import threading

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from limberup.adapters.db.write_events import before_writes

_WRITER = threading.RLock()
_HOLDS = "limberup_sqlite_writer"


def serialize_sqlite_writes(factory: sessionmaker[Session]) -> None:
    """Make every session of ``factory`` take the writer lock before its first write."""
    before_writes(factory, _take)
    event.listen(factory, "after_commit", release_writer)
    event.listen(factory, "after_rollback", release_writer)


def release_writer(session: Session) -> None:
    if session.info.pop(_HOLDS, False):
        _WRITER.release()


def _take(session: Session) -> None:
    if not session.info.get(_HOLDS):
        _WRITER.acquire()
        session.info[_HOLDS] = True

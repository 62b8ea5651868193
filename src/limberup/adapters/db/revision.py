"""The data revision: a number that moves on with every transaction that writes.

A reader that remembers the revision it saw can tell, with one tiny query, that nothing has
changed since (the web app keeps answers this way, see ``entrypoints/web/read_cache.py``).
The counter lives in the database, so writes by any process (a second server worker, the
CLI logging a session while the server runs) move it on too.

Sessions of a factory passed to :func:`count_writes` note any INSERT, UPDATE or DELETE,
through the ORM or as statements, and add one to the counter just before they commit, inside
the same transaction: a reader never sees new data under an old revision.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Connection, Engine, Table, event, select, update
from sqlalchemy.orm import Session, sessionmaker

from limberup.adapters.db.orm import DataRevisionRow
from limberup.adapters.db.write_events import before_writes

_WROTE = "limberup_wrote"
_TABLE = cast(Table, DataRevisionRow.__table__)
# Plain table statements: through the ORM an UPDATE takes its bulk-update path, which cost
# a tenth of the time of logging a session.
_READ = select(_TABLE.c.value).where(_TABLE.c.id == 1)
_BUMP = update(_TABLE).where(_TABLE.c.id == 1).values(value=_TABLE.c.value + 1)


def count_writes(factory: sessionmaker[Session]) -> None:
    """Make every session of ``factory`` move the revision on when it commits a write."""
    before_writes(factory, _mark)
    event.listen(factory, "before_commit", _bump)
    event.listen(factory, "after_rollback", _forget)


def read_revision(connection: Connection) -> int:
    """The current revision (0 on a database no session has written to)."""
    value: int = connection.execute(_READ).scalar_one()
    return value


def _mark(session: Session) -> None:
    session.info[_WROTE] = True


def _bump(session: Session) -> None:
    if session.info.get(_WROTE):
        session.execute(_BUMP)
        session.info.pop(_WROTE, None)  # after: the UPDATE itself marked the session again


def _forget(session: Session) -> None:
    session.info.pop(_WROTE, None)


def probe_write(engine: Engine) -> None:
    """Write the revision row without changing it, then roll back: can this database write?

    Raises:
        DBAPIError: it cannot (read-only, damaged, or its disk full).
    """
    with engine.connect() as connection:
        connection.execute(update(_TABLE).where(_TABLE.c.id == 1).values(value=_TABLE.c.value))
        connection.rollback()

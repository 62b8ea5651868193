"""Open the configured database, creating and migrating it when needed."""

from __future__ import annotations

from sqlalchemy import Engine

from limberup.adapters.db.engine import make_engine
from limberup.adapters.db.migrate import upgrade


def open_database(url: str) -> Engine:
    """An engine on ``url`` whose schema is at the newest revision this version knows.

    Raises:
        SchemaTooNewError: the database was written by a newer LimberUp.
    """
    engine = make_engine(url)
    upgrade(engine)
    return engine

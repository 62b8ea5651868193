"""Open the configured database, creating and migrating it when needed."""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from limberup.adapters.db.engine import make_engine

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

"""Report whether this deployment is healthy: the version and the database's schema."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from limberup import __version__
from limberup.adapters.db.migrate import head_revision, stamped_revision


@dataclass(frozen=True, slots=True)
class Status:
    version: str
    database_ok: bool
    schema_revision: str | None
    schema_current: bool

    @property
    def healthy(self) -> bool:
        return self.database_ok and self.schema_current


def check_status(engine: Engine) -> Status:
    """Ping the database and compare its schema with the newest migration."""
    try:
        with engine.connect() as connection:
            revision = stamped_revision(connection)
            if revision is None:  # no version table: still check that the database answers
                connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return Status(__version__, database_ok=False, schema_revision=None, schema_current=False)
    return Status(
        __version__,
        database_ok=True,
        schema_revision=revision,
        schema_current=revision == head_revision(),
    )

"""Bring a database to the schema this version of LimberUp expects, through Alembic."""

from __future__ import annotations

import functools
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from limberup.adapters.db.database import SchemaTooNewError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
__all__ = ["MIGRATIONS_DIR", "SchemaTooNewError", "downgrade", "head_revision", "upgrade"]


def alembic_config(engine: Engine) -> Config:
    config = alembic_config_without_engine()
    config.attributes["engine"] = engine
    return config


@functools.cache  # the migrations shipped with the package never change while it runs
def head_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config_without_engine())
    head = script.get_current_head()
    if head is None:  # pragma: no cover - the package always ships migrations
        raise RuntimeError("no migrations found")
    return head


def alembic_config_without_engine() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def stamped_revision(connection: Connection) -> str | None:
    """The revision stamped in ``connection``'s database, in one query (for health checks).

    Unlike Alembic's own lookup it reflects nothing, so it costs one round trip.
    """
    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:  # never migrated: there is no version table yet
        connection.rollback()  # PostgreSQL refuses more statements in a failed transaction
        return None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate to ``revision``; refuse a database stamped by a newer version we do not know."""
    current = current_revision(engine)
    if current is not None and not _is_known(current):
        raise SchemaTooNewError(
            f"the database is at schema revision {current!r}, which this version of LimberUp "
            "does not know: it was written by a newer version. Upgrade LimberUp; the database "
            "was left untouched."
        )
    command.upgrade(alembic_config(engine), revision)


def _is_known(revision: str) -> bool:
    script = ScriptDirectory.from_config(alembic_config_without_engine())
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from limberup.adapters.db.database import open_database
from limberup.adapters.db.engine import make_engine
from limberup.adapters.db.migrate import (
    SchemaTooNewError,
    current_revision,
    downgrade,
    head_revision,
    upgrade,
)
from limberup.adapters.db.schema_head import SCHEMA_HEAD


def test_opening_a_missing_database_creates_it_at_the_newest_schema(data_dir: Path) -> None:
    engine = open_database(f"sqlite:///{data_dir / 'limberup.db'}")
    assert (data_dir / "limberup.db").exists()
    assert current_revision(engine) == head_revision()
    assert "users" in inspect(engine).get_table_names()


def test_the_schema_head_known_without_alembic_is_alembics_head() -> None:
    # A database stamped with SCHEMA_HEAD is opened without running Alembic: a new migration
    # must move it on, or databases would stay on the old schema.
    assert head_revision() == SCHEMA_HEAD


def test_a_database_one_migration_behind_is_brought_to_the_head(data_dir: Path) -> None:
    url = f"sqlite:///{data_dir / 'limberup.db'}"
    engine = make_engine(url)
    upgrade(engine, "0006")
    assert current_revision(open_database(url)) == head_revision()


def test_sqlite_runs_in_wal_mode_with_foreign_keys_on(data_dir: Path) -> None:
    engine = make_engine(f"sqlite:///{data_dir / 'x.db'}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_every_migration_downgrades_to_an_empty_schema_and_back(data_dir: Path) -> None:
    engine = open_database(f"sqlite:///{data_dir / 'limberup.db'}")
    downgrade(engine, "base")
    assert current_revision(engine) is None
    assert "users" not in inspect(engine).get_table_names()
    upgrade(engine)
    assert current_revision(engine) == head_revision()


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(data_dir: Path) -> None:
    engine = open_database(f"sqlite:///{data_dir / 'limberup.db'}")
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        connection.execute(
            text(
                "INSERT INTO users (uuid, username, display_name, role, created_at) "
                "VALUES ('u-1', 'ana', 'Ana', 'runner', '2026-11-21 08:00:00')"
            )
        )
    with pytest.raises(SchemaTooNewError, match="newer version"):
        upgrade(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "9999_future"
        )
        assert connection.execute(text("SELECT username FROM users")).scalar() == "ana"

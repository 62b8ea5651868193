"""Every migration goes up and down on SQLite and PostgreSQL, and matches the ORM rows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from limberup.adapters.db.engine import make_engine
from limberup.adapters.db.migrate import (
    SchemaTooNewError,
    alembic_config_without_engine,
    current_revision,
    downgrade,
    head_revision,
    stamped_revision,
    upgrade,
)
from limberup.adapters.db.orm import Base

TABLES_BY_REVISION = {
    "0001": {"users"},
    "0002": {"profiles"},
    "0003": {"assessments"},
    "0004": {"plans"},
    "0005": {"session_logs", "logged_items"},
    "0006": {"progression_decisions"},
    "0007": {"data_revision"},
    "0008": set(),  # a column: session_logs.player
    "0011": {"assessment_drafts"},
    "0012": set(),  # an index: session_logs by user and day
}


@pytest.fixture
def bare(database_url: str) -> Iterator[Engine]:
    """An engine on an empty database, not migrated."""
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


def tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config_without_engine())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_the_revisions_are_the_ones_this_test_knows() -> None:
    assert revisions() == list(TABLES_BY_REVISION)
    assert head_revision() == "0012"


def test_each_migration_upgrades_then_downgrades_step_by_step(bare: Engine) -> None:
    expected: set[str] = set()
    for revision in revisions():
        upgrade(bare, revision)
        expected |= TABLES_BY_REVISION[revision]
        assert current_revision(bare) == revision
        assert tables(bare) == expected
    for previous, revision in reversed(list(zip([None, *revisions()], revisions(), strict=False))):
        downgrade(bare, previous or "base")
        expected -= TABLES_BY_REVISION[revision]
        assert current_revision(bare) == previous
        assert tables(bare) == expected
    upgrade(bare)
    assert current_revision(bare) == head_revision()


def test_0008_adds_the_live_players_column_and_takes_it_away(bare: Engine) -> None:
    def columns() -> set[str]:
        return {column["name"] for column in inspect(bare).get_columns("session_logs")}

    upgrade(bare, "0008")
    assert "player" in columns()
    downgrade(bare, "0007")
    assert "player" not in columns()


def test_the_health_check_reads_the_stamped_revision_in_one_connection(bare: Engine) -> None:
    with bare.connect() as connection:
        assert stamped_revision(connection) is None  # no version table yet
        assert connection.execute(text("SELECT 1")).scalar() == 1  # and the connection still works
    upgrade(bare, "0003")
    with bare.connect() as connection:
        assert stamped_revision(connection) == "0003"
    upgrade(bare)
    with bare.connect() as connection:
        assert stamped_revision(connection) == head_revision()


def test_the_orm_rows_match_the_migrated_schema(engine: Engine) -> None:
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_upgrading_a_current_database_changes_nothing(engine: Engine) -> None:
    before = tables(engine)
    upgrade(engine)
    assert tables(engine) == before
    assert current_revision(engine) == head_revision()


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(SchemaTooNewError, match="newer version"):
        upgrade(engine)
    with engine.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == "9999_future"
    assert "plans" in tables(engine)


def test_downgrade_to_base_keeps_only_the_version_table(engine: Engine) -> None:
    downgrade(engine, "base")
    assert tables(engine) == set()
    assert current_revision(engine) is None

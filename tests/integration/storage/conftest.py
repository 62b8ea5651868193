"""Every storage test runs on SQLite and on PostgreSQL.

The PostgreSQL variants need a server: set ``LIMBERUP_TEST_POSTGRES_URL`` to a database the
tests may create schemas in (``.ci/run`` starts one). Without it they are skipped, unless
``LIMBERUP_REQUIRE_POSTGRES=1`` (as in CI), which turns the skip into a failure. Each test gets
a fresh schema of its own, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from limberup.adapters.db.database import open_database
from limberup.adapters.db.engine import make_engine
from limberup.adapters.db.unit_of_work import SqlUnitOfWork, session_factory
from limberup.services.users import local_user

POSTGRES_URL = "LIMBERUP_TEST_POSTGRES_URL"
REQUIRE_POSTGRES = "LIMBERUP_REQUIRE_POSTGRES"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]

UowFactory = Callable[[], SqlUnitOfWork]


def postgres_base_url() -> str:
    """The server's URL, or a skip (a failure when PostgreSQL is required) without one."""
    url = os.environ.get(POSTGRES_URL, "")
    if url:
        return url
    reason = (
        f"PostgreSQL variant not run: set {POSTGRES_URL}=postgresql://user:password@host:port/db "
        "(see docs/storage.md)"
    )
    if os.environ.get(REQUIRE_POSTGRES) == "1":
        pytest.fail(f"{reason}; {REQUIRE_POSTGRES}=1 requires it")
    pytest.skip(reason)


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A URL whose connections work in a new, empty schema; the schema is dropped after."""
    base = postgres_base_url()
    schema = f"limberup_test_{uuid.uuid4().hex[:12]}"
    admin = make_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'limberup.db'}"
    else:
        with postgres_schema() as url:
            yield url


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine on a database migrated to the newest schema."""
    engine = open_database(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def uow(engine: Engine) -> UowFactory:
    """Makes units of work on the migrated database."""
    return units_of_work(engine)


def units_of_work(engine: Engine) -> UowFactory:
    factory = session_factory(engine)
    return lambda: SqlUnitOfWork(factory)


@contextmanager
def migrated(url: str) -> Iterator[UowFactory]:
    """Units of work on the database at ``url``, migrated, with its local user made."""
    engine = open_database(url)
    try:
        make = units_of_work(engine)
        local_user(make())
        yield make
    finally:
        engine.dispose()


@pytest.fixture
def user_id(uow: UowFactory) -> int:
    """The local user of single-user mode."""
    return local_user(uow())

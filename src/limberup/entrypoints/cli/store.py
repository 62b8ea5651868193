"""The command line's way into stored data: settings, the migrated database, the local user.

The terminal is single-user: every command works as the one local user (``services.users``),
whatever ``LIMBERUP_MODE`` says; multi-user deployments manage accounts through the web app.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from limberup.bootstrap import build_runtime
from limberup.entrypoints.cli.errors import RUNTIME_ERROR, describe_validation_error, fail
from limberup.exceptions import CatalogueError, InputError, StorageError
from limberup.services.runtime import Runtime
from limberup.settings import Settings, load_settings

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from limberup.adapters.db.unit_of_work import SqlUnitOfWork

SETTING_LABELS = {
    name: f"LIMBERUP_{name.upper()}"
    for name in ("host", "port", "mode", "data_dir", "database_url")
}


@dataclass(frozen=True, slots=True)
class Store:
    """Units of work on the configured database, and the local user's id."""

    make: Callable[[], SqlUnitOfWork]
    user_id: int
    settings: Settings
    runtime: Runtime
    """The catalogue, solver and clock from :func:`limberup.bootstrap.build_runtime`."""

    def uow(self) -> SqlUnitOfWork:
        """A fresh unit of work (each use case opens and closes its own)."""
        return self.make()


def open_store(*, read_only: bool = False) -> Store:
    """Open (create, migrate) the configured database and make sure the local user exists.

    Args:
        read_only: the command only reads. A SQLite file in a data directory the runner
            cannot write to is then opened read-only; a command that stores something exits
            there naming the problem instead.

    Exits with a message: code 2 for bad settings, 1 for a database that cannot be used.
    """
    # SQLAlchemy and Alembic load slowly: only commands that touch stored data pay for them.
    from sqlalchemy.exc import SQLAlchemyError

    from limberup.adapters.db.database import is_read_only, open_database, sqlite_file
    from limberup.services.users import find_local_user, local_user

    try:
        settings = load_settings()
    except ValidationError as error:
        fail(describe_validation_error(error, labels=SETTING_LABELS))
    url = settings.resolved_database_url
    check_database_url(url)
    try:
        engine = open_database(url)
        make = _factory(engine)
        locked = sqlite_file(url) if is_read_only(engine) else None
        if locked is None:
            user_id = local_user(make())
        elif not read_only:
            fail(read_only_message(locked), code=RUNTIME_ERROR)
        elif (found := find_local_user(make())) is None:
            fail(f"{locked} is read-only and holds nothing yet: {read_only_message(locked)}")
        else:
            user_id = found
    except StorageError as error:
        fail(str(error), code=RUNTIME_ERROR)
    except (SQLAlchemyError, OSError) as error:
        fail(cannot_open(url, error), code=RUNTIME_ERROR)
    return Store(make, user_id, settings, build_runtime())


def read_only_message(path: Path) -> str:
    """Why a command that stores something cannot run on the read-only file at ``path``."""
    return (
        f"{path} cannot be written: it or its folder is read-only, and this command stores "
        f"what you do. Make both writable (chmod u+w {path.parent} {path}) or point "
        "LIMBERUP_DATA_DIR at a folder you can write to; `limberup export`, `history`, "
        "`progress` and `today` work as it is."
    )


def cannot_open(url: str, error: BaseException) -> str:
    """Why the database at ``url`` cannot be used, its password hidden."""
    from sqlalchemy.engine import make_url

    where = make_url(url).render_as_string(hide_password=True)
    return f"cannot open the database {where}: {_reason(error)}"


DATABASE_URL_FORMS = (
    "sqlite:///PATH/TO/FILE.db or postgresql://USER:PASSWORD@HOST:PORT/DATABASE "
    "(postgresql+psycopg:// also works)"
)
SUPPORTED_DRIVERS = {("sqlite", "pysqlite"), ("postgresql", "psycopg")}


def check_database_url(url: str) -> None:
    """Exit 2, naming LIMBERUP_DATABASE_URL, for a URL that is malformed or not supported."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from limberup.adapters.db.engine import with_default_driver

    try:
        parsed = make_url(with_default_driver(url))
    except (ArgumentError, ValueError):
        fail(f"LIMBERUP_DATABASE_URL: not a database URL (got {url!r}); use {DATABASE_URL_FORMS}")
    driver = (parsed.get_backend_name(), parsed.get_driver_name())
    if driver not in SUPPORTED_DRIVERS:
        shown = parsed.render_as_string(hide_password=True)
        fail(
            f"LIMBERUP_DATABASE_URL: the database {parsed.drivername!r} is not supported "
            f"(got {shown!r}); use {DATABASE_URL_FORMS}"
        )


def _factory(engine: Engine) -> Callable[[], SqlUnitOfWork]:
    from limberup.adapters.db.unit_of_work import SqlUnitOfWork, session_factory

    factory = session_factory(engine)
    return lambda: SqlUnitOfWork(factory)


def _reason(error: BaseException) -> str:
    original = getattr(error, "orig", None)
    return str(original or error).strip().splitlines()[0]


@contextmanager
def reported() -> Iterator[None]:
    """Turn the errors a person can act on into a message and an exit code, never a traceback.

    Bad input (``InputError``, a refused value) exits 2; a database that cannot be used or an
    invalid exercise library exits 1 (see the tree in ``limberup.exceptions``).
    """
    from sqlalchemy.exc import SQLAlchemyError

    try:
        yield
    except InputError as error:
        fail(str(error))
    except ValidationError as error:
        fail(describe_validation_error(error))
    except (StorageError, CatalogueError) as error:
        fail(str(error), code=RUNTIME_ERROR)
    except (SQLAlchemyError, OSError) as error:
        from limberup.adapters.db.faults import storage_fault

        if isinstance(error, SQLAlchemyError) and "readonly database" in _reason(error):
            fail(
                "the database is read-only and this needs to store something (such as the "
                "plan of a week not planned yet); make the data directory and its limberup.db "
                "writable, or point LIMBERUP_DATA_DIR at a folder you can write to",
                code=RUNTIME_ERROR,
            )
        fault = storage_fault(error)
        if fault is None and isinstance(error, OSError):
            raise
        fail(str(fault) if fault else f"the database failed: {_reason(error)}", code=RUNTIME_ERROR)


def utc_now() -> dt.datetime:
    """The time stamps stored records carry (the entry point owns the clock)."""
    return dt.datetime.now(dt.UTC)


def today() -> dt.date:
    """Today in the runner's own time zone: plans are made of local days."""
    return dt.date.today()


def parse_date(text: str | None, *, option: str = "--date") -> dt.date:
    """A ``YYYY-MM-DD`` option, today when not given; exits 2 on anything else."""
    if text is None:
        return today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        fail(f"{option}: should be a date written as YYYY-MM-DD (got {text!r})")

"""``limberup serve``: start the web app on the configured database."""

from __future__ import annotations

import os
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console

from limberup.entrypoints.cli.errors import RUNTIME_ERROR, describe_validation_error, fail
from limberup.settings import load_settings

# Imported by name so that the CLI never imports the web package (see docs/architecture.md).
ASGI_FACTORY = "limberup.entrypoints.web.asgi:app_from_environment"


def serve(
    host: Annotated[
        str | None, typer.Option(help="Address to listen on [default: LIMBERUP_HOST or 127.0.0.1]")
    ] = None,
    port: Annotated[
        int | None, typer.Option(help="Port to listen on, 1-65535 [default: LIMBERUP_PORT or 8000]")
    ] = None,
    access_log: Annotated[
        bool | None,
        typer.Option(
            "--access-log/--no-access-log",
            help="Log every request [default: LIMBERUP_ACCESS_LOG or off]",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            help="Server processes, one per CPU core at most [default: LIMBERUP_WORKERS or 1]"
        ),
    ] = None,
) -> None:
    """Start LimberUp's web app; create and migrate the database first if needed."""
    given = (("host", host), ("port", port), ("access_log", access_log), ("workers", workers))
    overrides = {name: value for name, value in given if value is not None}
    try:
        settings = load_settings(**overrides)
    except ValidationError as error:
        labels = {
            name: f"--{name}" if name in overrides else f"LIMBERUP_{name.upper()}"
            for name in (
                "host",
                "port",
                "mode",
                "data_dir",
                "database_url",
                "access_log",
                "workers",
            )
        }
        fail(describe_validation_error(error, labels=labels))
    # Imported here: the database and server stacks take a second to load, and every other
    # command would pay for them at start-up.
    import uvicorn
    from sqlalchemy.exc import SQLAlchemyError

    from limberup.adapters.db.database import open_database
    from limberup.adapters.db.faults import storage_fault
    from limberup.entrypoints.cli.store import cannot_open, check_database_url
    from limberup.exceptions import StorageError

    check_database_url(settings.resolved_database_url)
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        open_database(settings.resolved_database_url, check_integrity=True).dispose()
    except StorageError as error:
        fail(str(error), code=RUNTIME_ERROR)
    except (SQLAlchemyError, OSError) as error:
        fault = storage_fault(error)
        fail(
            str(fault) if fault else cannot_open(settings.resolved_database_url, error),
            code=RUNTIME_ERROR,
        )
    # The app factory reads its settings from the environment, options included.
    os.environ["LIMBERUP_HOST"] = settings.host
    os.environ["LIMBERUP_PORT"] = str(settings.port)
    console = Console(highlight=False)
    console.print(f"LimberUp data: {settings.data_dir}")
    console.print("Starting LimberUp...")
    config = uvicorn.Config(
        ASGI_FACTORY,
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        access_log=settings.access_log,
        # Uvicorn believes X-Forwarded-* from 127.0.0.1 by default: any local program could
        # then pose as another client or scheme. Only a proxy the settings name is believed.
        proxy_headers=settings.trusted_proxy is not None,
        forwarded_allow_ips=settings.trusted_proxy or "",
    )
    from limberup.entrypoints.cli.ready_server import run_ready

    run_ready(config, console=console)

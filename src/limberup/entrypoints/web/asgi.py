"""The ASGI application factory that servers import by name.

``limberup serve`` hands this to Uvicorn; a multi-worker deployment can run it directly::

    uvicorn --factory limberup.entrypoints.web.asgi:app_from_environment --workers 4
"""

from __future__ import annotations

import sys

from fastapi import FastAPI

from limberup.adapters.db.database import open_database
from limberup.adapters.db.faults import storage_fault
from limberup.entrypoints.web.app import create_app
from limberup.settings import load_settings

CANNOT_START = 1


def app_from_environment() -> FastAPI:
    """Read the ``LIMBERUP_*`` settings, check and migrate the database and build the app.

    A database that cannot be used (damaged, on a full disk, written by a newer LimberUp)
    stops the start with a message, not a traceback.
    """
    settings = load_settings()
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = open_database(settings.resolved_database_url, check_integrity=True)
    except Exception as error:
        fault = storage_fault(error)
        if fault is None:
            raise
        print(f"LimberUp cannot start: {fault}", file=sys.stderr)
        sys.exit(CANNOT_START)
    return create_app(settings, engine)

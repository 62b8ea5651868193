"""The ASGI application factory that servers import by name.

``limberup serve`` hands this to Uvicorn; a multi-worker deployment can run it directly::

    uvicorn --factory limberup.entrypoints.web.asgi:app_from_environment --workers 4
"""

from __future__ import annotations

from fastapi import FastAPI

from limberup.adapters.db.database import open_database
from limberup.entrypoints.web.app import create_app
from limberup.settings import load_settings


def app_from_environment() -> FastAPI:
    """Read the ``LIMBERUP_*`` settings, migrate the database and build the app."""
    settings = load_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return create_app(settings, open_database(settings.resolved_database_url))

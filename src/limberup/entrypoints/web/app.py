"""Build the FastAPI application for one deployment."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine

from limberup import __version__
from limberup.adapters.db.unit_of_work import session_factory
from limberup.bootstrap import build_runtime
from limberup.catalog.pictures import PICTURES_DIR
from limberup.domain.values import DRILL_ID_SCHEMA_MARK
from limberup.entrypoints.web import api_docs, offline
from limberup.entrypoints.web.api import (
    assessments,
    catalogue,
    health,
    plans,
    profile,
    progress,
    records,
    sessions,
    transfer,
)
from limberup.entrypoints.web.body_limit import IMPORT_LIMIT, BodyLimitMiddleware
from limberup.entrypoints.web.damaged_storage import DamagedStorageGuard
from limberup.entrypoints.web.errors import install_error_handlers
from limberup.entrypoints.web.head_requests import HeadLikeGet
from limberup.entrypoints.web.json_body import StrictJsonBodies
from limberup.entrypoints.web.pages import (
    home,
    library,
    onboarding,
    restore,
    tests,
    today,
    week,
)
from limberup.entrypoints.web.pages import (
    progress as progress_page,
)
from limberup.entrypoints.web.quiet_failures import QuietFailures
from limberup.entrypoints.web.read_cache import ReadCache
from limberup.entrypoints.web.trust.form_token import load_form_token, require_form_token
from limberup.entrypoints.web.trust.headers import SecurityHeaders
from limberup.entrypoints.web.trust.hosts import HostGuard
from limberup.entrypoints.web.trust.same_origin import SameOriginGuard
from limberup.services.runtime import Runtime
from limberup.settings import Mode, Settings

STATIC_DIR = Path(__file__).parent / "static"
API_MODULES = (
    sessions,
    plans,
    progress,
    catalogue,
    health,
    assessments,
    records,
    profile,
    transfer,
)
"""Each module has a ``router``; the API ones are mounted under /api/v1. A request is matched
against the routes in turn, so the player's logging and the plan reads, the busiest, come first
(matching the whole list cost a tenth of the time of logging a session)."""
PAGE_MODULES = (home, library, onboarding, restore, tests, week, progress_page, today)
SINGLE_USER_NOTICE = (
    "LimberUp runs in single-user mode, which has no password: it answers only requests from "
    "this machine (loopback); requests from any other address are refused with 403."
)

log = logging.getLogger(__name__)


def create_app(settings: Settings, engine: Engine, runtime: Runtime | None = None) -> FastAPI:
    """The app, wired to an already migrated database engine.

    Args:
        settings: the deployment's settings.
        engine: an engine whose schema is current (see ``adapters.db.database``).
        runtime: the catalogue, solver and clock (by default :func:`build_runtime`'s).
    """
    app = FastAPI(
        title="LimberUp",
        version=__version__,
        summary="A mobility coach for runners and walkers.",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # FastAPI's loads from a CDN with inline script: ours is api_docs.py
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.runtime = runtime or build_runtime()
    app.state.catalogue_ready = False
    app.state.planned_weeks = set()
    app.state.engine = engine
    app.state.session_factory = session_factory(engine)
    app.state.read_cache = ReadCache(settings.read_cache_entries)
    secret = settings.form_secret
    app.state.form_token = load_form_token(
        settings.data_dir, secret.get_secret_value() if secret else None
    )
    app.state.storage_fault = None  # a damaged database met while answering (see errors.py)
    app.state.pages_checked_at = time.monotonic()  # open_database checked them at start
    # Outermost last: headers on every answer, then who is asking, then from which site,
    # then how large the body is and whether it is JSON LimberUp stores, whether the
    # database is still sound enough to write to; a HEAD is a GET.
    app.add_middleware(HeadLikeGet)
    app.add_middleware(DamagedStorageGuard)
    app.add_middleware(StrictJsonBodies)
    # A whole exported history may be large; everything else stays under the default limit.
    app.add_middleware(
        BodyLimitMiddleware,
        limits={"/api/v1/import": IMPORT_LIMIT, "/settings/import": IMPORT_LIMIT},
    )
    app.add_middleware(SameOriginGuard)
    app.add_middleware(HostGuard, settings=settings)
    app.add_middleware(QuietFailures)
    app.add_middleware(SecurityHeaders)
    if settings.mode is Mode.SINGLE_USER:
        log.warning(SINGLE_USER_NOTICE)
    install_error_handlers(app)
    _describe_schema(app)
    for api in API_MODULES:
        app.include_router(api.router, prefix="/api/v1")
    app.include_router(offline.router)
    app.include_router(api_docs.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.mount("/pictures", StaticFiles(directory=PICTURES_DIR), name="pictures")
    for page in PAGE_MODULES:
        app.include_router(page.router, dependencies=[Depends(require_form_token)])
    return app


def _describe_schema(app: FastAPI) -> None:
    """Complete the generated document: the import reads its body itself, so its schema is
    added; a drill id names one of the installed catalogue's drills, so they are listed."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            drills = sorted(exercise.id for exercise in app.state.runtime.catalogue.exercises)
            document = transfer.add_import_schemas(generate())
            app.openapi_schema = _with_drill_ids(document, drills)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented override


def _with_drill_ids(node: Any, drills: list[str]) -> Any:
    if isinstance(node, dict):
        if node.get(DRILL_ID_SCHEMA_MARK):
            return {"type": "string", "enum": drills}
        return {key: _with_drill_ids(value, drills) for key, value in node.items()}
    if isinstance(node, list):
        return [_with_drill_ids(value, drills) for value in node]
    return node

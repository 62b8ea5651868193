"""``GET /api/v1/health``: is the app up and its database reachable and current?"""

from __future__ import annotations

import time
from typing import Literal

from fastapi import APIRouter, Request, Response, status
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from limberup.entrypoints.web.dependencies import EngineDep
from limberup.services.status import check_status, damaged_pages

router = APIRouter(tags=["system"])
PAGES_EVERY_S = 60.0
"""How often health reads every page (SQLite's ``quick_check``): damage no request has met
yet is found within a minute of being asked, and a busy monitor costs one check a minute."""


class Health(BaseModel):
    status: Literal["ok", "degraded"] = Field(examples=["ok"])
    version: str = Field(examples=["0.1.0"])
    database: Literal["ok", "unreachable", "read_only", "corrupt", "full"] = Field(
        examples=["ok"],
        description="ok: it can be read and written now; otherwise what stops it.",
    )
    schema_revision: str | None = Field(examples=["0001"])
    schema_current: bool = Field(examples=[True])
    message: str | None = Field(None, description="What is wrong and what to do, if anything.")


@router.get(
    "/health",
    response_model=Health,
    responses={
        503: {
            "model": Health,
            "description": "The database is unreachable, read-only, damaged, full or stale.",
        }
    },
)
async def get_health(request: Request, engine: EngineDep, response: Response) -> Health:
    """Report the version and whether the database can be read and written, at the current
    schema."""
    state = request.app.state
    if state.storage_fault is None and time.monotonic() >= state.pages_checked_at + PAGES_EVERY_S:
        state.pages_checked_at = time.monotonic()
        state.storage_fault = await run_in_threadpool(damaged_pages, engine)
    report = check_status(engine, fault=state.storage_fault)
    if not report.healthy:
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    return Health(
        status="ok" if report.healthy else "degraded",
        version=report.version,
        database=report.database,
        schema_revision=report.schema_revision,
        schema_current=report.schema_current,
        message=report.message,
    )

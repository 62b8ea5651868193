"""``GET /api/v1/health``: is the app up and its database reachable and current?"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request, Response, status
from pydantic import BaseModel, Field

from limberup.entrypoints.web.dependencies import EngineDep
from limberup.services.status import check_status

router = APIRouter(tags=["system"])


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
    report = check_status(engine, fault=request.app.state.storage_fault)
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

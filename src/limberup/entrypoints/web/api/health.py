"""``GET /api/v1/health``: is the app up and its database reachable and current?"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Response, status
from pydantic import BaseModel, Field

from limberup.entrypoints.web.dependencies import EngineDep
from limberup.services.status import check_status

router = APIRouter(tags=["system"])


class Health(BaseModel):
    status: Literal["ok", "degraded"] = Field(examples=["ok"])
    version: str = Field(examples=["0.1.0"])
    database: Literal["ok", "unreachable"] = Field(examples=["ok"])
    schema_revision: str | None = Field(examples=["0001"])
    schema_current: bool = Field(examples=[True])


@router.get(
    "/health",
    response_model=Health,
    responses={503: {"model": Health, "description": "The database is unreachable or stale."}},
)
async def get_health(engine: EngineDep, response: Response) -> Health:
    """Report the version and whether the database answers with the current schema."""
    report = check_status(engine)
    if not report.healthy:
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    return Health(
        status="ok" if report.healthy else "degraded",
        version=report.version,
        database="ok" if report.database_ok else "unreachable",
        schema_revision=report.schema_revision,
        schema_current=report.schema_current,
    )

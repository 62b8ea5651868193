"""All of a runner's data out and back in: ``/api/v1/export``, ``/api/v1/import``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from limberup.entrypoints.web.dependencies import CatalogueDep, RuntimeDep, UowDep, UserDep
from limberup.entrypoints.web.errors import error_responses
from limberup.entrypoints.web.off_loop import in_thread
from limberup.services.transfer import (
    ExportDocument,
    export_data,
    parse_export,
    restore,
    sessions_csv,
)

router = APIRouter(tags=["data"])


class CsvResponse(Response):
    media_type = "text/csv"


class ImportCounts(BaseModel):
    """Per kind of record: how many the file held and how many were new here."""

    counts: dict[str, Annotated[list[int], "in file, newly stored"]]


@router.get("/export", response_model=ExportDocument)
async def export_everything(uow: UowDep, user: UserDep) -> ExportDocument:
    """Everything stored for the runner: profile, assessments, plans, sessions, decisions."""
    return export_data(uow, user)


@router.get(
    "/export/sessions.csv",
    response_class=CsvResponse,
    responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}}},
)
async def export_sessions_csv(uow: UowDep, user: UserDep) -> CsvResponse:
    """The session logs as CSV, one row per logged item."""
    return CsvResponse(
        sessions_csv(export_data(uow, user)),
        headers={"content-disposition": 'attachment; filename="limberup-sessions.csv"'},
    )


IMPORT_REFS = "#/components/schemas/Import."
"""An import is described as the server reads it (validation mode), apart from the export."""


def add_import_schemas(openapi: dict[str, Any]) -> dict[str, Any]:
    """Add the import body's schemas, in validation mode, to an OpenAPI document."""
    _, found = models_json_schema(
        [(ExportDocument, "validation")], ref_template=IMPORT_REFS + "{model}"
    )
    schemas = openapi.setdefault("components", {}).setdefault("schemas", {})
    schemas.update({f"Import.{name}": schema for name, schema in found["$defs"].items()})
    return openapi


@router.post(
    "/import",
    response_model=ImportCounts,
    responses=error_responses(413, 415, 422),
    openapi_extra={
        "requestBody": {
            "content": {"application/json": {"schema": {"$ref": f"{IMPORT_REFS}ExportDocument"}}},
            "required": True,
        }
    },
)
async def import_everything(
    request: Request, uow: UowDep, user: UserDep, catalogue: CatalogueDep, runtime: RuntimeDep
) -> ImportCounts:
    """Bring back an export: all or nothing; records already here are kept, not duplicated."""
    drills = {exercise.id for exercise in catalogue.exercises}
    body = await request.body()  # counted chunk by chunk up to the limit (body_limit.py)
    # Years of history take seconds to read, store and plan from: off the event loop.
    document = await in_thread(parse_export, body, source="body", known_drills=drills)
    summary = await in_thread(restore, uow, runtime, user, document)
    return ImportCounts(counts={kind: list(pair) for kind, pair in summary.counts.items()})

"""Stored assessments and retests: ``/api/v1/assessments`` (store, list, read)."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Body, Response, status
from pydantic import BaseModel, ConfigDict

from limberup.domain.assessment import Assessment
from limberup.entrypoints.web.api.assessments import EXAMPLE
from limberup.entrypoints.web.api.record_schemas import AssessmentOut, answer
from limberup.entrypoints.web.dependencies import RuntimeDep, UowDep, UserDep
from limberup.entrypoints.web.errors import error_responses
from limberup.entrypoints.web.off_loop import in_thread
from limberup.exceptions import NotFoundError
from limberup.services.assessments import list_assessments, record_assessment

router = APIRouter(prefix="/assessments", tags=["assessments"])


class NewAssessment(BaseModel):
    """An assessment to store; ``uuid`` is the client's id, so a retry never stores twice."""

    model_config = ConfigDict(extra="forbid")

    uuid: UUID
    assessment: Assessment


@router.post(
    "",
    response_model=AssessmentOut,
    status_code=status.HTTP_201_CREATED,
    responses={
        200: {"description": "Replayed: the record stored before."},
        **error_responses(422, 413),
    },
)
async def store_assessment(
    new: Annotated[
        NewAssessment,
        Body(examples=[{"uuid": "0b6e2f3a-5d0c-4e55-9c59-3f2a1b9c7d10", "assessment": EXAMPLE}]),
    ],
    uow: UowDep,
    user: UserDep,
    runtime: RuntimeDep,
    response: Response,
) -> AssessmentOut:
    """Judge and store an assessment (a retest when an earlier one is stored); this week is
    planned again from today."""
    with uow:
        replay = uow.assessments.get(user, new.uuid) is not None
    stored = await in_thread(
        record_assessment, uow, runtime, user, new.assessment, record_uuid=new.uuid
    )
    if replay:
        response.status_code = status.HTTP_200_OK
    return answer(AssessmentOut, stored)


@router.get("", response_model=list[AssessmentOut])
async def read_assessments(uow: UowDep, user: UserDep) -> list[AssessmentOut]:
    """Every stored assessment and retest, oldest first."""
    return [answer(AssessmentOut, stored) for stored in list_assessments(uow, user)]


@router.get("/{record_uuid:uuid}", response_model=AssessmentOut, responses=error_responses(404))
async def read_assessment(record_uuid: UUID, uow: UowDep, user: UserDep) -> AssessmentOut:
    with uow:
        stored = uow.assessments.get(user, record_uuid)
    if stored is not None:
        return answer(AssessmentOut, stored)
    raise NotFoundError("assessment", record_uuid)

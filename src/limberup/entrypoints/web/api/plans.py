"""Weekly plans (``/api/v1/plans``)."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Body, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from limberup.domain.assessment import Assessment
from limberup.domain.planning.week import Profile, WeekPlan
from limberup.domain.values import PlanDate
from limberup.entrypoints.web.api.record_schemas import DecisionOut, PlanOut, answer
from limberup.entrypoints.web.dependencies import (
    AnswersDep,
    RuntimeDep,
    UowDep,
    UserDep,
)
from limberup.entrypoints.web.errors import error_responses
from limberup.entrypoints.web.off_loop import ensure_week_planned, in_thread
from limberup.entrypoints.web.responses import json_response
from limberup.services.plans import current_plan, generate_plan, plan_for, week_decisions, week_of

router = APIRouter(prefix="/plans", tags=["plans"])
INVALID = error_responses(422, 413)


class PlanQuestion(BaseModel):
    """What a week is planned from: a profile, optionally an assessment, and its first day."""

    model_config = ConfigDict(extra="forbid")

    profile: Profile
    assessment: Assessment | None = None
    week_start: PlanDate


EXAMPLE = {
    "profile": {
        "run_days": ["tue", "thu", "sat"],
        "equipment": ["wall", "doorway", "strap", "light_band"],
        "minutes": {"pre_run": 10, "rest_day": 20, "daily": 8, "micro_break": 3},
    },
    "assessment": {"slr": {"left": {"angle_deg": 64}, "right": {"angle_deg": 82}}},
    "week_start": "2026-11-23",
}


@router.post("/generate", response_model=WeekPlan, responses=INVALID)
async def plan_without_storing(
    question: Annotated[PlanQuestion, Body(examples=[EXAMPLE])], runtime: RuntimeDep
) -> WeekPlan:
    """Plan a week without storing it (the scripting contract's ``plan generate``)."""
    return await in_thread(
        plan_for, runtime, question.profile, question.assessment, question.week_start
    )


class WeekQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: PlanDate | None = Field(None, description="Any day of the week; default: today.")


class Regenerate(BaseModel):
    """Plan the week again (after a new profile or retest); ``uuid`` makes a retry safe."""

    model_config = ConfigDict(extra="forbid")

    date: PlanDate
    uuid: UUID | None = None


@router.get("/week", response_model=PlanOut, responses=error_responses(404, 422))
async def read_week(
    request: Request,
    query: Annotated[WeekQuery, Query()],
    *,
    uow: UowDep,
    user: UserDep,
    runtime: RuntimeDep,
    answers: AnswersDep,
) -> Response:
    """The stored plan of the week holding ``date`` (planned and stored on first request)."""
    week = week_of(query.date or runtime.clock.today())
    await ensure_week_planned(request, uow, runtime, user, week)
    return answers.keep(
        lambda: json_response(answer(PlanOut, current_plan(uow, runtime, user, week)))
    )


@router.post("/week", response_model=PlanOut, responses=error_responses(404, 422))
async def regenerate_week(
    body: Annotated[Regenerate, Body(examples=[{"date": "2026-11-23"}])],
    uow: UowDep,
    user: UserDep,
    runtime: RuntimeDep,
) -> PlanOut:
    """Plan the week again from what is stored now, as a new version."""
    stored = await in_thread(
        generate_plan, uow, runtime, user, week_of(body.date), plan_uuid=body.uuid
    )
    return answer(PlanOut, stored)


@router.get("/decisions", response_model=list[DecisionOut])
async def read_decisions(
    query: Annotated[WeekQuery, Query()], uow: UowDep, user: UserDep, runtime: RuntimeDep
) -> list[DecisionOut]:
    """The progression decisions that shaped the week's plan, each with its reason."""
    week = week_of(query.date or runtime.clock.today())
    return [answer(DecisionOut, d) for d in week_decisions(uow, user, week)]

"""Weekly plans (``/api/v1/plans``)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Body
from pydantic import BaseModel, ConfigDict

from limberup.domain.assessment import Assessment
from limberup.domain.planning import Profile, WeekPlan
from limberup.entrypoints.web.dependencies import CatalogueDep
from limberup.entrypoints.web.errors import error_responses
from limberup.services.planning import plan_for

router = APIRouter(prefix="/plans", tags=["plans"])
INVALID = error_responses(422, 413)


class PlanQuestion(BaseModel):
    """What a week is planned from: a profile, optionally an assessment, and its first day."""

    model_config = ConfigDict(extra="forbid")

    profile: Profile
    assessment: Assessment | None = None
    week_start: dt.date


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
def generate_plan(
    question: Annotated[PlanQuestion, Body(examples=[EXAMPLE])], catalogue: CatalogueDep
) -> WeekPlan:
    """Plan a week without storing it (the scripting contract's ``plan generate``)."""
    return plan_for(question.profile, question.assessment, question.week_start, catalogue=catalogue)

"""The runner's profile: ``/api/v1/profile``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body

from limberup.domain.planning.week import Profile
from limberup.entrypoints.web.api.record_schemas import ProfileOut, answer
from limberup.entrypoints.web.dependencies import RuntimeDep, UowDep, UserDep
from limberup.entrypoints.web.errors import error_responses
from limberup.entrypoints.web.off_loop import in_thread
from limberup.services.profile import require_profile, save_profile

router = APIRouter(prefix="/profile", tags=["profile"])

EXAMPLE = {
    "age": 38,
    "run_days": ["tue", "thu", "sat"],
    "run_times": {"tue": "07:00", "thu": "07:00", "sat": "09:30"},
    "equipment": ["wall", "doorway", "strap", "light_band", "foam_roller"],
    "minutes": {"pre_run": 10, "rest_day": 20, "daily": 8, "micro_break": 3},
    "units": "metric",
}


@router.get("", response_model=ProfileOut, responses=error_responses(404))
async def read_profile(uow: UowDep, user: UserDep) -> ProfileOut:
    """The stored profile (404 before onboarding)."""
    return answer(ProfileOut, require_profile(uow, user))


@router.put("", response_model=ProfileOut, responses=error_responses(422, 413))
async def write_profile(
    profile: Annotated[Profile, Body(examples=[EXAMPLE])],
    uow: UowDep,
    user: UserDep,
    runtime: RuntimeDep,
) -> ProfileOut:
    """Store the profile, replacing the one before; this week is planned again from today."""
    return answer(ProfileOut, await in_thread(save_profile, uow, runtime, user, profile))

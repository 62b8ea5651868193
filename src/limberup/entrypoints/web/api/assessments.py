"""Self-tests: their protocols, and judging an assessment (``/api/v1/assessments``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Query
from pydantic import BaseModel

from limberup.domain.assessment import (
    PROTOCOLS,
    SAFETY_NOTE,
    Assessment,
    AssessmentResult,
    UnitSystem,
)
from limberup.domain.assessment.norms import Norm
from limberup.entrypoints.web.errors import error_responses
from limberup.services.assessments import assess

router = APIRouter(prefix="/assessments", tags=["assessments"])
INVALID = error_responses(422, 413)

EXAMPLE = {
    "date": "2026-11-16",
    "age": 38,
    "slr": {"left": {"angle_deg": 64, "down_leg_moved": True}, "right": {"door_jamb_passed": True}},
    "knee_to_wall": {"left": {"distance_cm": 8.0}, "right": {"distance_cm": 10.5}},
    "thoracic_rotation": {"left": {"angle_deg": 47}, "right": {"angle_deg": 52}},
    "pain": {"at_rest": False, "during_tests": []},
}


class ProtocolOut(BaseModel):
    """How to do one self-test and what to record."""

    test: str
    title: str
    why: str
    equipment: list[str]
    steps: list[str]
    record: list[str]
    norms: list[Norm]
    two_sided: bool


class Protocols(BaseModel):
    safety_note: str
    tests: list[ProtocolOut]


@router.get("/protocols", response_model=Protocols)
async def list_protocols() -> Protocols:
    """Every self-test with its steps in plain words, its kit and its norms with sources."""
    return Protocols(
        safety_note=SAFETY_NOTE,
        tests=[
            ProtocolOut(
                test=p.test.value,
                title=p.title,
                why=p.why,
                equipment=list(p.equipment),
                steps=list(p.steps),
                record=list(p.record),
                norms=list(p.norms),
                two_sided=p.two_sided,
            )
            for p in PROTOCOLS.values()
        ],
    )


@router.post("/evaluate", response_model=AssessmentResult, responses=INVALID)
async def evaluate_assessment(
    assessment: Annotated[Assessment, Body(examples=[EXAMPLE])],
    units: Annotated[UnitSystem, Query()] = UnitSystem.METRIC,
) -> AssessmentResult:
    """Judge an assessment without storing it: findings per test and side, with norms."""
    return assess(assessment, units=units)

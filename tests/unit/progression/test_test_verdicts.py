"""Whether the test a drill serves passed, and which way it moved, read from the retests."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from limberup.domain.assessment import evaluate
from limberup.domain.logbook import AssessmentKind, StoredAssessment, StoredPlan
from limberup.domain.progression.decisions import DrillHistory, Trend
from limberup.domain.progression.history import drill_histories
from limberup.domain.vocabulary import TestId
from tests.unit.storage.builders import MONDAY, NOW, assessment, item, stored_plan

WEEK2 = MONDAY + dt.timedelta(days=7)


def _both(side: dict[str, Any]) -> dict[str, Any]:
    return {"left": side, "right": side}


NORMAL: dict[str, Any] = {
    "knee_to_wall": _both({"distance_cm": 12}),
    "standing_hip": _both({"flexion": True, "abduction": True, "extension": True}),
    "tibial_rotation": _both({"feel": "free"}),
    "thoracic_rotation": _both({"angle_deg": 50}),
}
"""Every test within its norm (the straight-leg raise at 85 degrees on both sides)."""


def _retest(taken_on: dt.date, **tests: Any) -> StoredAssessment:
    inputs = assessment(taken_on, slr_left=85, **(NORMAL | tests))
    return StoredAssessment(
        uuid=uuid.uuid4(),
        kind=AssessmentKind.RETEST,
        taken_on=taken_on,
        inputs=inputs,
        result=evaluate(inputs),
        recorded_at=NOW,
    )


def _plan_serving(finding: str) -> StoredPlan:
    """Last week's plan: one drill, every day, serving ``finding``."""
    plan = stored_plan(drills=("drill",))
    served = item("drill").model_copy(update={"serves": (finding,)})
    days = tuple(
        day.model_copy(
            update={
                "sessions": tuple(s.model_copy(update={"items": (served,)}) for s in day.sessions)
            }
        )
        for day in plan.plan.days
    )
    return plan.model_copy(update={"plan": plan.plan.model_copy(update={"days": days})})


def _history(finding: str, *retests: StoredAssessment) -> DrillHistory:
    (history,) = drill_histories(WEEK2, [_plan_serving(finding)], [], retests)
    return history


@pytest.mark.parametrize(
    "test",
    [
        TestId.SLR,
        TestId.KNEE_TO_WALL,
        TestId.STANDING_HIP,
        TestId.TIBIAL_ROTATION,
        TestId.THORACIC_ROTATION,
    ],
)
def test_each_retested_test_can_pass_and_move_its_drill_to_maintenance(test: TestId) -> None:
    history = _history(f"{test.value}_limited", _retest(MONDAY + dt.timedelta(days=6)))
    assert history.test_passed is True


def test_a_left_right_gap_within_the_norms_still_fails_the_test() -> None:
    gap = _retest(
        MONDAY + dt.timedelta(days=6),
        knee_to_wall={"left": {"distance_cm": 11}, "right": {"distance_cm": 15}},
    )
    assert _history("knee_to_wall_asymmetric", gap).test_passed is False


def test_pain_during_the_test_fails_it() -> None:
    pain = {"during_tests": ["knee_to_wall"], "where": ["ankle"]}
    hurt = _retest(MONDAY + dt.timedelta(days=6), pain=pain)
    assert _history("knee_to_wall_limited", hurt).test_passed is False


def test_one_side_worse_outweighs_the_other_improving() -> None:
    before = _retest(
        MONDAY - dt.timedelta(days=1),
        knee_to_wall={"left": {"distance_cm": 6}, "right": {"distance_cm": 12}},
    )
    after = _retest(
        MONDAY + dt.timedelta(days=6),
        knee_to_wall={"left": {"distance_cm": 10}, "right": {"distance_cm": 8}},
    )
    assert _history("knee_to_wall_limited", before, after).trend is Trend.WORSE

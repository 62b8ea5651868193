"""Straight-leg raise: every boundary of every input form, on both legs."""

from __future__ import annotations

import pytest

from limberup.domain.assessment.norms import SLR_ACTIVE_PASS_FROM_DEG
from limberup.domain.vocabulary import Side, Status, TestId, finding_id
from tests.unit.assessment.helpers import SIDES, found, only, other, run

NORMAL, LIMITED, PAINFUL = Status.NORMAL, Status.LIMITED, Status.PAINFUL


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize("moved", [None, False, True])
@pytest.mark.parametrize(
    ("angle", "status"),
    [
        (0, LIMITED),
        (75.5, LIMITED),
        (75.6, NORMAL),
        (80, NORMAL),
        (180, NORMAL),
    ],
)
def test_an_angle_is_judged_against_the_active_pass_mark_of_75_6_degrees(
    side: Side, moved: bool | None, angle: float, status: Status
) -> None:
    data: dict[str, object] = {"angle_deg": angle}
    if moved is not None:
        data["down_leg_moved"] = moved
    result = run(slr={side.value: data})
    finding = only(result, TestId.SLR, side)
    assert finding.status is status
    assert finding.id == finding_id(TestId.SLR, status)
    assert (finding.value, finding.unit) == (angle, "deg")
    assert finding.norm == "75.6° or more (pass mark: ankle bone past mid-thigh)"
    assert finding.source == SLR_ACTIVE_PASS_FROM_DEG.source
    assert "typical" not in finding.message
    assert ("short of the 75.6° pass mark" in finding.message) is (status is LIMITED)
    assert ("leg on the floor moved first" in finding.message) is bool(moved)
    # An angle cannot be turned into an FMS score without the runner's proportions.
    assert result.fms_aslr is not None
    assert result.fms_aslr.model_dump() == {"left": None, "right": None}
    assert result.refer is False


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize(("passed", "status", "fms"), [(True, NORMAL, 3), (False, LIMITED, None)])
def test_the_doorway_test_passes_at_the_fms_mid_thigh_landmark(
    side: Side, passed: bool, status: Status, fms: int | None
) -> None:
    result = run(slr={side.value: {"door_jamb_passed": passed}})
    finding = only(result, TestId.SLR, side)
    assert finding.status is status
    assert finding.value is passed
    assert "mid-thigh" in finding.norm
    assert "seed 001" in finding.source
    assert result.fms_aslr is not None
    assert getattr(result.fms_aslr, side.value) == fms
    assert getattr(result.fms_aslr, other(side).value) is None


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize(
    ("score", "status", "refer"),
    [(0, PAINFUL, True), (1, LIMITED, False), (2, LIMITED, False), (3, NORMAL, False)],
)
def test_an_fms_score_passes_at_3_and_pain_scores_0(
    side: Side, score: int, status: Status, refer: bool
) -> None:
    result = run(slr={side.value: {"fms_score": score}})
    finding = only(result, TestId.SLR, side)
    assert finding.status is status
    assert finding.id == finding_id(TestId.SLR, status)
    assert (finding.value, finding.unit) == (score, "score")
    assert result.fms_aslr is not None
    assert getattr(result.fms_aslr, side.value) == score
    assert result.refer is refer
    if status is PAINFUL:
        assert "doctor or physiotherapist" in finding.message


def test_pain_during_the_slr_scores_both_sides_0_whatever_was_measured() -> None:
    result = run(
        slr={"left": {"door_jamb_passed": True}, "right": {"angle_deg": 85}},
        pain={"during_tests": ["slr"]},
    )
    assert result.fms_aslr is not None
    assert result.fms_aslr.model_dump() == {"left": 0, "right": 0}
    assert result.refer is True
    assert len(found(result, TestId.SLR, None, PAINFUL)) == 1


def test_no_slr_means_no_fms_scores() -> None:
    assert run(thoracic_rotation={"left": {"angle_deg": 60}}).fms_aslr is None


@pytest.mark.parametrize(
    ("left", "right", "asymmetric_side", "value"),
    [
        ({"fms_score": 2}, {"fms_score": 3}, Side.LEFT, 1),
        ({"fms_score": 3}, {"fms_score": 1}, Side.RIGHT, 2),
        ({"fms_score": 1}, {"fms_score": 2}, Side.LEFT, 1),  # both limited, scores differ
        ({"fms_score": 2}, {"fms_score": 2}, None, None),
        ({"fms_score": 0}, {"fms_score": 3}, None, None),  # pain is its own finding
        ({"door_jamb_passed": True}, {"fms_score": 2}, Side.RIGHT, 1),
        # Two angles: a gap beyond Boyd & Villa's healthy 10.5°, passing or not.
        ({"angle_deg": 75.5}, {"angle_deg": 75.6}, None, None),  # across the mark by 0.1°
        ({"angle_deg": 70}, {"angle_deg": 80.5}, None, None),  # 10.5° is within
        ({"angle_deg": 70}, {"angle_deg": 80.6}, Side.LEFT, 10.6),
        ({"angle_deg": 88}, {"angle_deg": 70}, Side.RIGHT, 18),  # the 18° gap
        ({"angle_deg": 40}, {"angle_deg": 58}, Side.LEFT, 18),  # both short
        ({"angle_deg": 95}, {"angle_deg": 110}, Side.LEFT, 15),  # both past
        ({"angle_deg": 64}, {"door_jamb_passed": True}, Side.LEFT, None),
        ({"door_jamb_passed": False}, {"door_jamb_passed": False}, None, None),
    ],
)
def test_asymmetry_follows_the_fms_rule(
    left: dict[str, object],
    right: dict[str, object],
    asymmetric_side: Side | None,
    value: float | None,
) -> None:
    result = run(slr={"left": left, "right": right})
    asymmetric = [f for f in result.findings if f.status is Status.ASYMMETRIC]
    if asymmetric_side is None:
        assert asymmetric == []
    else:
        (finding,) = asymmetric
        assert finding.id == "slr_asymmetric"
        assert finding.side is asymmetric_side
        assert finding.value == value

"""Thoracic rotation: the 50° cutoff on both sides, and asymmetry across it beyond 5.6°."""

from __future__ import annotations

import pytest

from limberup.domain.vocabulary import Side, Status, TestId
from tests.unit.assessment.helpers import SIDES, found, only, run


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize(
    ("angle", "status"),
    [
        (0, Status.LIMITED),
        (49.9, Status.LIMITED),
        (50, Status.NORMAL),
        (50.1, Status.NORMAL),
        (180, Status.NORMAL),
    ],
)
def test_an_angle_is_judged_against_50_degrees(side: Side, angle: float, status: Status) -> None:
    finding = only(
        run(thoracic_rotation={side.value: {"angle_deg": angle}}), TestId.THORACIC_ROTATION, side
    )
    assert (finding.status, finding.value, finding.unit) == (status, angle, "deg")
    assert finding.id == f"thoracic_rotation_{status.value}"
    assert finding.norm == "50° or more (screening cutoff)"
    assert "typical" not in finding.message
    assert "Whetstone et al. 2024" in finding.source
    assert f"to the {side.value}" in finding.message


@pytest.mark.parametrize(
    ("left", "right", "asymmetric_side", "value"),
    [
        # Across the cutoff by less than Johnson et al.'s 5.6° smallest real change: error.
        (49.9, 50, None, None),
        (47, 52, None, None),
        (44.5, 50, None, None),
        (44.4, 50, Side.LEFT, 5.6),
        (56, 44, Side.RIGHT, 12),
        (30, 49.9, None, None),
        (50, 80, None, None),
    ],
)
def test_one_side_below_50_and_one_above_by_a_real_change_is_asymmetric(
    left: float, right: float, asymmetric_side: Side | None, value: float | None
) -> None:
    result = run(thoracic_rotation={"left": {"angle_deg": left}, "right": {"angle_deg": right}})
    asymmetric = [f for f in result.findings if f.status is Status.ASYMMETRIC]
    if asymmetric_side is None:
        assert asymmetric == []
        return
    (finding,) = asymmetric
    assert (finding.id, finding.side, finding.unit) == (
        "thoracic_rotation_asymmetric",
        asymmetric_side,
        "deg",
    )
    assert finding.value == pytest.approx(value)
    assert found(result, TestId.THORACIC_ROTATION, asymmetric_side, Status.LIMITED)

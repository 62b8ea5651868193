"""Tibial rotation: the 35° total and its 1:2 split in degrees; the feel form; asymmetry."""

from __future__ import annotations

import pytest

from limberup.domain.assessment.norms import (
    TIBIAL_EXTERNAL_NORMAL_FROM_DEG,
    TIBIAL_INTERNAL_NORMAL_FROM_DEG,
)
from limberup.domain.vocabulary import Side, Status, TestId
from tests.unit.assessment.helpers import SIDES, found, only, run

NORMAL, LIMITED, PAINFUL = Status.NORMAL, Status.LIMITED, Status.PAINFUL
IN = TIBIAL_INTERNAL_NORMAL_FROM_DEG.value  # 35/3
OUT = TIBIAL_EXTERNAL_NORMAL_FROM_DEG.value  # 70/3


def test_the_derived_split_is_one_third_inward() -> None:
    inward, outward = IN, OUT
    assert inward == pytest.approx(35 / 3)
    assert outward == pytest.approx(70 / 3)
    assert inward + outward == pytest.approx(35)


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize(
    ("internal", "external", "status", "short"),
    [
        (IN, OUT, NORMAL, ""),  # exactly 35 in total, split 1:2
        (IN - 0.1, OUT, LIMITED, "in total (35° or more), inward (11.7° or more)"),
        (IN + 0.1, OUT, NORMAL, ""),
        (IN, OUT - 0.1, LIMITED, "in total (35° or more), outward (23.3° or more)"),
        (IN, OUT + 0.1, NORMAL, ""),
        (10, 40, LIMITED, "inward (11.7° or more)"),  # total fine, inward short
        (20, 20, LIMITED, "outward (23.3° or more)"),  # total fine, outward short
        (15, 30, NORMAL, ""),  # 45, top of the typical range
        (15, 30.1, NORMAL, ""),  # above the typical range: said, not flagged
        (0, 0, LIMITED, "in total (35° or more), inward (11.7° or more), outward (23.3° or more)"),
        (90, 90, NORMAL, ""),
    ],
)
def test_degrees_are_judged_on_the_total_and_each_direction(
    side: Side, internal: float, external: float, status: Status, short: str
) -> None:
    result = run(tibial_rotation={side.value: {"internal_deg": internal, "external_deg": external}})
    finding = only(result, TestId.TIBIAL_ROTATION, side)
    assert finding.status is status
    assert finding.id == f"tibial_rotation_{status.value}"
    assert finding.value == pytest.approx(internal + external)
    assert finding.unit == "deg"
    assert finding.source == "Mossberg & Smith 1983"
    if short:
        assert f"below the typical range {short}." in finding.message
    above = internal + external > 45 and not short
    assert ("more than the typical 45°" in finding.message) is above


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize(
    ("feel", "status", "refer"),
    [("free", NORMAL, False), ("stiff", LIMITED, False), ("painful", PAINFUL, True)],
)
def test_the_feel_maps_to_a_status(side: Side, feel: str, status: Status, refer: bool) -> None:
    result = run(tibial_rotation={side.value: {"feel": feel}})
    finding = only(result, TestId.TIBIAL_ROTATION, side)
    assert (finding.status, finding.value, finding.unit) == (status, feel, None)
    assert finding.id == f"tibial_rotation_{status.value}"
    assert result.refer is refer


@pytest.mark.parametrize(
    ("left", "right", "asymmetric_side"),
    [
        ({"feel": "stiff"}, {"feel": "free"}, Side.LEFT),
        ({"feel": "free"}, {"feel": "stiff"}, Side.RIGHT),
        ({"feel": "free"}, {"feel": "free"}, None),
        ({"feel": "stiff"}, {"feel": "stiff"}, None),
        ({"feel": "painful"}, {"feel": "free"}, None),
        ({"internal_deg": 10, "external_deg": 30}, {"feel": "free"}, Side.LEFT),
        (
            {"internal_deg": 15, "external_deg": 30},
            {"internal_deg": 10, "external_deg": 30},
            Side.RIGHT,
        ),
    ],
)
def test_only_one_side_within_the_norm_is_asymmetric(
    left: dict[str, object], right: dict[str, object], asymmetric_side: Side | None
) -> None:
    result = run(tibial_rotation={"left": left, "right": right})
    asymmetric = [f for f in result.findings if f.status is Status.ASYMMETRIC]
    assert [f.side for f in asymmetric] == ([asymmetric_side] if asymmetric_side else [])
    assert not found(result, TestId.TIBIAL_ROTATION, None)

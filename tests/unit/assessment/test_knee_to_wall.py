"""Knee-to-wall: the 10 cm cutoff in cm, inches and shin degrees; the 1.5 cm asymmetry."""

from __future__ import annotations

import pytest

from limberup.domain.assessment import UnitSystem
from limberup.domain.vocabulary import Side, Status, TestId
from tests.unit.assessment.helpers import SIDES, found, only, run

NORMAL, LIMITED = Status.NORMAL, Status.LIMITED
AT_INCHES = 10 / 2.54


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize(
    ("field", "value", "status"),
    [
        ("distance_cm", 0, LIMITED),
        ("distance_cm", 9.9, LIMITED),
        ("distance_cm", 10, NORMAL),
        ("distance_cm", 10.1, NORMAL),
        ("distance_cm", 50, NORMAL),
        ("distance_in", 3.93, LIMITED),
        ("distance_in", AT_INCHES, NORMAL),
        ("distance_in", 3.94, NORMAL),
        ("angle_deg", 35.9, LIMITED),
        ("angle_deg", 36, NORMAL),
        ("angle_deg", 36.1, NORMAL),
        ("angle_deg", 90, NORMAL),
    ],
)
def test_every_form_is_judged_against_10_cm(
    side: Side, field: str, value: float, status: Status
) -> None:
    result = run(knee_to_wall={side.value: {field: value}})
    finding = only(result, TestId.KNEE_TO_WALL, side)
    assert finding.status is status
    assert finding.id == f"knee_to_wall_{status.value}"
    assert "Backman & Danielson 2011" in finding.source
    assert ("under the" in finding.message) is (status is LIMITED)
    assert "risk cutoff" in finding.message
    assert "Typical for healthy adults is about" in finding.message
    assert "Hoch & McKeon 2011" in finding.source
    if field == "angle_deg":
        assert (finding.value, finding.unit) == (value, "deg")
        assert finding.norm.startswith("36° or more (10 cm; risk cutoff; typical about 43.2°")
        assert "approximate" in finding.norm
        assert "approximate" in finding.message
    else:
        assert finding.unit == "cm"
        assert finding.norm == "10 cm or more (risk cutoff; typical about 12 cm)"
        expected = value if field == "distance_cm" else round(value * 2.54, 2)
        assert finding.value == pytest.approx(expected, abs=0.005)


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize(
    ("cm", "shown", "status"), [(9.9, 3.9, LIMITED), (10, 3.94, NORMAL), (12.7, 5.0, NORMAL)]
)
def test_imperial_display_shows_inches(side: Side, cm: float, shown: float, status: Status) -> None:
    result = run(units=UnitSystem.IMPERIAL, knee_to_wall={side.value: {"distance_cm": cm}})
    finding = only(result, TestId.KNEE_TO_WALL, side)
    assert (finding.value, finding.unit, finding.status) == (shown, "in", status)
    assert finding.norm == "3.9 in or more (risk cutoff; typical about 4.7 in)"


def _sides(shorter: Side, field: str, low: float, high: float) -> dict[str, dict[str, float]]:
    values = {shorter.value: low, ("right" if shorter is Side.LEFT else "left"): high}
    return {side: {field: value} for side, value in values.items()}


@pytest.mark.parametrize("shorter", SIDES)
@pytest.mark.parametrize(
    ("field", "values", "asymmetric", "difference"),
    [
        ("distance_cm", (10.0, 11.4), False, None),
        ("distance_cm", (10.0, 11.5), False, None),
        ("distance_cm", (10.0, 11.6), True, 1.6),
        ("distance_cm", (9.1, 10.6), False, None),  # 1.5 despite binary floats
        ("distance_cm", (7.5, 12.0), True, 4.5),
        ("distance_in", (4.0, 4.59), False, None),  # 1.4986 cm
        ("distance_in", (4.0, 4.6), True, 1.52),  # 1.524 cm
        ("angle_deg", (40.0, 45.4), False, None),  # 1.5 cm at 3.6°/cm
        ("angle_deg", (40.0, 45.5), True, 1.53),
    ],
)
def test_a_difference_over_1_5_cm_is_asymmetric_on_the_shorter_side(
    shorter: Side,
    field: str,
    values: tuple[float, float],
    asymmetric: bool,
    difference: float | None,
) -> None:
    result = run(knee_to_wall=_sides(shorter, field, *values))
    findings = found(result, TestId.KNEE_TO_WALL, shorter, Status.ASYMMETRIC)
    assert bool(findings) is asymmetric
    assert not found(result, TestId.KNEE_TO_WALL, None, Status.ASYMMETRIC)
    if findings:
        (finding,) = findings
        assert finding.id == "knee_to_wall_asymmetric"
        assert finding.value == pytest.approx(difference, abs=0.01)
        assert finding.unit == "cm"
        assert finding.source == "Hoch & McKeon 2011"
        assert ("approximate" in finding.message) is (field == "angle_deg")


def test_a_distance_and_an_angle_are_compared_after_conversion() -> None:
    result = run(knee_to_wall={"left": {"distance_cm": 12.0}, "right": {"angle_deg": 36.0}})
    (finding,) = found(result, TestId.KNEE_TO_WALL, Side.RIGHT, Status.ASYMMETRIC)
    assert finding.value == pytest.approx(2.0)


def test_one_side_alone_has_no_asymmetry() -> None:
    result = run(knee_to_wall={"left": {"distance_cm": 2}})
    assert [f.status for f in result.findings] == [LIMITED]

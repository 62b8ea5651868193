"""Metric and imperial: conversions and the way figures are written."""

from __future__ import annotations

import pytest

from limberup.domain.assessment.units import (
    UnitSystem,
    cm_to_in,
    cm_to_shin_angle,
    format_angle,
    format_distance,
    in_to_cm,
    shin_angle_to_cm,
    to_display_distance,
)

METRIC, IMPERIAL = UnitSystem.METRIC, UnitSystem.IMPERIAL


@pytest.mark.parametrize(("inches", "cm"), [(0, 0), (1, 2.54), (4, 10.16), (10 / 2.54, 10.0)])
def test_inches_and_cm_convert_both_ways(inches: float, cm: float) -> None:
    assert in_to_cm(inches) == pytest.approx(cm)
    assert cm_to_in(cm) == pytest.approx(inches)
    assert in_to_cm(10 / 2.54) == 10.0  # a boundary typed in inches lands on it


@pytest.mark.parametrize(("deg", "cm"), [(0, 0), (3.6, 1), (36, 10), (43.2, 12)])
def test_shin_angle_converts_at_3_6_degrees_per_cm(deg: float, cm: float) -> None:
    assert shin_angle_to_cm(deg) == pytest.approx(cm)
    assert cm_to_shin_angle(cm) == pytest.approx(deg)
    assert cm_to_shin_angle(10) == 36.0


@pytest.mark.parametrize(
    ("cm", "units", "text", "figure"),
    [
        (10, METRIC, "10 cm", 10),
        (10.16, METRIC, "10.2 cm", 10.16),
        (1.5, IMPERIAL, "0.6 in", 0.59),
        (10, IMPERIAL, "3.9 in", 3.94),
        (25.4, IMPERIAL, "10 in", 10),
    ],
)
def test_distances_are_written_in_the_runners_units(
    cm: float, units: UnitSystem, text: str, figure: float
) -> None:
    assert format_distance(cm, units) == text
    assert to_display_distance(cm, units) == figure


@pytest.mark.parametrize(("deg", "text"), [(80, "80°"), (11.666, "11.7°"), (0, "0°")])
def test_angles_are_the_same_in_both_systems(deg: float, text: str) -> None:
    assert format_angle(deg) == text

"""Retest: each side's change against the smallest real change, or across the norm."""

from __future__ import annotations

from typing import Any

import pytest

from limberup.domain.assessment import Outcome, RetestChange, UnitSystem, compare
from limberup.domain.vocabulary import Side, TestId
from tests.unit.assessment.helpers import SIDES, assessment

IMPROVED, SAME, WORSE = Outcome.IMPROVED, Outcome.NO_REAL_CHANGE, Outcome.WORSE


def change_of(
    test: str, side: Side, before: dict[str, Any], after: dict[str, Any], **extra: Any
) -> RetestChange:
    changes = compare(
        assessment(**{test: {side.value: before}}, **extra.get("previous", {})),
        assessment(**{test: {side.value: after}}, **extra.get("current", {})),
        units=extra.get("units", UnitSystem.METRIC),
    )
    (change,) = changes
    assert (change.test, change.side) == (TestId(test), side)
    return change


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize(
    ("field", "values", "outcome", "step"),
    [
        ("distance_cm", (8.0, 9.8), SAME, 1.9),
        ("distance_cm", (8.0, 9.9), IMPROVED, 1.9),
        ("distance_cm", (8.0, 10.0), IMPROVED, 1.9),
        ("distance_cm", (10.0, 8.2), SAME, 1.9),
        ("distance_cm", (10.0, 8.1), WORSE, 1.9),
        ("distance_cm", (10.0, 8.0), WORSE, 1.9),
        ("distance_in", (4.0, 4.74), SAME, 1.9),  # 1.88 cm
        ("distance_in", (4.0, 4.75), IMPROVED, 1.9),  # 1.905 cm
        ("angle_deg", (30.0, 34.6), SAME, 4.7),
        ("angle_deg", (30.0, 34.7), IMPROVED, 4.7),
        ("angle_deg", (30.0, 34.8), IMPROVED, 4.7),
        ("angle_deg", (40.0, 35.4), SAME, 4.7),
        ("angle_deg", (40.0, 35.3), WORSE, 4.7),
    ],
)
def test_knee_to_wall_counts_a_change_from_its_smallest_real_change(
    side: Side, field: str, values: tuple[float, float], outcome: Outcome, step: float
) -> None:
    before, after = values
    change = change_of("knee_to_wall", side, {field: before}, {field: after})
    assert change.outcome is outcome
    assert change.smallest_real_change == step
    assert change.unit == ("deg" if field == "angle_deg" else "cm")
    assert change.change is not None
    assert "measurement error" in change.basis


@pytest.mark.parametrize(
    ("before", "after", "outcome"),
    [
        ({"distance_cm": 8.0}, {"angle_deg": 35.6}, SAME),  # 9.89 cm: +1.89
        ({"distance_cm": 8.0}, {"angle_deg": 36.0}, IMPROVED),  # 10 cm: +2.0
        ({"angle_deg": 36.0}, {"distance_cm": 8.0}, WORSE),
    ],
)
def test_a_distance_and_an_angle_are_compared_in_cm(
    before: dict[str, float], after: dict[str, float], outcome: Outcome
) -> None:
    change = change_of("knee_to_wall", Side.LEFT, before, after)
    assert (change.outcome, change.unit, change.smallest_real_change) == (outcome, "cm", 1.9)
    assert "approximate" in change.basis


def test_imperial_shows_the_change_in_inches() -> None:
    change = change_of(
        "knee_to_wall",
        Side.RIGHT,
        {"distance_cm": 8},
        {"distance_cm": 10.54},
        units=UnitSystem.IMPERIAL,
    )
    assert (change.previous, change.current, change.change, change.unit) == (3.15, 4.15, 1.0, "in")
    assert change.smallest_real_change == 0.75
    assert change.outcome is IMPROVED


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize(
    ("test", "before", "after", "outcome"),
    [
        ("slr", {"fms_score": 2}, {"fms_score": 3}, IMPROVED),
        ("slr", {"fms_score": 2}, {"fms_score": 2}, SAME),
        ("slr", {"fms_score": 3}, {"fms_score": 1}, WORSE),
        ("slr", {"door_jamb_passed": False}, {"door_jamb_passed": True}, IMPROVED),
        ("slr", {"door_jamb_passed": True}, {"door_jamb_passed": False}, WORSE),
        ("slr", {"door_jamb_passed": True}, {"door_jamb_passed": True}, SAME),
        (
            "standing_hip",
            {"flexion": True, "abduction": False, "extension": False},
            {"flexion": True, "abduction": True, "extension": False},
            IMPROVED,
        ),
        (
            "standing_hip",
            {"flexion": True, "abduction": True, "extension": True},
            {"flexion": True, "abduction": True, "extension": False},
            WORSE,
        ),
        (
            "standing_hip",
            {"flexion": True, "abduction": False, "extension": True},
            {"flexion": False, "abduction": True, "extension": True},
            SAME,
        ),
        ("tibial_rotation", {"feel": "stiff"}, {"feel": "free"}, IMPROVED),
        ("tibial_rotation", {"feel": "free"}, {"feel": "stiff"}, WORSE),
        ("tibial_rotation", {"feel": "stiff"}, {"feel": "stiff"}, SAME),
    ],
)
def test_scores_standards_and_feels_count_each_step(
    side: Side, test: str, before: dict[str, Any], after: dict[str, Any], outcome: Outcome
) -> None:
    change = change_of(test, side, before, after)
    assert change.outcome is outcome
    assert "landmark" in change.basis


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize(
    ("before", "after", "outcome"),
    [
        (60, 76, IMPROVED),  # short of the 80-degree norm, yet more than measurement error
        (60, 67, IMPROVED),
        (60, 66.9, SAME),
        (79.9, 80, SAME),  # crossing the norm by a tenth is measurement error
        (85, 120, IMPROVED),
        (80, 73, WORSE),
        (80, 73.1, SAME),
    ],
)
def test_a_raise_angle_counts_by_its_smallest_real_change_of_7_degrees(
    side: Side, before: float, after: float, outcome: Outcome
) -> None:
    change = change_of("slr", side, {"angle_deg": before}, {"angle_deg": after})
    assert change.outcome is outcome
    assert change.smallest_real_change == 7
    assert change.change == round(after - before, 2)


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize(
    ("test", "before", "after", "outcome"),
    [
        ("slr", {"angle_deg": 70}, {"door_jamb_passed": True}, IMPROVED),
        (
            "tibial_rotation",
            {"internal_deg": 10, "external_deg": 20},
            {"internal_deg": 12, "external_deg": 24},
            IMPROVED,
        ),
        (
            "tibial_rotation",
            {"internal_deg": 15, "external_deg": 30},
            {"internal_deg": 15, "external_deg": 35},
            SAME,
        ),
    ],
)
def test_angles_without_a_published_real_change_count_when_they_cross_the_norm(
    side: Side, test: str, before: dict[str, Any], after: dict[str, Any], outcome: Outcome
) -> None:
    change = change_of(test, side, before, after)
    assert change.outcome is outcome
    assert change.change is None
    assert "only crossing the norm counts" in change.basis


@pytest.mark.parametrize(
    ("before", "after", "extra", "outcome"),
    [
        ({"fms_score": 2}, {"fms_score": 0}, {}, WORSE),
        ({"fms_score": 0}, {"fms_score": 1}, {}, IMPROVED),
        ({"fms_score": 0}, {"fms_score": 0}, {}, SAME),
        (
            {"angle_deg": 85},
            {"angle_deg": 90},
            {"current": {"pain": {"during_tests": ["slr"]}}},
            WORSE,
        ),
        (
            {"angle_deg": 60},
            {"angle_deg": 60},
            {"previous": {"pain": {"during_tests": ["slr"]}}},
            IMPROVED,
        ),
    ],
)
def test_pain_outranks_range(
    before: dict[str, Any], after: dict[str, Any], extra: dict[str, Any], outcome: Outcome
) -> None:
    change = change_of("slr", Side.LEFT, before, after, **extra)
    assert change.outcome is outcome
    assert "pain" in change.basis


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize(
    ("before", "after", "outcome"),
    [
        (49.9, 50, SAME),  # crossing the cutoff by 0.1° is measurement error
        (50, 49.9, SAME),
        (30, 35.5, SAME),
        (30, 35.6, IMPROVED),  # Johnson et al. 2012: 5.6° between days, short of passing
        (40, 34.4, WORSE),
    ],
)
def test_thoracic_rotation_counts_johnsons_smallest_real_change(
    side: Side, before: float, after: float, outcome: Outcome
) -> None:
    change = change_of("thoracic_rotation", side, {"angle_deg": before}, {"angle_deg": after})
    assert change.outcome is outcome
    assert change.smallest_real_change == 5.6
    assert change.change == pytest.approx(after - before)


def test_only_sides_recorded_both_times_are_compared() -> None:
    previous = assessment(
        thoracic_rotation={"left": {"angle_deg": 40}}, slr={"left": {"fms_score": 2}}
    )
    current = assessment(thoracic_rotation={"left": {"angle_deg": 55}, "right": {"angle_deg": 55}})
    (change,) = compare(previous, current)
    assert (change.test, change.side, change.outcome) == (
        TestId.THORACIC_ROTATION,
        Side.LEFT,
        IMPROVED,
    )

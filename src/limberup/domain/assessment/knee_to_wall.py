"""The knee-to-wall test of ankle bend: a toe-to-wall distance, or the shin's lean in degrees.

Both forms are judged against one cutoff, 10 cm (see ``norms.KNEE_TO_WALL_RISK_CUTOFF_CM``); a
shin angle is converted at about 3.6° per cm, and every message about it says so. The 10 cm is
a risk cutoff from jumping athletes, not what is typical (healthy adults reach about 12 cm), so
every norm and message names it a risk cutoff and quotes the typical figure beside it.
"""

from __future__ import annotations

from limberup.domain.assessment.inputs import KneeToWallSide
from limberup.domain.assessment.norms import (
    KNEE_TO_WALL_ASYMMETRY_CM,
    KNEE_TO_WALL_MEAN_CM,
    KNEE_TO_WALL_REAL_CHANGE_CM,
    KNEE_TO_WALL_REAL_CHANGE_DEG,
    KNEE_TO_WALL_RISK_CUTOFF_CM,
)
from limberup.domain.assessment.reading import Reading, Scale
from limberup.domain.assessment.results import Finding, make_finding
from limberup.domain.assessment.units import (
    UnitSystem,
    cm_to_shin_angle,
    distance_unit,
    format_angle,
    format_distance,
    in_to_cm,
    shin_angle_to_cm,
    to_display_distance,
)
from limberup.domain.vocabulary import Side, Status, TestId

_WHY = (
    "A stiff ankle makes the foot, knee and hip make up for it on every stride; the ankle "
    "drills work on it."
)
_APPROXIMATE = "converted at about 3.6° per cm, so approximate"
_RISK = "risk cutoff (jumping athletes below it had more patellar tendon trouble)."
_SOURCE = f"{KNEE_TO_WALL_RISK_CUTOFF_CM.source}; typical: {KNEE_TO_WALL_MEAN_CM.source}"


def distance_cm(data: KneeToWallSide) -> float:
    """The side's toe-to-wall distance in cm; estimated when it was recorded as an angle."""
    if data.distance_cm is not None:
        return data.distance_cm
    if data.distance_in is not None:
        return in_to_cm(data.distance_in)
    assert data.angle_deg is not None  # the input model guarantees one form
    return shin_angle_to_cm(data.angle_deg)


def read_knee_to_wall(
    data: KneeToWallSide, side: Side, *, units: UnitSystem = UnitSystem.METRIC
) -> Reading:
    """Judge one ankle's knee-to-wall test.

    Args:
        data: the side as recorded: cm, inches or the shin's lean.
        side: which ankle.
        units: how to show distances; an angle stays an angle.

    Returns:
        A reading valued in the runner's distance unit, or in degrees for a shin angle.
    """
    cm = distance_cm(data)
    cutoff, typical = KNEE_TO_WALL_RISK_CUTOFF_CM.value, KNEE_TO_WALL_MEAN_CM.value
    limited = cm < cutoff
    status = Status.LIMITED if limited else Status.NORMAL
    where = "under" if limited else "clear of"
    if data.angle_deg is not None:
        angle = data.angle_deg
        cutoff_deg, typical_deg = cm_to_shin_angle(cutoff), cm_to_shin_angle(typical)
        norm = (
            f"{format_angle(cutoff_deg)} or more ({format_distance(cutoff, units)}; risk "
            f"cutoff; typical about {format_angle(typical_deg)}; {_APPROXIMATE})"
        )
        message = (
            f"Your {side.value} shin leaned {format_angle(angle)}, {where} the "
            f"{format_angle(cutoff_deg)} {_RISK} Typical for healthy adults is about "
            f"{format_angle(typical_deg)} ({_APPROXIMATE})."
        )
        value: float = angle
        unit = "deg"
        scale = Scale("deg", angle, KNEE_TO_WALL_REAL_CHANGE_DEG.value, cutoff_deg)
    else:
        norm = (
            f"{format_distance(cutoff, units)} or more (risk cutoff; typical about "
            f"{format_distance(typical, units)})"
        )
        message = (
            f"Your {side.value} toes reached {format_distance(cm, units)} from the wall, "
            f"{where} the {format_distance(cutoff, units)} {_RISK} Typical for healthy adults "
            f"is about {format_distance(typical, units)}."
        )
        value = to_display_distance(cm, units)
        unit = distance_unit(units)
        scale = Scale("cm", cm, KNEE_TO_WALL_REAL_CHANGE_CM.value, cutoff)
    return Reading(
        test=TestId.KNEE_TO_WALL,
        side=side,
        status=status,
        value=value,
        unit=unit,
        norm=norm,
        source=_SOURCE,
        message=f"{message} {_WHY}" if limited else message,
        scale=scale,
    )


def knee_to_wall_asymmetry(
    left: KneeToWallSide, right: KneeToWallSide, *, units: UnitSystem = UnitSystem.METRIC
) -> Finding | None:
    """A finding on the shorter side when the two differ by more than 1.5 cm, else None.

    Args:
        left: the left ankle as recorded.
        right: the right ankle as recorded.
        units: how to show the difference.
    """
    left_cm, right_cm = distance_cm(left), distance_cm(right)
    # Rounded so that 10.6 - 9.1 is the 1.5 a runner typed, not 1.4999999.
    difference = round(abs(left_cm - right_cm), 2)
    limit = KNEE_TO_WALL_ASYMMETRY_CM.value
    if difference <= limit:
        return None
    shorter = Side.LEFT if left_cm < right_cm else Side.RIGHT
    estimated = left.angle_deg is not None or right.angle_deg is not None
    note = f" ({_APPROXIMATE})" if estimated else ""
    return make_finding(
        TestId.KNEE_TO_WALL,
        shorter,
        Status.ASYMMETRIC,
        value=to_display_distance(difference, units),
        unit=distance_unit(units),
        norm=f"a left-right difference of {format_distance(limit, units)} or less",
        source=KNEE_TO_WALL_ASYMMETRY_CM.source,
        message=(
            f"Your {shorter.value} ankle reached {format_distance(difference, units)} less than "
            f"the other{note}, more than the {format_distance(limit, units)} most people stay "
            "within. Aim for both ankles to bend alike; give the stiffer one extra work."
        ),
    )

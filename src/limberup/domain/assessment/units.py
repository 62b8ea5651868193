"""Metric and imperial: converting distances and writing figures the way a runner reads them.

Angles read the same in both systems; only distances change. Conversions round to a millionth
of a unit so that a figure typed at a boundary (10 cm, 3.937 in) lands where it should rather
than a rounding error away from it.
"""

from __future__ import annotations

from enum import StrEnum

from limberup.domain.assessment.norms import KNEE_TO_WALL_DEG_PER_CM

CM_PER_INCH = 2.54
"""Exact by definition."""
_PRECISION = 6


class UnitSystem(StrEnum):
    """How a runner types and reads distances."""

    METRIC = "metric"
    IMPERIAL = "imperial"


def in_to_cm(inches: float) -> float:
    """Convert inches to centimetres.

    Example:
        >>> in_to_cm(4)
        10.16
    """
    return round(inches * CM_PER_INCH, _PRECISION)


def cm_to_in(cm: float) -> float:
    """Convert centimetres to inches."""
    return round(cm / CM_PER_INCH, _PRECISION)


def shin_angle_to_cm(angle_deg: float) -> float:
    """Approximate toe-to-wall distance for a shin lean, at about 3.6° per cm (Bennell 1998).

    The ratio is an average over many people, so the result is an estimate, not a measurement.
    """
    return round(angle_deg / KNEE_TO_WALL_DEG_PER_CM.value, _PRECISION)


def cm_to_shin_angle(cm: float) -> float:
    """Approximate shin lean for a toe-to-wall distance, at about 3.6° per cm."""
    return round(cm * KNEE_TO_WALL_DEG_PER_CM.value, _PRECISION)


def distance_unit(units: UnitSystem) -> str:
    """The unit a distance is shown in: ``cm`` or ``in``."""
    return "in" if units is UnitSystem.IMPERIAL else "cm"


def to_display_distance(cm: float, units: UnitSystem) -> float:
    """A distance in centimetres as a figure in ``units``, to two decimals."""
    shown = cm_to_in(cm) if units is UnitSystem.IMPERIAL else cm
    return round(shown, 2)


def format_distance(cm: float, units: UnitSystem) -> str:
    """A distance as text, such as ``"10 cm"`` or ``"3.9 in"``.

    Args:
        cm: the distance in centimetres.
        units: the runner's unit system.

    Returns:
        The figure to one decimal at most, and its unit.
    """
    shown = cm_to_in(cm) if units is UnitSystem.IMPERIAL else cm
    return f"{round(shown, 1):g} {distance_unit(units)}"


def format_angle(deg: float) -> str:
    """An angle as text to one decimal at most, such as ``"36°"`` or ``"11.7°"``."""
    return f"{round(deg, 1):g}°"

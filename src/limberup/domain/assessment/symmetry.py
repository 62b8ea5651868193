"""Left against right: a published gap in degrees, the FMS score rule, or one side short.

- The straight-leg raise measured as two angles has a published healthy gap (Boyd & Villa
  2012): a difference beyond it is an asymmetry whether or not either leg passes.
- The FMS records an asymmetry whenever the two sides of a test score differently (Cook et al.).
- Otherwise one side meeting the norm and the other not is an asymmetry, provided that, where
  both sides are measured in the same unit with a smallest real change, the gap is at least
  that change: a 49°/51° split is measurement error, not a difference between the sides.

The knee-to-wall test has its own threshold in centimetres (``knee_to_wall.py``) and the standing
hip compares standard by standard (``standing_hip.py``).
"""

from __future__ import annotations

from limberup.domain.assessment.norms import FMS, Norm
from limberup.domain.assessment.reading import Reading
from limberup.domain.assessment.results import Finding, make_finding
from limberup.domain.assessment.units import format_angle
from limberup.domain.vocabulary import Status

_EXTRA_WORK = "Give this side extra work until both match."


def _angles(left: Reading, right: Reading) -> tuple[float, float] | None:
    if left.scale and right.scale and left.scale.kind == right.scale.kind == "deg":
        return left.scale.measure, right.scale.measure
    return None


def angle_gap_asymmetry(
    left: Reading, right: Reading, limit: Norm, *, part: str = "side"
) -> Finding | None:
    """An asymmetry on the lower side when two angles differ by more than ``limit``, else None.

    Args:
        left: the left side's reading, measured as an angle.
        right: the right side's reading of the same test.
        limit: the published healthy left-right gap in degrees.
        part: what a side is called in the message (``leg`` for the straight-leg raise).
    """
    angles = _angles(left, right)
    if angles is None or Status.PAINFUL in (left.status, right.status):
        return None
    gap = round(abs(angles[0] - angles[1]), 1)
    if gap <= limit.value:
        return None
    lower = left if angles[0] < angles[1] else right
    return make_finding(
        lower.test,
        lower.side,
        Status.ASYMMETRIC,
        value=gap,
        unit="deg",
        norm=f"a left-right gap of {format_angle(limit.value)} or less ({limit.kind})",
        source=limit.source,
        message=(
            f"Your {lower.side.value} {part} reached {format_angle(gap)} less than the other, "
            f"more than the {format_angle(limit.value)} gap healthy people stay within. "
            + _EXTRA_WORK
        ),
    )


def fms_asymmetry(left: Reading, right: Reading) -> Finding | None:
    """An asymmetry on the lower side when both sides have different FMS scores, else None.

    A painful side (score 0) is left to its pain finding: it is not trained, so not balanced.
    """
    if left.fms is None or right.fms is None or left.fms == right.fms:
        return None
    if Status.PAINFUL in (left.status, right.status):
        return None
    lower = left if left.fms < right.fms else right
    return make_finding(
        lower.test,
        lower.side,
        Status.ASYMMETRIC,
        value=abs(left.fms - right.fms),
        unit="score",
        norm="the same score on both sides",
        source=FMS,
        message=f"Your {lower.side.value} side scored lower than the other. {_EXTRA_WORK}",
    )


def status_asymmetry(left: Reading, right: Reading) -> Finding | None:
    """An asymmetry on the limited side when only one side meets its norm, else None.

    Args:
        left: the left side's reading.
        right: the right side's reading of the same test.

    Returns:
        The finding, valued as the difference when both sides were measured alike; None also
        when that difference is under the test's smallest real change.
    """
    if {left.status, right.status} != {Status.NORMAL, Status.LIMITED}:
        return None
    limited, other = (left, right) if left.status is Status.LIMITED else (right, left)
    value: float | None = None
    unit = None
    angles = _angles(limited, other)
    if angles is not None:
        value = round(abs(angles[1] - angles[0]), 1)
        unit = "deg"
        real_change = limited.scale.smallest_real_change if limited.scale else None
        if real_change is not None and value < real_change:
            return None
    return make_finding(
        limited.test,
        limited.side,
        Status.ASYMMETRIC,
        value=value,
        unit=unit,
        norm="both sides meet the norm, or both fall short",
        source=f"{limited.source}; asymmetry rule after the FMS",
        message=(
            f"Your {limited.side.value} side falls short of the norm while the other meets it. "
            + _EXTRA_WORK
        ),
    )

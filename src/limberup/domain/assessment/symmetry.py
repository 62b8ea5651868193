"""Left against right, for tests without a published left-right threshold in units.

The FMS records an asymmetry whenever the two sides of a test score differently (Cook et al.).
We apply the same rule to pass/fail norms: one side meets the norm and the other does not. The
knee-to-wall test has its own threshold in centimetres (``knee_to_wall.py``) and the standing
hip compares standard by standard (``standing_hip.py``).
"""

from __future__ import annotations

from limberup.domain.assessment.norms import FMS
from limberup.domain.assessment.reading import Reading
from limberup.domain.assessment.results import Finding, make_finding
from limberup.domain.vocabulary import Status

_EXTRA_WORK = "Give this side extra work until both match."


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
        The finding, valued as the difference when both sides were measured alike.
    """
    if {left.status, right.status} != {Status.NORMAL, Status.LIMITED}:
        return None
    limited, other = (left, right) if left.status is Status.LIMITED else (right, left)
    value: float | None = None
    unit = None
    if limited.scale and other.scale and limited.scale.kind == other.scale.kind == "deg":
        value = round(abs(other.scale.measure - limited.scale.measure), 1)
        unit = "deg"
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

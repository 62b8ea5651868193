"""Standing hip range of motion: seed 002's three standards, each met or not, per hip."""

from __future__ import annotations

from limberup.domain.assessment.inputs import StandingHipSide
from limberup.domain.assessment.norms import STANDING_HIP_STANDARDS
from limberup.domain.assessment.reading import Reading, Scale
from limberup.domain.assessment.results import Finding, make_finding
from limberup.domain.vocabulary import Side, Status, TestId

STANDARDS: dict[str, str] = {
    "flexion": "thigh to chest",
    "abduction": "leg raised sideways to hip height",
    "extension": "leg behind at hip height",
}
"""Each standard's input field and how a runner knows it."""

_NORM = "all 3: " + "; ".join(STANDARDS.values())


def _missed(data: StandingHipSide) -> list[str]:
    return [name for name in STANDARDS if not getattr(data, name)]


def read_standing_hip(data: StandingHipSide, side: Side) -> Reading:
    """Judge one hip against the three standing standards.

    Args:
        data: which standards the hip met.
        side: which hip.

    Returns:
        A reading valued as the number of standards met, limited if any was missed.
    """
    missed = _missed(data)
    met = len(STANDARDS) - len(missed)
    if missed:
        names = ", ".join(STANDARDS[name] for name in missed)
        message = (
            f"Your {side.value} hip met {met} of {len(STANDARDS)} standards; not yet: {names}. "
            "These standards ask a lot, so this is common; the hip drills work toward them."
        )
    else:
        message = f"Your {side.value} hip met all {len(STANDARDS)} standards."
    return Reading(
        test=TestId.STANDING_HIP,
        side=side,
        status=Status.LIMITED if missed else Status.NORMAL,
        value=met,
        unit="standards",
        norm=_NORM,
        source=STANDING_HIP_STANDARDS.source,
        message=message,
        scale=Scale("standards", met, 1),
    )


def standing_hip_asymmetry(left: StandingHipSide, right: StandingHipSide) -> list[Finding]:
    """A finding for each hip that misses a standard the other hip meets.

    Args:
        left: the left hip's standards.
        right: the right hip's standards.
    """
    findings = []
    for side, this, other in ((Side.LEFT, left, right), (Side.RIGHT, right, left)):
        only_other = [name for name in _missed(this) if name not in _missed(other)]
        if not only_other:
            continue
        names = ", ".join(STANDARDS[name] for name in only_other)
        findings.append(
            make_finding(
                TestId.STANDING_HIP,
                side,
                Status.ASYMMETRIC,
                value=len(only_other),
                unit="standards",
                norm="the same standards met on both sides",
                source=STANDING_HIP_STANDARDS.source,
                message=(
                    f"Your {side.value} hip misses what the other one does: {names}. "
                    "Give this side extra work until both match."
                ),
            )
        )
    return findings

"""Where a runner starts in a drill's dose ranges: by severity, age, weeks practised and side.

The article gives each drill a range; a coach starts a runner inside it by how far short the
test fell, moves them up as the weeks of practice add up, lets older runners hold static
stretches longer (ACSM, METHOD.md: holds of 30-60 s for older adults, 10-30 s otherwise; an
active drill's end-range pause is not a stretch and keeps its own range) and gives the one
limited side more work than the other. Every figure below is LimberUp's own, with its reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from limberup.domain.dosing import BOTTOM, Fit
from limberup.domain.vocabulary import Side


class Severity(StrEnum):
    """How far short of its norm a finding fell, counted in the test's smallest real change."""

    MILD = "mild"
    """Short by less than one smallest real change: inside measurement error of passing."""
    MODERATE = "moderate"
    MARKED = "marked"
    """Short by two smallest real changes or more (SLR 61.6° or under for its 75.6° pass mark)."""


MARKED_FROM_STEPS = 2.0
"""Ours: two smallest real changes short is more than a retest or two can close."""
START_AT: dict[Severity, float] = {
    Severity.MILD: 0.0,
    Severity.MODERATE: 0.25,
    Severity.MARKED: 0.5,
}
"""Ours: how far up each range a runner starts; halfway at most, so there is room to grow."""
STEP_PER_WEEK = 0.25
"""Ours: each week practised moves the start a quarter of the range up, so a runner reaches
the top in four weeks at most, as seed 001 expects change within a couple of weeks."""
OLDER_FROM_AGE = 60
"""Ours: ACSM's longer holds are for older adults (65 and over); stiffness builds through
the sixties, so we start them at 60 (a 62-year-old holds the ankle band 30 s, not 5)."""
OLDER_HOLD_S = 30.0
"""ACSM (Garber 2011): older adults hold 30-60 s; the bottom of that, within the range."""


def severity_of(shortfall: float | None) -> Severity | None:
    """A finding's severity from its shortfall in smallest real changes (None: not counted)."""
    if shortfall is None:
        return None
    if shortfall >= MARKED_FROM_STEPS:
        return Severity.MARKED
    return Severity.MODERATE if shortfall >= 1 else Severity.MILD


def fit_for(
    served: Iterable[tuple[Side | None, Severity | None]],
    *,
    age: int | None,
    weeks_practised: int = 0,
    from_bottom: bool = False,
) -> Fit:
    """The fit of one drill for one runner.

    Args:
        served: the side and severity of each finding the drill serves.
        age: the runner's age, if given.
        weeks_practised: weeks in a row the drill was done (each moves the start up).
        from_bottom: a step back or maintenance: start at the bottom whatever else.
    """
    found = list(served)
    older = age is not None and age >= OLDER_FROM_AGE
    if not found and not older:
        return BOTTOM
    worst = max((START_AT[s] for _, s in found if s is not None), default=0.0)
    start = 0.0 if from_bottom else min(1.0, worst + STEP_PER_WEEK * weeks_practised)
    sides = {side for side, _ in found if side is not None}
    return Fit(
        start=start,
        hold_from_s=OLDER_HOLD_S if older else 0.0,
        limited_side=next(iter(sides)) if len(sides) == 1 else None,
    )

"""Retest: has each side changed since the last assessment by more than measurement error?

A change counts only when it reaches the test's smallest real change (knee-to-wall: 1.9 cm or
4.7°, Powden et al. 2015; a straight-leg-raise angle: 7°, Neto et al. 2015; thoracic rotation:
5.6°, Johnson et al. 2012), short of passing or not. Scores, standards and feels move in
steps that are each a landmark, so one step counts. Angles without a published smallest real
change (knee rotation) count only when the side crosses its norm. Pain outranks everything:
a side that starts to hurt is worse.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from limberup.domain.assessment.evaluate import read_all
from limberup.domain.assessment.inputs import Assessment
from limberup.domain.assessment.norms import KNEE_TO_WALL_REAL_CHANGE_CM
from limberup.domain.assessment.reading import Reading, Scale
from limberup.domain.assessment.results import Value
from limberup.domain.assessment.units import (
    UnitSystem,
    distance_unit,
    shin_angle_to_cm,
    to_display_distance,
)
from limberup.domain.vocabulary import Side, Status, TestId


class Outcome(StrEnum):
    """How one side changed between two assessments."""

    IMPROVED = "improved"
    NO_REAL_CHANGE = "no_real_change"
    WORSE = "worse"


class RetestChange(BaseModel):
    """The change of one side of one test between two assessments."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    test: TestId
    side: Side
    previous: Value
    current: Value
    unit: str | None
    change: float | None
    """Current minus previous in the compared unit; null when only the status was compared."""
    smallest_real_change: float | None
    outcome: Outcome
    basis: str
    """Why the outcome is what it is, in plain words."""


_STEPPED = frozenset({"score", "standards", "feel", "doorway"})
"""Scales that move in landmark steps rather than measured amounts."""
_STATUS_RANK = {Status.PAINFUL: 0, Status.LIMITED: 1, Status.NORMAL: 2}


def _hurt(reading: Reading, assessment: Assessment) -> bool:
    during = assessment.pain.during_tests if assessment.pain else []
    return reading.status is Status.PAINFUL or reading.test.value in during


def _by_step(delta: float, step: float) -> Outcome:
    if delta >= step:
        return Outcome.IMPROVED
    if delta <= -step:
        return Outcome.WORSE
    return Outcome.NO_REAL_CHANGE


def _common(test: TestId, before: Scale, after: Scale) -> tuple[Scale, Scale] | None:
    if before.kind == after.kind:
        return before, after
    if test is TestId.KNEE_TO_WALL:  # one distance, one shin angle: compare in cm
        src = KNEE_TO_WALL_REAL_CHANGE_CM.value

        def cm(scale: Scale) -> Scale:
            measure = shin_angle_to_cm(scale.measure) if scale.kind == "deg" else scale.measure
            return Scale("cm", measure, src)

        return cm(before), cm(after)
    return None


def _measured(before: Reading, after: Reading, units: UnitSystem) -> RetestChange | None:
    """The change by number, where both readings share a scale with a smallest real change."""
    if before.scale is None or after.scale is None:
        return None
    scales = _common(before.test, before.scale, after.scale)
    if scales is None:
        return None
    old, new = scales
    step = new.smallest_real_change
    if step is None:
        return None
    converted = before.scale.kind != after.scale.kind
    delta = round(new.measure - old.measure, 6)
    previous: Value
    current: Value
    if new.kind == "cm":  # shown in the runner's units, judged in cm
        shown = (to_display_distance(x, units) for x in (old.measure, new.measure, delta, step))
        previous, current, change, shown_step = shown
        unit: str | None = distance_unit(units)
    else:
        previous, current, change, shown_step = before.value, after.value, delta, step
        unit = after.unit if new.kind in _STEPPED else after.unit or new.kind
    return RetestChange(
        test=after.test,
        side=after.side,
        previous=previous,
        current=current,
        unit=unit,
        change=round(change, 2),
        smallest_real_change=shown_step,
        outcome=_by_step(delta, step),
        basis=(
            "each step of a score, a standard or a feel is a landmark, so one step counts"
            if new.kind in _STEPPED
            else f"a change of {shown_step:g} {unit} or more is more than measurement error"
            + (
                " (a shin angle converted at about 3.6° per cm, so approximate)"
                if converted
                else ""
            )
        ),
    )


def _change(
    before: Reading, after: Reading, previous: Assessment, current: Assessment, units: UnitSystem
) -> RetestChange:
    hurt_before, hurt_now = _hurt(before, previous), _hurt(after, current)
    if hurt_before or hurt_now:
        outcome = _by_step(int(hurt_before) - int(hurt_now), 1)
        basis = "pain outranks range: a side that starts to hurt is worse, one that stops, better"
    else:
        measured = _measured(before, after, units)
        if measured is not None:
            return measured
        outcome = _by_step(_STATUS_RANK[after.status] - _STATUS_RANK[before.status], 1)
        basis = (
            "no published smallest real change, so only crossing the norm counts "
            f"({before.status.value} before, {after.status.value} now)"
        )
    return RetestChange(
        test=after.test,
        side=after.side,
        previous=before.value,
        current=after.value,
        unit=after.unit if after.unit == before.unit else None,
        change=None,
        smallest_real_change=None,
        outcome=outcome,
        basis=basis,
    )


def compare(
    previous: Assessment, current: Assessment, *, units: UnitSystem = UnitSystem.METRIC
) -> tuple[RetestChange, ...]:
    """Compare each side of each test recorded in both assessments.

    Args:
        previous: the earlier assessment.
        current: the later one.
        units: how distances are shown.

    Returns:
        One change per test and side present in both, in test order, left first.
    """
    before, after = read_all(previous, units=units), read_all(current, units=units)
    changes = []
    for test, sides in after.items():
        for side, reading in sides.items():
            earlier = before.get(test, {}).get(side)
            if earlier is not None:
                changes.append(_change(earlier, reading, previous, current, units))
    return tuple(changes)

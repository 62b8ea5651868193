"""Turn an exercise's dose ranges into the concrete numbers of one prescription.

A dose in the catalogue is a set of ranges as the article gives them. The planner prescribes
either the bottom of every range (``LOW``) or the top (``HIGH``), so every prescribed number
lies inside the article's range. A figure the article leaves out comes from the exercise's
``ours`` entries, or else from :data:`DEFAULTS` below; both are LimberUp's own, never the
article's.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from limberup.domain.catalog import Dose, Exercise, Range
from limberup.domain.vocabulary import Laterality, Modality


class DoseLevel(StrEnum):
    LOW = "low"
    """The bottom of every range: maintenance, a tight time budget, or a step back."""
    HIGH = "high"
    """The top of every range."""


@dataclass(frozen=True, slots=True)
class Part:
    """One block of work inside an item: the drill itself or one of its variants."""

    variant_id: str | None
    name: str
    sets: int
    reps: int
    reps_unit: str
    hold_s: float
    hold_breaths: int
    rest_s: float = 0.0
    """Rest after each rep's hold, where the article gives one (seed 000's knee press)."""


@dataclass(frozen=True, slots=True)
class OurDefault:
    value: float
    reason: str


DEFAULTS: dict[str, OurDefault] = {
    "sets": OurDefault(1, "one set unless the article asks for more"),
    "reps": OurDefault(8, "a middle figure of the 5-10 reps the articles use for mobility drills"),
}
"""LimberUp's fallbacks where neither the article nor the exercise's ``ours`` gives a figure."""


def prescribe(exercise: Exercise, level: DoseLevel) -> tuple[Part, ...]:
    """The concrete parts of ``exercise`` at ``level``: its variants in order, or itself.

    Example:
        >>> parts = prescribe(catalogue.get("leg_lowering_1"), DoseLevel.HIGH)
        >>> parts[0].reps
        8
    """
    if not exercise.variants:
        return (_part(exercise, None, exercise.name, exercise.dose, level),)
    return tuple(
        _part(exercise, variant.id, variant.name, exercise.dose_of(variant.id), level)
        for variant in exercise.variants
    )


def sides_of(exercise: Exercise) -> int:
    """How many times each set is done: twice for one side then the other, else once."""
    return 2 if exercise.laterality is Laterality.EACH_SIDE else 1


def _part(
    exercise: Exercise, variant_id: str | None, name: str, dose: Dose, level: DoseLevel
) -> Part:
    ours = {entry.field: entry.value for entry in exercise.ours}
    has_hold = dose.hold_s is not None or dose.hold_breaths is not None
    sets = _pick(dose.sets, level, ours.get("dose.sets"), DEFAULTS["sets"].value)
    reps = _pick(dose.reps, level, ours.get("dose.reps"), _default_reps(exercise, has_hold))
    hold_s = _pick(dose.hold_s, level, ours.get("dose.hold_s"), 0.0)
    breaths = _pick(dose.hold_breaths, level, ours.get("dose.hold_breaths"), 0.0)
    rest_s = _pick(dose.rest_s, level, ours.get("dose.rest_s"), 0.0)
    return Part(
        variant_id=variant_id,
        name=name,
        sets=max(1, round(sets)),
        reps=max(1, round(reps)),
        reps_unit=dose.reps_unit,
        hold_s=hold_s,
        hold_breaths=round(breaths),
        rest_s=rest_s,
    )


def _default_reps(exercise: Exercise, has_hold: bool) -> float:
    # A held position with no rep count is one hold; anything else gets our middle figure.
    if has_hold or exercise.modality is Modality.STATIC_HOLD:
        return 1
    return DEFAULTS["reps"].value


def _pick(span: Range | None, level: DoseLevel, ours: float | None, default: float) -> float:
    if span is not None:
        return span.min if level is DoseLevel.LOW else span.max
    return ours if ours is not None else default

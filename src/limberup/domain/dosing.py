"""Turn an exercise's dose ranges into the concrete numbers of one prescription.

A dose in the catalogue is a set of ranges as the article gives them. The planner prescribes
either the runner's starting point in every range (``LOW``) or the top (``HIGH``), so every
prescribed number lies inside the article's range. Where ``LOW`` starts is the runner's
:class:`Fit` (see ``dose_fit``): the bottom for a mild finding, further up for a marked one,
one step further for each week practised, and the longer holds older adults need. A figure
the article leaves out comes from the exercise's ``ours`` entries, or else from
:data:`DEFAULTS` below; both are LimberUp's own, never the article's.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from limberup.domain.catalog import Dose, Exercise, Range
from limberup.domain.vocabulary import Laterality, Modality, Side


class DoseLevel(StrEnum):
    LOW = "low"
    """The runner's starting point in every range (the bottom unless their :class:`Fit`
    moves it up): maintenance, a tight time budget, or a step back."""
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
    hold_at: tuple[str, ...] = ()
    """The positions held in turn in each rep, where the article names several."""
    hold_per_set: bool = False
    """One pause per set and side rather than one per rep."""
    limited_side: Side | None = None
    """The side a finding asks extra work of; it does ``extra_reps`` more each set."""
    extra_reps: int = 0

    def reps_on(self, side: Side | None) -> int:
        """The reps of one set on ``side``: more on the limited side."""
        extra = self.extra_reps if side is not None and side is self.limited_side else 0
        return self.reps + extra


@dataclass(frozen=True, slots=True)
class Fit:
    """Where in the article's ranges a runner starts, and which side gets extra work.

    Attributes:
        start: how far up each range ``LOW`` sits, 0 (bottom) to 1 (top).
        hold_from_s: the shortest hold of a static stretch, where its range reaches it
            (older adults).
        limited_side: the one side a finding found limited, if only one.
    """

    start: float = 0.0
    hold_from_s: float = 0.0
    limited_side: Side | None = None


BOTTOM = Fit()
"""The bottom of every range, both sides alike."""
EXTRA_REPS_ON_LIMITED_SIDE = 1
"""Ours: one rep more in each set on the limited side. It is more work where the side falls
short, while a held rep costs little enough (about 30 s) that the daily corrective pair still
fits a short budget."""


@dataclass(frozen=True, slots=True)
class OurDefault:
    value: float
    reason: str


DEFAULTS: dict[str, OurDefault] = {
    "sets": OurDefault(1, "one set unless the article asks for more"),
    "reps": OurDefault(8, "a middle figure of the 5-10 reps the articles use for mobility drills"),
}
"""LimberUp's fallbacks where neither the article nor the exercise's ``ours`` gives a figure."""


def prescribe(exercise: Exercise, level: DoseLevel, fit: Fit = BOTTOM) -> tuple[Part, ...]:
    """The concrete parts of ``exercise`` at ``level`` for a runner's ``fit``.

    Example:
        >>> parts = prescribe(catalogue.get("leg_lowering_1"), DoseLevel.HIGH)
        >>> parts[0].reps
        8
    """
    if not exercise.variants:
        return (_part(exercise, exercise.dose, level, fit, variant_id=None, name=exercise.name),)
    return tuple(
        _part(
            exercise,
            exercise.dose_of(variant.id),
            level,
            fit,
            variant_id=variant.id,
            name=variant.name,
        )
        for variant in exercise.variants
    )


def sides_of(exercise: Exercise) -> int:
    """How many times each set is done: twice for one side then the other, else once."""
    return 2 if exercise.laterality is Laterality.EACH_SIDE else 1


def _part(
    exercise: Exercise, dose: Dose, level: DoseLevel, fit: Fit, *, variant_id: str | None, name: str
) -> Part:
    ours = {entry.field: entry.value for entry in exercise.ours}
    has_hold = any(
        getattr(dose, name) is not None or f"dose.{name}" in ours
        for name in ("hold_s", "hold_breaths")
    )
    at = 1.0 if level is DoseLevel.HIGH else min(1.0, max(0.0, fit.start))
    sets = _pick(dose.sets, _sets_at(at), ours.get("dose.sets"), DEFAULTS["sets"].value)
    reps = _pick(dose.reps, at, ours.get("dose.reps"), _default_reps(exercise, has_hold))
    hold_s = _pick(dose.hold_s, at, ours.get("dose.hold_s"), 0.0)
    if dose.hold_s is not None and hold_s > 0 and exercise.modality is Modality.STATIC_HOLD:
        # ACSM's longer holds are for static stretches; an active drill's end-range pause
        # stays where its own range and the runner's findings put it.
        hold_s = max(hold_s, min(dose.hold_s.max, fit.hold_from_s))
    breaths = _pick(dose.hold_breaths, at, ours.get("dose.hold_breaths"), 0.0)
    rest_s = _pick(dose.rest_s, at, ours.get("dose.rest_s"), 0.0)
    whole_reps = max(1, round(reps))
    sided = exercise.laterality is Laterality.EACH_SIDE and fit.limited_side is not None
    return Part(
        variant_id=variant_id,
        name=name,
        sets=max(1, round(sets)),
        reps=whole_reps,
        reps_unit=dose.reps_unit,
        hold_s=hold_s,
        hold_breaths=round(breaths),
        rest_s=rest_s,
        hold_at=dose.hold_at,
        hold_per_set=dose.hold_per_set,
        limited_side=fit.limited_side if sided else None,
        extra_reps=EXTRA_REPS_ON_LIMITED_SIDE if sided else 0,
    )


def _sets_at(at: float) -> float:
    """Sets move only in the top half of the way: reps and holds grow first, as a coach adds
    to a set before adding a set (a second set doubles the time)."""
    return max(0.0, 2 * at - 1)


def _default_reps(exercise: Exercise, has_hold: bool) -> float:
    # A held position with no rep count is one hold; anything else gets our middle figure.
    if has_hold or exercise.modality is Modality.STATIC_HOLD:
        return 1
    return DEFAULTS["reps"].value


def _pick(span: Range | None, at: float, ours: float | None, default: float) -> float:
    """The figure ``at`` (0 bottom, 1 top) of the article's range, else ours or the default."""
    if span is not None:
        return span.min + at * (span.max - span.min)
    return ours if ours is not None else default

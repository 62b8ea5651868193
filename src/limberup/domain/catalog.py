"""Exercises as validated values: what a drill is, its dose, and why it is in the library.

The curated library lives in data files (``limberup/catalog/exercises/*.toml``); loading them
validates each one into an :class:`Exercise`. Field names and values are the JSON scripting
contract of ``catalog export`` (see ``docs/architecture.md``), so ``model_dump(mode="json")``
is the exported shape.
"""

from __future__ import annotations

import hashlib
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from limberup.domain.vocabulary import (
    TARGETS,
    Context,
    Equipment,
    Laterality,
    Modality,
    Plane,
    Position,
    Region,
    Risk,
)

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(_[a-z0-9]+)*$", max_length=80)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Value(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Range(_Value):
    """An inclusive range as a source gives it; ``min == max`` for a single figure."""

    min: Annotated[float, Field(ge=0)]
    max: Annotated[float, Field(ge=0)]

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.min > self.max:
            raise ValueError(f"min ({self.min:g}) must not exceed max ({self.max:g})")
        return self


class Dose(_Value):
    """How much of a drill, each figure a range exactly as the source gives it, or null.

    For an ``each_side`` drill, ``reps`` count per side. ``hold_s`` and ``hold_breaths`` are
    per rep (or per position for a static hold).
    """

    sets: Range | None = None
    reps: Range | None = None
    reps_unit: Literal["reps", "steps", "feet"] = "reps"
    hold_s: Range | None = None
    hold_breaths: Range | None = None
    days_per_week: Range | None = None
    rest_s: Range | None = None
    """Rest between reps, where the article gives one."""
    inhale_s: Range | None = None
    """Breathing pace during a hold, where the article gives one (seed 001)."""
    exhale_s: Range | None = None
    hold_at: tuple[Text, ...] = ()
    """The positions held in turn in each rep where the article names several (seed 002: a
    hold at each end of the knee rotation; a few breaths in each standing hip position)."""
    hold_per_set: bool = False
    """One pause per set and side, not one per rep (seed 002's spinal rotation pauses where
    it feels stiff)."""

    @model_validator(mode="after")
    def _sane_days(self) -> Self:
        if self.days_per_week is not None and self.days_per_week.max > 7:
            raise ValueError("days_per_week cannot exceed 7")
        return self


class Source(_Value):
    """Where a drill, program or figure comes from."""

    seed: Text
    """The article's file name under ``shared/seeds``."""
    title: Text
    author: Text


class OurNumber(_Value):
    """A figure LimberUp adds where the article gives none, with the reason: never the article's."""

    field: Text
    value: float
    reason: Text


class Variant(_Value):
    """A named version of a drill (a direction, a position) with its own dose where it differs."""

    id: Slug
    name: Text
    dose: Dose | None = None
    """None: the parent's dose applies."""
    planes: tuple[Plane, ...] = ()
    """Empty: the parent's planes apply."""
    steps: tuple[Text, ...] = ()
    cues: tuple[Text, ...] = ()
    loads: tuple[Region, ...] = ()
    """Regions this variant puts under load or stretch (its movement and its position)."""
    stretches: tuple[Region, ...] = ()
    """The tissues among ``loads`` it lengthens."""
    risks: tuple[Risk, ...] = ()
    """Kinds of stretching that keep it from a hypermobile runner."""


EquipmentNeed = Equipment | tuple[Equipment, ...]
"""One piece of kit, or alternatives of which any one will do."""


class Exercise(_Value):
    """One drill of the library, with everything the planner, the player and a reader need."""

    id: Slug
    name: Text
    aliases: tuple[Text, ...] = ()
    source: Source
    regions: Annotated[tuple[Region, ...], Field(min_length=1)]
    planes: Annotated[tuple[Plane, ...], Field(min_length=1)]
    modality: Modality
    position: Position
    laterality: Laterality
    pattern: Slug | None = None
    """The movement it trains (``straight_leg_kick``, ``hip_hinge``): drills sharing one are
    versions of each other, and a short session holds one of them (``session_shape``)."""
    equipment: tuple[EquipmentNeed, ...] = ()
    dose: Dose
    variants: tuple[Variant, ...] = ()
    targets: tuple[str, ...] = ()
    contexts: Annotated[tuple[Context, ...], Field(min_length=1)]
    progressions: tuple[Slug, ...] = ()
    regressions: tuple[Slug, ...] = ()
    intensify: tuple[Text, ...] = ()
    """Ways to make the same drill harder (farther from the band anchor, a light weight)."""
    ease: tuple[Text, ...] = ()
    """Ways to make it easier: a smaller range, less load."""
    steps: tuple[Text, ...] = ()
    cues: tuple[Text, ...] = ()
    cautions: tuple[Text, ...] = ()
    notes: tuple[Text, ...] = ()
    """What a reader should know about the source, such as steps the article leaves out."""
    ours: tuple[OurNumber, ...] = ()
    loads: tuple[Region, ...] = ()
    """Every region the drill puts under load or stretch, from its movement and its position
    (kneeling loads the knee, weight on the hands the arms); the pain gates read it. Empty
    only for drills not reviewed by hand (imported ones): then ``regions`` stand in."""
    stretches: tuple[Region, ...] = ()
    """The tissues among ``loads`` the drill lengthens: never a replacement for one that hurt."""
    risks: tuple[Risk, ...] = ()
    """Kinds of stretching (end range, ballistic, toward hyperextension) it does."""

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        unknown = sorted(set(self.targets) - TARGETS)
        if unknown:
            raise ValueError(f"unknown targets {unknown}; allowed: {sorted(TARGETS)}")
        variant_ids = [variant.id for variant in self.variants]
        if len(variant_ids) != len(set(variant_ids)):
            raise ValueError(f"variant ids repeat: {variant_ids}")
        if self.id in self.progressions or self.id in self.regressions:
            raise ValueError("an exercise cannot progress or regress to itself")
        self._loads_cover_parts()
        return self

    def _loads_cover_parts(self) -> None:
        if not self.loads:
            return
        missing = sorted(str(region) for region in set(self.regions) - set(self.loads))
        if missing:
            raise ValueError(f"loads: must include every region it works; missing {missing}")
        if extra := sorted(str(region) for region in set(self.stretches) - set(self.loads)):
            raise ValueError(f"stretches: {extra} must also be among loads")
        for variant in self.variants:
            for field in ("loads", "stretches", "risks"):
                beyond = sorted(
                    str(value) for value in set(getattr(variant, field)) - set(getattr(self, field))
                )
                if beyond:
                    raise ValueError(
                        f"variants.{variant.id}.{field}: {beyond} missing from the drill's {field}"
                    )

    def loaded(self) -> frozenset[Region]:
        """The regions the drill loads or stretches; its worked regions if not reviewed."""
        return frozenset(self.loads or self.regions)

    def loaded_in_order(self) -> tuple[Region, ...]:
        """The loaded regions, those it works first: where pain can be reported in it."""
        return tuple(dict.fromkeys((*self.regions, *self.loads)))

    def stretched(self) -> frozenset[Region]:
        return frozenset(self.stretches)

    def stretches_a_hypermobile_joint(self) -> bool:
        """A static hold, or end-range, ballistic or hyperextending work (seed 004)."""
        return self.modality is Modality.STATIC_HOLD or bool(self.risks)

    def equipment_options(self) -> tuple[frozenset[Equipment], ...]:
        """Each need as the set of items that satisfy it."""
        return tuple(
            frozenset(need) if isinstance(need, tuple) else frozenset({need})
            for need in self.equipment
        )

    def can_be_done_with(self, owned: frozenset[Equipment]) -> bool:
        """True when every need is met by at least one item the runner owns."""
        return all(options & owned for options in self.equipment_options())

    def variant(self, variant_id: str) -> Variant:
        for variant in self.variants:
            if variant.id == variant_id:
                return variant
        raise KeyError(f"{self.id} has no variant {variant_id!r}")

    def dose_of(self, variant_id: str | None) -> Dose:
        """The dose of a variant, falling back to the exercise's own."""
        if variant_id is None:
            return self.dose
        return self.variant(variant_id).dose or self.dose


class ProgramStep(_Value):
    """One drill of a named routine, in order."""

    exercise_id: Slug
    variant_ids: tuple[Slug, ...] = ()
    """Empty: the whole drill, every variant in its listed order."""
    note: Text | None = None


class Program(_Value):
    """A routine as an article gives it: its drills in order and when to do it."""

    id: Slug
    name: Text
    source: Source
    summary: Text
    contexts: Annotated[tuple[Context, ...], Field(min_length=1)]
    timing: Text
    """When and how often, as the article puts it (in our words)."""
    steps: Annotated[tuple[ProgramStep, ...], Field(min_length=1)]
    progression: tuple[Text, ...] = ()
    retest: Text | None = None


class Catalogue(_Value):
    """The whole library, checked as a whole: every reference points at a real exercise."""

    exercises: tuple[Exercise, ...]
    programs: tuple[Program, ...] = ()
    version: str = ""
    """Names this content: the loader hashes the data files; otherwise a hash of the values."""

    @model_validator(mode="after")
    def _references_resolve(self) -> Self:
        ids = [exercise.id for exercise in self.exercises]
        if len(ids) != len(set(ids)):
            duplicates = sorted({i for i in ids if ids.count(i) > 1})
            raise ValueError(f"exercise ids repeat: {duplicates}")
        known = set(ids)
        for exercise in self.exercises:
            for link in (*exercise.progressions, *exercise.regressions):
                if link not in known:
                    raise ValueError(f"{exercise.id}: links to unknown exercise {link!r}")
        for program in self.programs:
            for step in program.steps:
                if step.exercise_id not in known:
                    raise ValueError(f"program {program.id}: unknown exercise {step.exercise_id!r}")
                variants = {variant.id for variant in self.get(step.exercise_id).variants}
                missing = sorted(set(step.variant_ids) - variants)
                if missing:
                    raise ValueError(
                        f"program {program.id}: {step.exercise_id} has no variants {missing}"
                    )
        if not self.version:  # frozen: set once, here, while the value is being made
            content = self.model_dump_json(exclude={"version"}).encode()
            object.__setattr__(self, "version", hashlib.sha256(content).hexdigest()[:16])
        return self

    def get(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(f"no exercise {exercise_id!r}")

    def by_id(self) -> dict[str, Exercise]:
        return {exercise.id: exercise for exercise in self.exercises}

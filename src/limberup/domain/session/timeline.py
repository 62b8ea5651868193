"""A planned session as a timed sequence of steps, shared by the terminal and web players.

The planner's minutes come from the same steps (:func:`item_seconds`), so the time a plan
promises is the time the player takes. Every pace below is LimberUp's own figure, chosen as
the reason says; the articles give reps, holds and breaths, not tempo.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from limberup.domain.catalog import Exercise
from limberup.domain.dosing import Part
from limberup.domain.vocabulary import Laterality, Modality, Side

INHALE_S = 4.0
"""Seed 001 asks for a full 3-4 s inhale; we pace the top of it."""
EXHALE_S = 6.0
"""Seed 001 asks for a 6-8 s exhale; 4 + 6 s gives the 6 breaths a minute that relax best."""
BREATH_S = INHALE_S + EXHALE_S

GET_READY_S = 10.0
"""Ours: time to read the card and set up (band, strap, wall) before a drill."""
NEXT_PART_S = 5.0
"""Ours: re-position between the variants of one drill (a new direction of a matrix)."""
SWITCH_SIDE_S = 5.0
"""Ours: turn around or swap legs."""
REST_BETWEEN_SETS_S = 20.0
"""Ours: mobility sets need little rest; enough to breathe and reset."""

SECONDS_PER_REP: Mapping[Modality, float] = {
    Modality.DYNAMIC: 2.0,  # seed 003: in and out of the stretch, holding about a second
    Modality.ACTIVE_ROM: 3.0,  # slower, to the end of the range and back
    Modality.STATIC_HOLD: 3.0,  # moving into the held position; the hold is timed apart
    Modality.STRENGTH: 4.0,  # a controlled lift and lower (seed 004 asks for form first)
    Modality.ACTIVATION: 3.0,
    Modality.SOFT_TISSUE: 3.0,  # one roll takes 2-4 s (Behm 2020)
}
SECONDS_PER_UNIT: Mapping[str, float] = {"steps": 1.0, "feet": 0.5}
"""Walking drills: about a step a second, and a step covers about two feet."""


class StepKind(StrEnum):
    GET_READY = "get_ready"
    WORK = "work"
    HOLD = "hold"
    BREATHE = "breathe"
    SWITCH_SIDE = "switch_side"
    REST = "rest"


@dataclass(frozen=True, slots=True)
class Step:
    """One moment of a session with its duration and what the player shows and counts."""

    kind: StepKind
    seconds: float
    item_index: int
    exercise_id: str
    title: str
    """The drill's name, with the variant's after a dash."""
    set_number: int = 0
    sets: int = 0
    side: Side | None = None
    reps: int = 0
    """Reps (or steps, or feet) counted in a work step."""
    reps_unit: str = "reps"
    rep_number: int = 0
    """Which rep a hold belongs to (1-based), 0 when the hold is not tied to a rep."""
    seconds_per_rep: float = 0.0
    breaths: int = 0
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class PlayerItem:
    """What the player needs of a planned item: the drill and its prescribed parts."""

    exercise: Exercise
    parts: tuple[Part, ...]


def session_steps(items: Sequence[PlayerItem]) -> tuple[Step, ...]:
    """Every step of a session, drill after drill, in order."""
    return tuple(step for index, item in enumerate(items) for step in _item_steps(index, item))


def item_seconds(item: PlayerItem) -> float:
    """How long one item takes in the player, its get-ready included."""
    return sum(step.seconds for step in _item_steps(0, item))


def total_seconds(steps: Sequence[Step]) -> float:
    return sum(step.seconds for step in steps)


def seconds_per_rep(exercise: Exercise, reps_unit: str) -> float:
    return SECONDS_PER_UNIT.get(reps_unit, SECONDS_PER_REP[exercise.modality])


def _item_steps(index: int, item: PlayerItem) -> Iterator[Step]:
    exercise = item.exercise
    cues = _cue_cycle(exercise)
    sides: tuple[Side | None, ...] = (
        (Side.LEFT, Side.RIGHT) if exercise.laterality is Laterality.EACH_SIDE else (None,)
    )
    for part_number, part in enumerate(item.parts):
        title = exercise.name if part.variant_id is None else f"{exercise.name} - {part.name}"
        start = Step(
            StepKind.GET_READY,
            GET_READY_S if part_number == 0 else NEXT_PART_S,
            item_index=index,
            exercise_id=exercise.id,
            title=title,
            sets=part.sets,
        )
        yield start
        for set_number in range(1, part.sets + 1):
            for side in sides:
                here = replace(start, set_number=set_number, side=side)
                yield from _side_steps(exercise, part, cues, here)
                if side is Side.LEFT:
                    yield replace(here, kind=StepKind.SWITCH_SIDE, seconds=SWITCH_SIDE_S)
            if set_number < part.sets:
                yield replace(
                    start, kind=StepKind.REST, seconds=REST_BETWEEN_SETS_S, set_number=set_number
                )


def _side_steps(
    exercise: Exercise, part: Part, cues: Iterator[str | None], here: Step
) -> Iterator[Step]:
    """One side of one set: the reps, each followed by its holds when the dose has them.

    A limited side does its extra reps here. Where the article names several positions to
    hold in a rep (each end of the knee rotation), each gets its own hold, named in the cue;
    a dose held once per set pauses after the reps instead.
    """
    pace = seconds_per_rep(exercise, part.reps_unit)
    reps = part.reps_on(here.side)
    work = replace(here, kind=StepKind.WORK, reps_unit=part.reps_unit, seconds_per_rep=pace)
    if part.hold_breaths == 0 and part.hold_s == 0:
        yield replace(work, seconds=reps * pace, reps=reps, cue=next(cues))
        return
    if part.hold_per_set:
        yield replace(work, seconds=reps * pace, reps=reps, cue=next(cues))
        yield from _holds(part, here, rep=0)
        return
    for rep in range(1, reps + 1):
        yield replace(work, seconds=pace, reps=1, rep_number=rep, cue=next(cues))
        yield from _holds(part, here, rep=rep)
        if part.rest_s > 0 and rep < reps:
            yield replace(here, kind=StepKind.REST, seconds=part.rest_s, rep_number=rep)


def _holds(part: Part, here: Step, *, rep: int) -> Iterator[Step]:
    """The hold (or one per named position) after a rep, timed in breaths or seconds."""
    for position in part.hold_at or (None,):
        cue = f"Hold: {position}" if position else None
        if part.hold_breaths > 0:
            yield replace(
                here,
                kind=StepKind.BREATHE,
                seconds=part.hold_breaths * BREATH_S,
                rep_number=rep,
                breaths=part.hold_breaths,
                cue=cue,
            )
        else:
            yield replace(here, kind=StepKind.HOLD, seconds=part.hold_s, rep_number=rep, cue=cue)


def _cue_cycle(exercise: Exercise) -> Iterator[str | None]:
    while True:
        if not exercise.cues:
            yield None
            continue
        yield from exercise.cues

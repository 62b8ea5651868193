"""The session player's controls as a pure state machine: time, pause, next, back.

A player screen (the terminal's Rich view, the web page's script) owns the clock and the keys;
it feeds elapsed seconds and key presses to a :class:`PlayerState` and shows what comes back.
Nothing here reads a clock, so every rule below is unit-tested and the web player can mirror
it step for step.

Rules:
- time only runs while not paused; a step that runs to its end counts as done;
- ``next`` leaves the current step without counting it; ``back`` restarts the current step,
  or goes to the previous one when pressed within :data:`BACK_RESTARTS_WITHIN_S` of its start;
- ``skip_item`` leaves the whole drill (after a pain report: never push into pain);
- an item *ends* when the player moves past its last step; :func:`ended_items` says which,
  so the screen can store each one as it finishes.

Example:
    >>> state = PlayerState.start(session_steps(items))
    >>> state = state.tick(12.5)
    >>> state.current.kind
    <StepKind.WORK: 'work'>
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from limberup.domain.catalog import Catalogue
from limberup.domain.counting import counted
from limberup.domain.dosing import Part
from limberup.domain.planning.week import Item, ItemPart
from limberup.domain.session.timeline import EXHALE_S, INHALE_S, PlayerItem, Step, StepKind
from limberup.domain.vocabulary import Side

BACK_RESTARTS_WITHIN_S = 2.0
"""Pressed this soon after a step starts, ``back`` goes to the step before (as music players)."""
COUNTED = frozenset({StepKind.WORK, StepKind.HOLD, StepKind.BREATHE})
"""Steps that are the drill itself; get ready, switch side and rest are not counted."""


@dataclass(frozen=True, slots=True)
class PlayerState:
    """Where a session's player is.

    Attributes:
        steps: the session's steps (``player.session_steps``).
        position: the current step's index; ``len(steps)`` once the session is over.
        into: seconds spent in the current step.
        paused: time does not run while paused.
        completed: indexes of the steps that ran to their end.
    """

    steps: tuple[Step, ...]
    position: int = 0
    into: float = 0.0
    paused: bool = False
    completed: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def start(cls, steps: Sequence[Step], *, at_item: int = 0) -> PlayerState:
        """A player at the first step of item ``at_item`` (0 for a new session)."""
        steps = tuple(steps)
        first = next((i for i, s in enumerate(steps) if s.item_index >= at_item), len(steps))
        return cls(steps, position=first)

    @property
    def finished(self) -> bool:
        return self.position >= len(self.steps)

    @property
    def current(self) -> Step | None:
        return None if self.finished else self.steps[self.position]

    @property
    def remaining(self) -> float:
        """Seconds left in the current step."""
        step = self.current
        return 0.0 if step is None else max(0.0, step.seconds - self.into)

    @property
    def upcoming(self) -> Step | None:
        """The step after the current one."""
        following = self.position + 1
        return self.steps[following] if following < len(self.steps) else None

    @property
    def next_item_step(self) -> Step | None:
        """The first step of the next drill, for "what comes next"."""
        step = self.current
        if step is None:
            return None
        return next(
            (s for s in self.steps[self.position + 1 :] if s.item_index != step.item_index), None
        )

    def tick(self, seconds: float) -> PlayerState:
        """Let ``seconds`` pass: finish steps that run out and move on (nothing when paused)."""
        if self.paused or self.finished or seconds <= 0:
            return self
        position, into, completed = self.position, self.into + seconds, set(self.completed)
        while position < len(self.steps) and into >= self.steps[position].seconds:
            into -= self.steps[position].seconds
            completed.add(position)
            position += 1
        if position >= len(self.steps):
            into = 0.0
        return replace(self, position=position, into=into, completed=frozenset(completed))

    def toggle_pause(self) -> PlayerState:
        return replace(self, paused=not self.paused)

    def next(self) -> PlayerState:
        """Leave the current step without counting it as done."""
        if self.finished:
            return self
        return replace(self, position=self.position + 1, into=0.0)

    def back(self) -> PlayerState:
        """Restart the current step, or go to the one before it right after a step starts."""
        if self.into > BACK_RESTARTS_WITHIN_S or self.position == 0:
            return replace(self, into=0.0)
        return replace(self, position=self.position - 1, into=0.0)

    def skip_item(self) -> PlayerState:
        """Leave the current drill for the first step of the next one."""
        step = self.current
        if step is None:
            return self
        following = next(
            (
                i
                for i in range(self.position + 1, len(self.steps))
                if self.steps[i].item_index != step.item_index
            ),
            len(self.steps),
        )
        return replace(self, position=following, into=0.0)

    def elapsed(self) -> float:
        """Seconds of the session behind the player (the steps before it and this one's part)."""
        return sum(step.seconds for step in self.steps[: self.position]) + self.into

    def total(self) -> float:
        return sum(step.seconds for step in self.steps)


def locate(steps: Sequence[Step], elapsed: float) -> tuple[int, float]:
    """Which step ``elapsed`` seconds into a session falls in, and how far into it.

    Returns:
        ``(position, into)``; ``position == len(steps)`` when the session is over.
    """
    state = PlayerState(tuple(steps)).tick(elapsed)
    return state.position, state.into


def ended_items(before: PlayerState, after: PlayerState) -> tuple[int, ...]:
    """Items the player moved past, forwards, between two states (in session order)."""
    last_steps: dict[int, int] = {}
    for index, step in enumerate(after.steps):
        last_steps[step.item_index] = index
    return tuple(
        item for item, last in last_steps.items() if before.position <= last < after.position
    )


@dataclass(frozen=True, slots=True)
class Tally:
    """What was done of one item, counted from the steps that ran to their end.

    Attributes:
        sets_done: sets whose every counted step (all sides) was done.
        reps_done: reps (or steps, or feet) done over all sets and sides.
        holds_done: holds and breath-paced holds done over all sets and sides.
        sides: the sides worked, in order; empty for a drill done on both at once.
    """

    sets_done: int
    reps_done: int
    holds_done: int
    sides: tuple[Side, ...]

    @property
    def worked(self) -> bool:
        return self.reps_done > 0 or self.holds_done > 0


def tally(state: PlayerState, item_index: int) -> Tally:
    """Count what was done of item ``item_index``."""
    sets: dict[tuple[int, int], bool] = {}
    part = -1
    reps = holds = 0
    sides: list[Side] = []
    for index, step in enumerate(state.steps):
        if step.item_index != item_index:
            continue
        if step.kind is StepKind.GET_READY:
            part += 1
        if step.kind not in COUNTED:
            continue
        done = index in state.completed
        key = (part, step.set_number)
        sets[key] = sets.get(key, True) and done
        if not done:
            continue
        if step.kind is StepKind.WORK:
            reps += step.reps
            if step.side is not None and step.side not in sides:
                sides.append(step.side)
        else:
            holds += 1
    return Tally(sum(sets.values()), reps, holds, tuple(sides))


def planned_tally(item: Item) -> Tally:
    """What doing ``item`` exactly as planned counts: the player's tally of a full run."""
    sides = (Side.LEFT, Side.RIGHT) if item.sides == 2 else ()
    per_side = max(1, item.sides)
    reps = sum(part.sets * _reps_a_set(part, per_side) for part in item.parts)
    holds = sum(
        part.sets
        * (per_side if part.hold_per_set else _reps_a_set(part, per_side))
        * max(1, len(part.hold_at))
        for part in item.parts
        if part.hold_s or part.hold_breaths
    )
    return Tally(sum(part.sets for part in item.parts), reps, holds, sides)


def _reps_a_set(part: ItemPart, per_side: int) -> int:
    """Reps of one set over every side, the limited side's extra ones included."""
    extra = part.extra_reps if part.limited_side is not None and per_side == 2 else 0
    return part.reps * per_side + extra


@dataclass(frozen=True, slots=True)
class Counters:
    """What a player shows counting: set, rep (or step) and breath, each "n of m"."""

    set_number: int = 0
    sets: int = 0
    side: Side | None = None
    rep: int = 0
    reps: int = 0
    reps_unit: str = "reps"
    breath: int = 0
    breaths: int = 0


def counters(state: PlayerState) -> Counters:
    """The counters at the player's current moment (zeros where nothing is counted)."""
    step = state.current
    if step is None:
        return Counters()
    rep = reps = breath = 0
    if step.kind is StepKind.WORK and step.rep_number == 0 and step.seconds_per_rep > 0:
        reps = step.reps
        rep = min(reps, int(state.into // step.seconds_per_rep) + 1)
    elif step.rep_number > 0:
        rep, reps = step.rep_number, _reps_in_block(state.steps, state.position)
    if step.kind is StepKind.BREATHE:
        breaths = step.breaths
        breath = min(breaths, int(state.into // (INHALE_S + EXHALE_S)) + 1)
    else:
        breaths = 0
    return Counters(
        step.set_number, step.sets, step.side, rep, reps, step.reps_unit, breath, breaths
    )


def _reps_in_block(steps: Sequence[Step], position: int) -> int:
    """Reps of the run of held reps that ``position`` is in (same drill, set and side)."""
    here = steps[position]

    def same(step: Step) -> bool:
        return (
            step.item_index == here.item_index
            and step.set_number == here.set_number
            and step.side == here.side
            and step.kind not in (StepKind.GET_READY, StepKind.SWITCH_SIDE)
        )

    start = position
    while start > 0 and same(steps[start - 1]):
        start -= 1
    end = position
    while end + 1 < len(steps) and same(steps[end + 1]):
        end += 1
    return max(step.rep_number for step in steps[start : end + 1])


class BreathPhase(StrEnum):
    IN = "in"
    OUT = "out"


def breath_phase(into: float) -> tuple[BreathPhase, float]:
    """Where a paced breath is, ``into`` seconds after a breathing step began.

    Returns:
        The phase and how far through it (0 to 1): in for 4 s, then out for 6 s.
    """
    within = into % (INHALE_S + EXHALE_S)
    if within < INHALE_S:
        return BreathPhase.IN, within / INHALE_S
    return BreathPhase.OUT, (within - INHALE_S) / EXHALE_S


def announcement(step: Step) -> str:
    """What a player says when a step begins, in a few words."""
    side = f"{step.side.value} side" if step.side else ""
    seconds = f"{step.seconds:g} second{'' if step.seconds == 1 else 's'}"
    match step.kind:
        case StepKind.GET_READY:
            return f"Get ready: {step.title}"
        case StepKind.WORK:
            count = f"{step.reps} {step.reps_unit}" if step.reps > 1 else ""
            what = " ".join(text for text in (count, side) if text)
            # The cue is a sentence of its own: "Stay tall. 3 reps left side", never "tall.,".
            cue = (step.cue or "").rstrip(" .")
            return ". ".join(text for text in (cue, what) if text)
        case StepKind.HOLD:
            return f"Hold {seconds}"
        case StepKind.BREATHE:
            breaths = counted(step.breaths, "slow breath")
            return f"Hold and breathe: {breaths}, in for {INHALE_S:g}, out for {EXHALE_S:g}"
        case StepKind.SWITCH_SIDE:
            return "Switch sides"
        case StepKind.REST:
            return f"Rest {seconds}"


def player_items(items: Sequence[Item], catalogue: Catalogue) -> tuple[PlayerItem, ...]:
    """A planned session's items as the player needs them: each drill with its parts.

    Raises:
        KeyError: an item names a drill the catalogue no longer has.
    """
    return tuple(
        PlayerItem(
            catalogue.get(item.exercise_id),
            tuple(
                Part(
                    variant_id=part.variant_id,
                    name=part.name,
                    sets=part.sets,
                    reps=part.reps,
                    reps_unit=part.reps_unit,
                    hold_s=part.hold_s or 0.0,
                    hold_breaths=part.hold_breaths or 0,
                    rest_s=part.rest_s or 0.0,
                    hold_at=part.hold_at,
                    hold_per_set=part.hold_per_set,
                    limited_side=part.limited_side,
                    extra_reps=part.extra_reps,
                )
                for part in item.parts
            ),
        )
        for item in items
    )

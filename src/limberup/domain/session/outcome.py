"""The one rule for what a played drill was: done, partly done or skipped, and its log.

Both players log a drill by this rule: the terminal calls :func:`drill_log`, and the web
player's ``static/js/player/outcome.js`` mirrors it line for line.

The rule, counted from the steps that ran to their end (see ``player.tally``):

- **done**: every counted step of the drill (each rep, hold and paced breath, on every side)
  ran to its end. Pain reported in it is logged beside, and does not change that.
- **skipped**: the player moved past the drill with none of its counted steps run to the end,
  and no pain of 1 or more was reported in it. Only a drill left behind can be skipped: one the
  session stopped in is not.
- **partial**: anything between: some counted steps ran and some did not, pain of 1 or more
  stopped the drill (even before anything was counted), or the session stopped inside it.

A drill resumed from an earlier visit keeps what that visit counted when it was more, so a
resume never counts less than was done.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from limberup.domain.logbook import ItemLog
from limberup.domain.session.player import PlayerState, Tally, tally
from limberup.domain.vocabulary import Region


class DrillOutcome(StrEnum):
    DONE = "done"
    PARTIAL = "partial"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class Pain:
    """Pain reported in a drill: 0 (none) to 10, and where when 1 or more."""

    level: int
    region: Region | None = None

    @property
    def stops(self) -> bool:
        """Pain of 1 or more ends the drill: never work into pain."""
        return self.level >= 1


def drill_outcome(counted: Tally, planned: Tally, *, painful: bool, ended: bool) -> DrillOutcome:
    """What a drill was, by the rule in this module's docstring.

    Args:
        counted: what was done of it (``player.tally``, an earlier visit's counts merged in).
        planned: what every counted step run to its end counts (:func:`full_tally`).
        painful: pain of 1 or more was reported in it.
        ended: the player moved past it (False when the session stopped inside it).
    """
    every = counted.reps_done >= planned.reps_done and counted.holds_done >= planned.holds_done
    if counted.worked and every:
        return DrillOutcome.DONE
    if counted.worked or painful or not ended:
        return DrillOutcome.PARTIAL
    return DrillOutcome.SKIPPED


def full_tally(state: PlayerState, item_index: int) -> Tally:
    """What item ``item_index`` counts when every one of its steps runs to its end."""
    return tally(replace(state, completed=frozenset(range(len(state.steps)))), item_index)


def logged_outcome(log: ItemLog, planned: Tally) -> DrillOutcome:
    """What a stored drill log says the drill was (the same rule, read back)."""
    if log.skipped:
        return DrillOutcome.SKIPPED
    counted = Tally(log.sets_done, log.reps_done, log.holds_done, log.sides)
    return drill_outcome(counted, planned, painful=log.painful, ended=log.finished_at is not None)


def merged(counted: Tally, earlier: ItemLog | None) -> Tally:
    """This visit's counts, or an earlier visit's where those were more."""
    if earlier is None:
        return counted
    return Tally(
        max(counted.sets_done, earlier.sets_done),
        max(counted.reps_done, earlier.reps_done),
        max(counted.holds_done, earlier.holds_done),
        counted.sides or earlier.sides,
    )


def drill_log(
    state: PlayerState,
    item_index: int,
    *,
    exercise_id: str,
    variant_id: str | None,
    ended: bool,
    pain: Pain | None,
    earlier: ItemLog | None,
    at: dt.datetime,
) -> ItemLog:
    """The log a player stores for item ``item_index`` at ``state``.

    Args:
        state: where the player is.
        item_index: the drill's place in the session.
        exercise_id: the planned drill (and ``variant_id``, its variant).
        ended: the player moved past the drill; it is then stored as finished at ``at``.
        pain: pain reported in it on this visit, if any; else the earlier visit's is kept.
        earlier: what an earlier visit (before a resume) stored of it, if anything.
        at: now, for ``finished_at``.
    """
    counted = merged(tally(state, item_index), earlier)
    if pain is None and earlier is not None and earlier.pain is not None:
        pain = Pain(earlier.pain, earlier.pain_region)
    outcome = drill_outcome(
        counted,
        full_tally(state, item_index),
        painful=pain is not None and pain.stops,
        ended=ended,
    )
    finished_at = at if ended else (earlier.finished_at if earlier else None)
    return ItemLog(
        item_index=item_index,
        exercise_id=exercise_id,
        variant_id=variant_id,
        sets_done=counted.sets_done,
        reps_done=counted.reps_done,
        holds_done=counted.holds_done,
        sides=counted.sides,
        skipped=outcome is DrillOutcome.SKIPPED,
        pain=None if pain is None else pain.level,
        pain_region=None if pain is None or not pain.stops else pain.region,
        finished_at=finished_at,
    )

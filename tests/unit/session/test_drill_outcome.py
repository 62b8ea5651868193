"""The one rule for a played drill: done, partial or skipped, each boundary pinned."""

from __future__ import annotations

import datetime as dt

import pytest

from limberup.domain.logbook import ItemLog
from limberup.domain.session.outcome import (
    DrillOutcome,
    Pain,
    drill_log,
    drill_outcome,
    full_tally,
    logged_outcome,
)
from limberup.domain.session.player import PlayerState, Tally
from limberup.domain.session.timeline import PlayerItem, session_steps
from limberup.domain.vocabulary import Region, Side
from tests.unit.storage.test_player_state import HOLD, SWINGS, part

AT = dt.datetime(2026, 11, 17, 7, 0, tzinfo=dt.UTC)
PLANNED = Tally(2, 12, 4, (Side.LEFT, Side.RIGHT))


def counted(reps: int, holds: int) -> Tally:
    return Tally(0, reps, holds, ())


@pytest.mark.parametrize(
    ("reps", "holds", "painful", "ended", "expected"),
    [
        (12, 4, False, True, DrillOutcome.DONE),  # every counted step ran
        (12, 4, True, True, DrillOutcome.DONE),  # pain is logged beside, not instead
        (11, 4, False, True, DrillOutcome.PARTIAL),  # one rep short
        (12, 3, False, True, DrillOutcome.PARTIAL),  # one hold short
        (0, 1, False, True, DrillOutcome.PARTIAL),  # one hold is something
        (1, 0, False, True, DrillOutcome.PARTIAL),
        (0, 0, False, True, DrillOutcome.SKIPPED),  # moved past with nothing counted
        (0, 0, True, True, DrillOutcome.PARTIAL),  # stopped for pain is not skipped
        (0, 0, False, False, DrillOutcome.PARTIAL),  # the session stopped inside it
        (3, 0, False, False, DrillOutcome.PARTIAL),
    ],
)
def test_the_rule_at_each_boundary(
    reps: int, holds: int, painful: bool, ended: bool, expected: DrillOutcome
) -> None:
    assert drill_outcome(counted(reps, holds), PLANNED, painful=painful, ended=ended) is expected


def two_drills() -> PlayerState:
    return PlayerState.start(
        session_steps([PlayerItem(SWINGS, (part(2, 3),)), PlayerItem(HOLD, (part(1, 2, 5.0),))])
    )


def log(state: PlayerState, index: int, **options: object) -> ItemLog:
    defaults: dict[str, object] = {"ended": True, "pain": None, "earlier": None, "at": AT}
    return drill_log(
        state,
        index,
        exercise_id="swings" if index == 0 else "hold",
        variant_id=None,
        **(defaults | options),  # type: ignore[arg-type]
    )


def test_a_drill_run_to_its_end_is_done_and_finished() -> None:
    state = two_drills().tick(1_000)
    entry = log(state, 0)
    assert (entry.reps_done, entry.sets_done, entry.skipped, entry.finished_at) == (
        12,
        2,
        False,
        AT,
    )
    assert entry.sides == (Side.LEFT, Side.RIGHT)
    assert logged_outcome(entry, full_tally(state, 0)) is DrillOutcome.DONE


def test_a_drill_left_untouched_is_skipped_and_one_stopped_in_is_not() -> None:
    state = two_drills()
    assert log(state, 0).skipped
    assert logged_outcome(log(state, 0), full_tally(state, 0)) is DrillOutcome.SKIPPED
    stopped = log(state, 0, ended=False)
    assert (stopped.skipped, stopped.finished_at) == (False, None)
    assert logged_outcome(stopped, full_tally(state, 0)) is DrillOutcome.PARTIAL


def test_pain_of_one_or_more_is_never_skipped_and_keeps_its_region() -> None:
    state = two_drills()
    hurt = log(state, 0, pain=Pain(1, Region.HIP))
    assert (hurt.skipped, hurt.pain, hurt.pain_region) == (False, 1, Region.HIP)
    calm = log(state, 0, pain=Pain(0, Region.HIP))
    assert (calm.skipped, calm.pain, calm.pain_region) == (True, 0, None)


def test_a_resumed_drill_keeps_the_earlier_visits_counts_and_pain() -> None:
    earlier = ItemLog(
        item_index=0, exercise_id="swings", sets_done=1, reps_done=6, pain=2,
        pain_region=Region.HIP, sides=(Side.LEFT, Side.RIGHT),
    )  # fmt: skip
    entry = log(two_drills(), 0, earlier=earlier)  # skipped over on this visit
    assert (entry.reps_done, entry.sets_done, entry.skipped) == (6, 1, False)
    assert (entry.pain, entry.pain_region, entry.sides) == (2, Region.HIP, (Side.LEFT, Side.RIGHT))
    assert logged_outcome(entry, full_tally(two_drills(), 0)) is DrillOutcome.PARTIAL

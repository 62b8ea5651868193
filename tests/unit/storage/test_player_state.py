"""The player's control logic: time, pause, next, back, drills ending, and what was done."""

from __future__ import annotations

from dataclasses import replace

import pytest

from limberup.catalog.loader import load_catalogue
from limberup.domain.catalog import Dose
from limberup.domain.dosing import Part
from limberup.domain.session.player import (
    BreathPhase,
    PlayerState,
    announcement,
    breath_phase,
    counters,
    ended_items,
    locate,
    planned_tally,
    player_items,
    tally,
)
from limberup.domain.session.timeline import (
    GET_READY_S,
    REST_BETWEEN_SETS_S,
    SWITCH_SIDE_S,
    PlayerItem,
    Step,
    StepKind,
    session_steps,
)
from limberup.domain.vocabulary import Laterality, Modality, Side
from limberup.services.plans import plan_for
from tests.factories import exercise, runtime_at, span
from tests.unit.storage.builders import MONDAY, NOW, PROFILE, assessment, week_plan

SWINGS = exercise("swings", modality=Modality.DYNAMIC, dose=Dose(sets=span(2), reps=span(3)))
HOLD = exercise(
    "hold",
    modality=Modality.STATIC_HOLD,
    laterality=Laterality.BILATERAL,
    dose=Dose(reps=span(2), hold_s=span(5)),
)


def part(sets: int, reps: int, hold_s: float = 0.0, breaths: int = 0) -> Part:
    return Part(
        None, "x", sets=sets, reps=reps, reps_unit="reps", hold_s=hold_s, hold_breaths=breaths
    )


def steps() -> tuple[Step, ...]:
    """Item 0: 2 sets x 3 reps each side, 2 s a rep; item 1: 2 reps held 5 s, both sides."""
    return session_steps([PlayerItem(SWINGS, (part(2, 3),)), PlayerItem(HOLD, (part(1, 2, 5.0),))])


def kinds(state: PlayerState) -> list[StepKind]:
    return [step.kind for step in state.steps]


def test_the_sequence_under_test() -> None:
    assert kinds(PlayerState(steps())) == [
        StepKind.GET_READY,  # 0 swings
        StepKind.WORK,  # 1 set 1 left, 6 s
        StepKind.SWITCH_SIDE,  # 2
        StepKind.WORK,  # 3 set 1 right
        StepKind.REST,  # 4
        StepKind.WORK,  # 5 set 2 left
        StepKind.SWITCH_SIDE,  # 6
        StepKind.WORK,  # 7 set 2 right
        StepKind.GET_READY,  # 8 hold
        StepKind.WORK,  # 9 rep 1
        StepKind.HOLD,  # 10
        StepKind.WORK,  # 11 rep 2
        StepKind.HOLD,  # 12
    ]


def test_time_moves_through_steps_and_counts_those_that_run_out() -> None:
    state = PlayerState.start(steps()).tick(GET_READY_S + 1.0)
    assert (state.position, state.into) == (1, 1.0)
    assert state.current is not None
    assert state.current.side is Side.LEFT
    assert state.remaining == 5.0
    state = state.tick(5.0 + SWITCH_SIDE_S + 2.0)
    assert (state.position, state.into) == (3, 2.0)
    assert state.completed == frozenset({0, 1, 2})


def test_locate_maps_elapsed_time_to_a_step_and_past_the_end_to_finished() -> None:
    assert locate(steps(), 0.0) == (0, 0.0)
    assert locate(steps(), GET_READY_S) == (1, 0.0)
    total = PlayerState(steps()).total()
    assert locate(steps(), total + 5) == (len(steps()), 0.0)
    assert PlayerState(steps()).tick(total).finished


def test_pause_stops_time_and_resuming_carries_on() -> None:
    state = PlayerState.start(steps()).tick(3.0).toggle_pause()
    assert state.tick(100.0) == state
    state = state.toggle_pause().tick(1.0)
    assert (state.position, state.into) == (0, 4.0)


def test_next_leaves_a_step_without_counting_it() -> None:
    state = PlayerState.start(steps()).tick(GET_READY_S + 1.0).next()
    assert state.position == 2
    assert 1 not in state.completed
    assert tally(state, 0).reps_done == 0


def test_back_restarts_the_step_or_goes_to_the_one_before_right_after_it_starts() -> None:
    started = PlayerState.start(steps()).tick(GET_READY_S + 3.0)
    assert started.back().position == 1
    assert started.back().into == 0.0
    just_in = PlayerState.start(steps()).tick(GET_READY_S + 1.0)
    assert just_in.back().position == 0
    assert PlayerState.start(steps()).back().position == 0


def test_skip_item_goes_to_the_next_drill_and_ends_the_current_one() -> None:
    before = PlayerState.start(steps()).tick(GET_READY_S + 6.0)
    after = before.skip_item()
    assert after.position == 8
    assert ended_items(before, after) == (0,)
    assert after.skip_item().finished
    assert after.skip_item().skip_item().finished


def test_an_item_ends_when_the_player_moves_past_its_last_step() -> None:
    start = PlayerState.start(steps())
    inside = start.tick(GET_READY_S + 20.0)
    assert ended_items(start, inside) == ()
    through = inside.tick(1000.0)
    assert ended_items(inside, through) == (0, 1)
    assert ended_items(start, start.next().next()) == ()


def test_starting_at_an_item_resumes_there() -> None:
    state = PlayerState.start(steps(), at_item=1)
    assert (state.position, state.current.item_index if state.current else None) == (8, 1)
    assert PlayerState.start(steps(), at_item=5).finished


def test_tally_counts_whole_sets_reps_holds_and_sides() -> None:
    # Set 1 on both sides and set 2 on the left side only.
    state = PlayerState.start(steps()).tick(GET_READY_S + 6 + SWITCH_SIDE_S + 6)
    state = state.tick(REST_BETWEEN_SETS_S + 6 + 1)
    counted = tally(state, 0)
    assert (counted.sets_done, counted.reps_done, counted.holds_done) == (1, 9, 0)
    assert counted.sides == (Side.LEFT, Side.RIGHT)
    assert counted.worked
    done = PlayerState.start(steps()).tick(1000.0)
    assert tally(done, 1) == tally(done, 1).__class__(1, 2, 2, ())
    assert not tally(PlayerState.start(steps()), 1).worked


@pytest.mark.parametrize(
    ("into", "phase", "fraction"),
    [
        (0.0, BreathPhase.IN, 0.0),
        (2.0, BreathPhase.IN, 0.5),
        (4.0, BreathPhase.OUT, 0.0),
        (7.0, BreathPhase.OUT, 0.5),
        (10.0, BreathPhase.IN, 0.0),
        (13.0, BreathPhase.IN, 0.75),
    ],
)
def test_the_breathing_pacer_is_four_seconds_in_six_out(
    into: float, phase: BreathPhase, fraction: float
) -> None:
    assert breath_phase(into) == (phase, pytest.approx(fraction))


def test_announcements_say_what_to_do() -> None:
    sequence = steps()
    assert announcement(sequence[0]) == "Get ready: Swings"
    assert announcement(sequence[1]) == "3 reps left side"
    assert announcement(sequence[2]) == "Switch sides"
    assert announcement(sequence[4]) == f"Rest {REST_BETWEEN_SETS_S:g} seconds"
    assert announcement(sequence[10]) == "Hold 5 seconds"
    assert announcement(replace(sequence[10], seconds=1.0)) == "Hold 1 second"
    cued = replace(sequence[1], cue="Stay tall.")
    assert announcement(cued) == "Stay tall. 3 reps left side"  # never "tall.,"


def test_player_items_turn_a_planned_session_into_the_players_items() -> None:
    session = week_plan().days[0].sessions[0]
    items = player_items(session.items, load_catalogue())
    assert [item.exercise.id for item in items] == ["leg_swings", "assisted_slr"]
    assert items[0].parts[0].hold_s == 0.0
    assert items[0].parts[0].reps == 5


def test_counters_show_set_rep_and_breath() -> None:
    state = PlayerState.start(steps()).tick(GET_READY_S + 2.5)  # second rep of set 1, left
    shown = counters(state)
    assert (shown.set_number, shown.sets, shown.side) == (1, 2, Side.LEFT)
    assert (shown.rep, shown.reps, shown.breath) == (2, 3, 0)
    held = PlayerState.start(steps(), at_item=1).next().next().next()  # rep 2 of the holds
    assert (counters(held).rep, counters(held).reps) == (2, 2)
    assert counters(PlayerState.start(steps()).tick(1000.0)) == counters(PlayerState(()))
    breathing = exercise(
        "breathe",
        modality=Modality.STATIC_HOLD,
        laterality=Laterality.BILATERAL,
        dose=Dose(reps=span(1), hold_breaths=span(3)),
    )
    paced = PlayerState.start(session_steps([PlayerItem(breathing, (part(1, 1, breaths=3),))]))
    paced = paced.next().next().tick(12.0)  # past get ready and the rep: 12 s into the breaths
    assert (counters(paced).breath, counters(paced).breaths) == (2, 3)


def test_a_full_run_counts_exactly_what_was_planned() -> None:
    catalogue = load_catalogue()
    week = plan_for(runtime_at(NOW, catalogue=catalogue), PROFILE, assessment(), MONDAY)
    sessions = [session for day in week.days for session in day.sessions]
    assert len(sessions) > 10
    for session in sessions:
        run = PlayerState.start(session_steps(player_items(session.items, catalogue)))
        run = run.tick(run.total())
        for index, item in enumerate(session.items):
            assert tally(run, index) == planned_tally(item), item.exercise_id

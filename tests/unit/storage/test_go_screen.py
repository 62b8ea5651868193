"""The terminal player's screen shows what the state machine says (a pure view)."""

from __future__ import annotations

from rich.console import Console

from limberup.domain.catalog import Dose
from limberup.domain.dosing import Part
from limberup.domain.session.player import PlayerState
from limberup.domain.session.timeline import GET_READY_S, PlayerItem, session_steps
from limberup.domain.vocabulary import Context, Laterality, Modality
from limberup.entrypoints.cli.go_screen import amount, render
from tests.factories import exercise, span

BREATHING = exercise(
    "assisted",
    modality=Modality.STATIC_HOLD,
    cues=("Long exhale.", "Keep the other leg flat."),
    dose=Dose(reps=span(2), hold_breaths=span(3)),
)
SWINGS = exercise("swings", laterality=Laterality.BILATERAL, cues=("Tall posture.",))
ITEMS = (
    PlayerItem(BREATHING, (Part(None, "x", 1, 2, "reps", 0.0, 3),)),
    PlayerItem(SWINGS, (Part(None, "y", 1, 8, "reps", 0.0, 0),)),
)


def shown(state: PlayerState, notice: str = "") -> str:
    console = Console(width=100, record=True, color_system=None)
    console.print(render(state, ITEMS, context=Context.REST_DAY, notice=notice))
    return console.export_text()


def test_a_breathing_hold_shows_side_counters_countdown_and_the_pacer() -> None:
    state = PlayerState.start(session_steps(ITEMS)).tick(GET_READY_S + 3.0 + 5.0)
    text = shown(state)
    assert "rest-day session" in text
    assert "Drill 1 of 2" in text
    assert "HOLD AND BREATHE · left side" in text
    assert "Set 1 of 1 · Rep 1 of 2 · Breath 1 of 3" in text
    assert "25 s left" in text  # 3 breaths of 10 s, 5 s in
    assert "Breathe out" in text
    assert "» Long exhale." in text
    assert "Next: 1 rep, left side" in text
    assert "then: Swings" in text
    assert "space pause · n next · b back · s skip drill · p pain · q quit" in text


def test_pause_notice_and_the_end_are_shown() -> None:
    state = PlayerState.start(session_steps(ITEMS)).toggle_pause()
    text = shown(state, notice="Pain 3 in the hip logged")
    assert "GET READY" in text
    assert "PAUSED" in text
    assert "Pain 3 in the hip logged" in text
    assert "Session complete." in shown(state.tick(1).toggle_pause().tick(10_000))


def test_amounts_read_naturally() -> None:
    assert [amount(1, "reps"), amount(8, "reps"), amount(1, "steps")] == [
        "1 rep",
        "8 reps",
        "1 step",
    ]

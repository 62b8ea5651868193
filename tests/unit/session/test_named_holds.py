"""The player times every hold seed 002 names, over the real catalogue."""

from __future__ import annotations

from limberup.catalog.loader import load_catalogue
from limberup.domain.dosing import DoseLevel, prescribe
from limberup.domain.session.timeline import (
    BREATH_S,
    PlayerItem,
    Step,
    StepKind,
    item_seconds,
    session_steps,
)
from limberup.domain.vocabulary import Side

CATALOGUE = load_catalogue()
HELD = (StepKind.HOLD, StepKind.BREATHE)


def steps_of(exercise_id: str) -> tuple[Step, ...]:
    exercise = CATALOGUE.get(exercise_id)
    return session_steps([PlayerItem(exercise, prescribe(exercise, DoseLevel.LOW))])


def one_side(steps: tuple[Step, ...]) -> list[Step]:
    return [s for s in steps if s.side is Side.LEFT and s.set_number == 1]


def test_the_knee_rotation_holds_at_each_end_of_every_rep() -> None:
    left = one_side(steps_of("knee_rotation"))
    work = [s for s in left if s.kind is StepKind.WORK]
    holds = [s for s in left if s.kind is StepKind.HOLD]
    assert len(work) == 5  # seed 002: 5-8 reps
    assert len(holds) == 2 * len(work)
    assert [h.cue for h in holds[:2]] == ["Hold: the inward end", "Hold: the outward end"]
    assert {h.seconds for h in holds} == {2}  # 2-20 s at each end range
    assert {h.rep_number for h in holds} == {1, 2, 3, 4, 5}


def test_the_standing_hip_holds_a_few_breaths_in_each_of_its_three_positions() -> None:
    left = one_side(steps_of("standing_hip_rom"))
    breaths = [s for s in left if s.kind is StepKind.BREATHE]
    assert [b.cue for b in breaths] == [
        "Hold: knee up to the chest",
        "Hold: leg out to the side",
        "Hold: leg behind you",
    ]
    assert {(b.breaths, b.seconds) for b in breaths} == {(3, 3 * BREATH_S)}


def test_the_spinal_rotation_pauses_a_few_breaths_once_a_set_and_side() -> None:
    steps = steps_of("spinal_rotation_shoulder_er")
    for side in (Side.LEFT, Side.RIGHT):
        mine = [s for s in steps if s.side is side and s.kind is not StepKind.SWITCH_SIDE]
        assert [s.kind for s in mine] == [StepKind.WORK, StepKind.BREATHE]
        assert mine[0].reps == 5
        assert mine[1].breaths == 3


def test_every_named_hold_is_in_the_planned_minutes() -> None:
    for exercise_id in ("knee_rotation", "standing_hip_rom", "spinal_rotation_shoulder_er"):
        exercise = CATALOGUE.get(exercise_id)
        item = PlayerItem(exercise, prescribe(exercise, DoseLevel.LOW))
        held = sum(s.seconds for s in session_steps([item]) if s.kind in HELD)
        assert held > 0
        assert item_seconds(item) >= held


def test_every_catalogue_drill_with_a_hold_in_its_dose_is_timed_with_one() -> None:
    for exercise in CATALOGUE.exercises:
        parts = prescribe(exercise, DoseLevel.LOW)
        if any(p.hold_s or p.hold_breaths for p in parts):
            steps = session_steps([PlayerItem(exercise, parts)])
            assert any(s.kind in HELD for s in steps), exercise.id

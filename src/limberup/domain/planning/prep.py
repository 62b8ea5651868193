"""Seed 004's preparation before a run: four steps, in its order.

Roll the legs, glutes and back; wake the glutes with drive-backs; hinge at the hip with a
deadlift (or, once advanced, kettlebell swings); then straight-legged walking kicks, last,
right before the run. The planner rewards each step a pre-run session holds
(``score.PREP_STEP_GAIN``), the session order keeps the steps in this order with the kicks
last (``explain.session_order``), and a week whose pre-run minutes leave steps out says
which (``NoteCode.PREP_LEFT_OUT``).
"""

from __future__ import annotations

from dataclasses import replace

from limberup.domain.dosing import Part

PREP_STEPS: tuple[frozenset[str], ...] = (
    frozenset({"foam_rolling"}),
    frozenset({"drive_backs"}),
    frozenset({"deadlift", "kettlebell_swing"}),
    frozenset({"straight_leg_walking_kicks"}),
)
"""Each step as the drills that make it (the hinge: a deadlift or its progression)."""
LAST_BEFORE_THE_RUN = "straight_leg_walking_kicks"


def prep_step(exercise_id: str) -> int | None:
    """The step (0-3) a drill is, or None for any other drill."""
    return next((i for i, step in enumerate(PREP_STEPS) if exercise_id in step), None)


BRIEF_HOLD_S = 15.0
"""Ours: the shortest roll of an area that still warms it (half our usual 30 s)."""


def brief(parts: tuple[Part, ...]) -> tuple[Part, ...]:
    """A step's smaller dose for a short pre-run: one set, and rolls of half the time.

    A short budget keeps the four steps in order at this dose rather than dropping steps.
    """
    return tuple(
        replace(
            part,
            sets=1,
            hold_s=max(BRIEF_HOLD_S, part.hold_s / 2) if part.hold_s else part.hold_s,
        )
        for part in parts
    )

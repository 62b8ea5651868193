"""Why each drill is in the plan, and the order drills take inside a session."""

from __future__ import annotations

from collections.abc import Sequence

from limberup.domain.catalog import Exercise
from limberup.domain.planning.candidates import Candidate
from limberup.domain.planning.prep import LAST_BEFORE_THE_RUN
from limberup.domain.planning.week import FindingInput
from limberup.domain.progression.decisions import Action
from limberup.domain.vocabulary import (
    Context,
    Modality,
    Plane,
    Position,
    Region,
    Status,
    TestId,
    finding_id,
)

TEST_LABELS = {
    TestId.SLR: "straight-leg raise",
    TestId.KNEE_TO_WALL: "ankle bend (knee-to-wall)",
    TestId.STANDING_HIP: "standing hip range",
    TestId.TIBIAL_ROTATION: "knee (tibial) rotation",
    TestId.THORACIC_ROTATION: "upper-back rotation",
}


def finding_label(finding_id: str) -> str:
    """A finding id in words: ``slr_limited`` -> ``limited straight-leg raise``."""
    if finding_id == "hypermobile":
        return "hypermobility (stability and control)"
    test, _, status = finding_id.rpartition("_")
    label = TEST_LABELS.get(TestId(test), test) if test in set(TestId) else test
    return f"left-right difference in {label}" if status == "asymmetric" else f"limited {label}"


MODALITY_LABELS = {
    Modality.DYNAMIC: "dynamic",
    Modality.ACTIVE_ROM: "active range-of-motion",
    Modality.STATIC_HOLD: "held mobility",
    Modality.STRENGTH: "strength",
    Modality.ACTIVATION: "activation",
    Modality.SOFT_TISSUE: "soft-tissue",
}
GROUND_UP: tuple[Region, ...] = (
    Region.FOOT,
    Region.ANKLE,
    Region.CALF,
    Region.SHIN,
    Region.KNEE,
    Region.HAMSTRINGS,
    Region.QUADRICEPS,
    Region.HIP_FLEXORS,
    Region.GROIN,
    Region.HIP,
    Region.GLUTES,
    Region.CORE,
    Region.LOWER_BACK,
    Region.THORACIC_SPINE,
    Region.CHEST,
    Region.SHOULDERS,
    Region.ARMS,
    Region.NECK,
)
"""Seed 002 works from the ankles up to the spine and shoulders."""
PRE_RUN_PHASES = (Modality.SOFT_TISSUE, Modality.ACTIVATION, Modality.STRENGTH, Modality.DYNAMIC)
"""Seed 004's four steps in order: roll, activate, hinge, then walking kicks."""


def why(candidate: Candidate, findings: Sequence[FindingInput], *, pair_role: int = 0) -> str:
    """A plain sentence: the finding the drill serves, or its purpose in the session.

    Args:
        pair_role: 1 for the first drill of the corrective pair, 2 for the second, else 0.
    """
    drill = candidate.drill
    exercise = drill.exercise
    if pair_role == 1:
        reason = (
            "first half of the corrective pair for your straight-leg raise: every day until "
            "it passes"
        )
    elif pair_role == 2:
        reason = "second half of the corrective pair, straight after the assisted raise"
    elif drill.serves:
        reason = "works on your " + "; ".join(_served(drill.serves, findings))
    else:
        reason = purpose(exercise, candidate.slot.context)
    if drill.decision is not None and drill.decision.action is not Action.HOLD:
        reason += f" - {drill.decision.reason}"
    return reason


PLANE_WORDS = {
    Plane.SAGITTAL: "forward and back",
    Plane.FRONTAL: "side to side",
    Plane.TRANSVERSE: "turning",
}
"""The planes of motion as a runner says them."""
MODALITY_PURPOSE = {
    Modality.DYNAMIC: "moves the {}",
    Modality.ACTIVE_ROM: "takes the {} through their range",
    Modality.STATIC_HOLD: "a held stretch for the {}",
    Modality.STRENGTH: "strengthens the {}",
    Modality.ACTIVATION: "wakes up the {}",
    Modality.SOFT_TISSUE: "loosens the {}",
}


def purpose(exercise: Exercise, context: Context) -> str:
    """What a drill does, in plain words: 'moves the ankle and foot, turning'.

    The session (``context``) is said where the session is shown, not in each drill's line.
    """
    regions = " and ".join(r.value.replace("_", " ") for r in exercise.regions[:2])
    directions = (
        "in every direction"
        if len(exercise.planes) == len(Plane)
        else " and ".join(PLANE_WORDS[plane] for plane in exercise.planes)
    )
    return f"{MODALITY_PURPOSE[exercise.modality].format(regions)}, {directions}"


POSITION_FLOW: dict[Position, int] = {
    Position.SUPINE: 0,
    Position.PRONE: 0,
    Position.SIDE_LYING: 0,
    Position.SEATED: 0,
    Position.VARIOUS: 0,  # the foam roll: on the floor
    Position.KNEELING: 1,
    Position.HALF_KNEELING: 1,
    Position.STANDING: 2,
    Position.WALKING: 3,
}
"""Floor, then kneeling, then standing, then moving: a session never goes back down."""


def session_order(
    chosen: Sequence[Candidate], context: Context, pair: tuple[str, str] | None
) -> list[Candidate]:
    """The order of a session's drills.

    Every session flows by position (``POSITION_FLOW``). Before a run, seed 004's phases order
    each position (roll, activate, hinge, then move) and its walking kicks come last, so the
    runner sets off from them; other sessions go ground up, feet first. The pair's second
    drill follows its first.
    """

    def key(candidate: Candidate) -> tuple[int, int, int, int]:
        exercise = candidate.drill.exercise
        region = min(GROUND_UP.index(r) for r in exercise.regions)
        phase = (
            PRE_RUN_PHASES.index(exercise.modality)
            if exercise.modality in PRE_RUN_PHASES
            else len(PRE_RUN_PHASES)
        )
        flow = POSITION_FLOW[exercise.position]
        if context is Context.PRE_RUN:
            return (int(exercise.id == LAST_BEFORE_THE_RUN), flow, phase, region)
        return (0, flow, region, phase)

    ordered = sorted(chosen, key=key)
    if pair is None:
        return ordered
    first, second = pair
    seconds = [c for c in ordered if c.drill.exercise.id == second]
    rest = [c for c in ordered if c.drill.exercise.id != second]
    out: list[Candidate] = []
    for candidate in rest:
        out.append(candidate)
        if candidate.drill.exercise.id == first:
            out.extend(seconds)
            seconds = []
    return out + seconds


def _served(serves: Sequence[str], findings: Sequence[FindingInput]) -> list[str]:
    """One phrase per test: 'straight-leg raise (limited on the left, uneven sides)'."""
    phrases = []
    if "hypermobile" in serves:
        phrases.append("joint control (hypermobility: stability and strength, not stretching)")
    for test, label in TEST_LABELS.items():
        limited = sorted(
            {
                f.side.value
                for f in findings
                if f.test is test
                and f.status is Status.LIMITED
                and f.side is not None
                and finding_id(test, Status.LIMITED) in serves
            }
        )
        uneven = finding_id(test, Status.ASYMMETRIC) in serves
        details = []
        if limited:
            where = "both sides" if len(limited) == 2 else f"the {limited[0]}"
            details.append(f"limited on {where}")
        if uneven:
            details.append("uneven sides")
        if details:
            phrases.append(f"{label} ({', '.join(details)})")
    return phrases

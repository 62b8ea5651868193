"""The straight-leg raise: an angle, seed 001's doorway test, or an FMS active-SLR score.

The test ends the moment the leg on the floor moves (seed 001); the raised leg's position there
is the result, so an angle is judged as given, and ``down_leg_moved`` only shapes the message.
All three forms are the same active test with the ankle pulled up, judged by one pass mark: the
ankle bone past mid-thigh (FMS score 3). An angle passes from the angle at which the ankle
reaches mid-thigh (``norms.SLR_ACTIVE_PASS_FROM_DEG``), so a leg passes both forms or neither.
"""

from __future__ import annotations

from limberup.domain.assessment.inputs import SlrSide
from limberup.domain.assessment.norms import (
    FMS,
    SLR_ACTIVE_PASS_FROM_DEG,
    SLR_FMS_PAIN_SCORE,
    SLR_FMS_PASS_SCORE,
    Norm,
    NormKind,
)
from limberup.domain.assessment.reading import Reading, Scale
from limberup.domain.assessment.units import format_angle
from limberup.domain.vocabulary import Side, Status, TestId

_WHY = (
    "It suggests the back of this leg, the control of your pelvis, or the front of the other "
    "hip is holding the raise back; the straight-leg-raise drills work on all three."
)
_DOWN_LEG = (
    " The leg on the floor moved first, which points to the front of that hip or to pelvic "
    "control rather than to the hamstrings alone."
)
SLR_REAL_CHANGE_DEG = Norm(
    7,
    "deg",
    "smallest change in a straight-leg-raise angle between two tests that is more than "
    "measurement error",
    "Neto et al. 2015 (J Sport Rehabil): SEM 2.2-2.6 degrees, minimal detectable difference "
    "6-7 degrees, in active adults with short hamstrings",
    kind=NormKind.REAL_CHANGE,
    note="the top of the reported 6-7 degrees, so a change we call real is real on either leg",
)
"""Lets a raise that improves short of the norm count as progress (60 -> 76 degrees)."""
_DOORWAY_NORM = "ankle bone past a door jamb lined up with mid-thigh (FMS score 3)"
_DOORWAY_SOURCE = f"seed 001; {FMS}"


def read_slr(data: SlrSide, side: Side) -> Reading:
    """Judge one leg's straight-leg raise.

    Args:
        data: the side as recorded, in one of its three forms.
        side: which leg was raised.

    Returns:
        A reading with the FMS score where the form yields one: 3 for a passed doorway test,
        the score itself when given, none for an angle or a failed doorway test.
    """
    if data.angle_deg is not None:
        return _from_angle(data.angle_deg, side, moved=bool(data.down_leg_moved))
    if data.door_jamb_passed is not None:
        return _from_doorway(data.door_jamb_passed, side, moved=bool(data.down_leg_moved))
    assert data.fms_score is not None  # the input model guarantees one form
    return _from_fms(data.fms_score, side)


def _from_angle(angle: float, side: Side, *, moved: bool) -> Reading:
    cutoff = SLR_ACTIVE_PASS_FROM_DEG.value
    limited = angle < cutoff
    reached = f"Your {side.value} leg rose to {format_angle(angle)}"
    if limited:
        message = (
            f"{reached}, short of the {format_angle(cutoff)} pass mark, the angle at which the "
            f"ankle bone gets past mid-thigh for average leg proportions. {_WHY}"
        )
    else:
        message = (
            f"{reached}, at or past the {format_angle(cutoff)} pass mark: the ankle bone gets "
            "past mid-thigh, as in the doorway test."
        )
    return Reading(
        test=TestId.SLR,
        side=side,
        status=Status.LIMITED if limited else Status.NORMAL,
        value=angle,
        unit="deg",
        norm=f"{format_angle(cutoff)} or more (pass mark: ankle bone past mid-thigh)",
        source=SLR_ACTIVE_PASS_FROM_DEG.source,
        message=message + (_DOWN_LEG if moved else ""),
        scale=Scale("deg", angle, SLR_REAL_CHANGE_DEG.value, cutoff),
    )


def _from_doorway(passed: bool, side: Side, *, moved: bool) -> Reading:
    if passed:
        message = f"Your {side.value} ankle passed the door jamb: this side meets the standard."
    else:
        message = f"Your {side.value} ankle did not pass the door jamb. {_WHY}"
    return Reading(
        test=TestId.SLR,
        side=side,
        status=Status.NORMAL if passed else Status.LIMITED,
        value=passed,
        unit=None,
        norm=_DOORWAY_NORM,
        source=_DOORWAY_SOURCE,
        message=message + (_DOWN_LEG if moved and not passed else ""),
        scale=Scale("doorway", float(passed), 1),
        fms=int(SLR_FMS_PASS_SCORE.value) if passed else None,
    )


def _from_fms(score: int, side: Side) -> Reading:
    passing = int(SLR_FMS_PASS_SCORE.value)
    if score == SLR_FMS_PAIN_SCORE:
        status = Status.PAINFUL
        message = (
            f"Raising your {side.value} leg hurt. Stop this test and its drills on this side "
            "and have it checked by a doctor or physiotherapist."
        )
    elif score < passing:
        status = Status.LIMITED
        message = f"Your {side.value} leg scored {score} of {passing}. {_WHY}"
    else:
        status = Status.NORMAL
        message = f"Your {side.value} leg scored {score} of {passing}: it meets the standard."
    return Reading(
        test=TestId.SLR,
        side=side,
        status=status,
        value=score,
        unit="score",
        norm=f"score {passing}: ankle bone past mid-thigh, other leg flat",
        source=FMS,
        message=message,
        scale=Scale("score", score, 1),
        fms=score,
    )

"""Thoracic rotation: how far the upper back turns toward each side with the lower back locked."""

from __future__ import annotations

from limberup.domain.assessment.inputs import ThoracicRotationSide
from limberup.domain.assessment.norms import THORACIC_NORMAL_FROM_DEG, THORACIC_REAL_CHANGE_DEG
from limberup.domain.assessment.reading import Reading, Scale
from limberup.domain.assessment.units import format_angle
from limberup.domain.vocabulary import Side, Status, TestId


def read_thoracic_rotation(data: ThoracicRotationSide, side: Side) -> Reading:
    """Judge the upper back's rotation toward one side.

    Args:
        data: the angle reached.
        side: the side turned toward.
    """
    angle = data.angle_deg
    cutoff = THORACIC_NORMAL_FROM_DEG.value
    limited = angle < cutoff
    turned = f"Your upper back turned {format_angle(angle)} to the {side.value}"
    if limited:
        message = (
            f"{turned}, under {format_angle(cutoff)}, the screening cutoff below which upper-back "
            "rotation counts as restricted. Running turns the trunk a little with every stride; "
            "the spine rotation drills work on it."
        )
    else:
        message = f"{turned}, at or past the {format_angle(cutoff)} screening cutoff: unrestricted."
    return Reading(
        test=TestId.THORACIC_ROTATION,
        side=side,
        status=Status.LIMITED if limited else Status.NORMAL,
        value=angle,
        unit="deg",
        norm=f"{format_angle(cutoff)} or more (screening cutoff)",
        source=THORACIC_NORMAL_FROM_DEG.source,
        message=message,
        scale=Scale("deg", angle, THORACIC_REAL_CHANGE_DEG.value, cutoff),
    )

"""Tibial (knee) rotation: degrees inward and outward with the knee at 90°, or how it feels."""

from __future__ import annotations

from limberup.domain.assessment.inputs import Feel, TibialRotationSide
from limberup.domain.assessment.norms import (
    TIBIAL_EXTERNAL_NORMAL_FROM_DEG,
    TIBIAL_INTERNAL_NORMAL_FROM_DEG,
    TIBIAL_TOTAL_NORMAL_FROM_DEG,
)
from limberup.domain.assessment.reading import Reading, Scale
from limberup.domain.assessment.units import format_angle
from limberup.domain.vocabulary import Side, Status, TestId

_TOTAL = TIBIAL_TOTAL_NORMAL_FROM_DEG
_NORM = (
    f"{format_angle(_TOTAL.value)}-{format_angle(_TOTAL.upper or _TOTAL.value)} in total; "
    f"inward {format_angle(TIBIAL_INTERNAL_NORMAL_FROM_DEG.value)} or more, "
    f"outward {format_angle(TIBIAL_EXTERNAL_NORMAL_FROM_DEG.value)} or more "
    "(outward about twice inward)"
)
_FEEL_RANK: dict[Feel, int] = {"painful": 0, "stiff": 1, "free": 2}
_WHY = "The knee rotation drill works on it, a little further each time, never into pain."


def read_tibial_rotation(data: TibialRotationSide, side: Side) -> Reading:
    """Judge one knee's shin rotation.

    Args:
        data: degrees each way, or the feel at the end of the range.
        side: which knee.
    """
    if data.feel is not None:
        return _from_feel(data.feel, side)
    # The input model guarantees both degrees when there is no feel.
    return _from_degrees(data.internal_deg or 0.0, data.external_deg or 0.0, side)


def _from_degrees(internal: float, external: float, side: Side) -> Reading:
    total = round(internal + external, 6)
    short = [
        f"{text} ({format_angle(norm.value)} or more)"
        for text, value, norm in (
            ("in total", total, _TOTAL),
            ("inward", internal, TIBIAL_INTERNAL_NORMAL_FROM_DEG),
            ("outward", external, TIBIAL_EXTERNAL_NORMAL_FROM_DEG),
        )
        if value < norm.value
    ]
    turned = f"Your {side.value} shin turned {format_angle(total)} in total"
    if short:
        message = f"{turned}; below the typical range {', '.join(short)}. {_WHY}"
    elif _TOTAL.upper is not None and total > _TOTAL.upper:
        message = (
            f"{turned}, more than the typical {format_angle(_TOTAL.upper)}. On its own that is "
            "no concern; the hypermobility check looks at loose joints as a whole."
        )
    else:
        message = f"{turned}, within the typical range."
    return Reading(
        test=TestId.TIBIAL_ROTATION,
        side=side,
        status=Status.LIMITED if short else Status.NORMAL,
        value=total,
        unit="deg",
        norm=_NORM,
        source=_TOTAL.source,
        message=message,
        scale=Scale("deg", total, None),
    )


def _from_feel(feel: Feel, side: Side) -> Reading:
    status = {"free": Status.NORMAL, "stiff": Status.LIMITED, "painful": Status.PAINFUL}[feel]
    message = {
        "free": f"Your {side.value} knee turns freely both ways.",
        "stiff": f"Your {side.value} knee feels stiff at the end of its turn. {_WHY}",
        "painful": (
            f"Turning your {side.value} knee hurt. Do not train into it; have the knee "
            "checked by a doctor or physiotherapist."
        ),
    }[feel]
    return Reading(
        test=TestId.TIBIAL_ROTATION,
        side=side,
        status=status,
        value=feel,
        unit=None,
        norm="a springy, free end of the turn both ways",
        source="seed 002",
        message=message,
        scale=Scale("feel", _FEEL_RANK[feel], 1),
    )

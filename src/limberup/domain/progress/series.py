"""Each test, side by side, over time: the series a progress table or chart shows.

A series holds one side of one test on one scale (degrees, centimetres, a score...), with the
norm band it is judged against and that band's source. A knee-to-wall test recorded once as a
distance and once as a shin angle stays one series, in centimetres (converted at 3.6° per cm,
and marked approximate).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from limberup.domain.assessment import Assessment
from limberup.domain.assessment.evaluate import read_all
from limberup.domain.assessment.norms import (
    KNEE_TO_WALL_RISK_CUTOFF_CM,
    SLR_ACTIVE_PASS_FROM_DEG,
    SLR_FMS_PASS_SCORE,
    STANDING_HIP_STANDARDS,
    THORACIC_NORMAL_FROM_DEG,
    TIBIAL_TOTAL_NORMAL_FROM_DEG,
    Norm,
)
from limberup.domain.assessment.reading import Reading
from limberup.domain.assessment.units import (
    UnitSystem,
    distance_unit,
    shin_angle_to_cm,
    to_display_distance,
)
from limberup.domain.vocabulary import Side, Status, TestId


@dataclass(frozen=True, slots=True)
class NormBand:
    """The range a value meets the norm in; ``high`` is None for "this much or more"."""

    low: float
    high: float | None
    source: str
    kind: str = "pass mark"
    """What the figure is (``norms.NormKind``): a pass mark, typical, a risk cutoff."""


@dataclass(frozen=True, slots=True)
class ProgressPoint:
    taken_on: dt.date
    value: float
    status: Status
    approximate: bool = False
    """Converted from another form of the test (a shin angle read as centimetres)."""


@dataclass(frozen=True, slots=True)
class ProgressSeries:
    """One side of one test on one scale, oldest first."""

    test: TestId
    side: Side
    scale: str
    """``deg``, ``cm``, ``in``, ``score``, ``standards``, ``doorway`` or ``feel``."""
    label: str
    """What the value measures, for a table header or a chart's axis."""
    points: tuple[ProgressPoint, ...]
    band: NormBand | None


def _band(norm: Norm) -> NormBand:
    return NormBand(norm.value, norm.upper, norm.source, norm.kind.value)


_SCALES: dict[tuple[TestId, str], tuple[str, NormBand | None]] = {
    (TestId.SLR, "deg"): ("leg angle (°)", _band(SLR_ACTIVE_PASS_FROM_DEG)),
    (TestId.SLR, "score"): ("FMS score (0-3)", _band(SLR_FMS_PASS_SCORE)),
    (TestId.SLR, "doorway"): (
        "past the door frame (1 = yes)",
        NormBand(1, 1, SLR_FMS_PASS_SCORE.source),
    ),
    (TestId.KNEE_TO_WALL, "cm"): ("toe to wall", _band(KNEE_TO_WALL_RISK_CUTOFF_CM)),
    (TestId.STANDING_HIP, "standards"): ("standards met (of 3)", _band(STANDING_HIP_STANDARDS)),
    (TestId.TIBIAL_ROTATION, "deg"): ("total rotation (°)", _band(TIBIAL_TOTAL_NORMAL_FROM_DEG)),
    (TestId.TIBIAL_ROTATION, "feel"): ("feel (0 painful, 1 stiff, 2 free)", None),
    (TestId.THORACIC_ROTATION, "deg"): ("rotation (°)", _band(THORACIC_NORMAL_FROM_DEG)),
}


def progress_series(
    assessments: Sequence[tuple[dt.date, Assessment]], *, units: UnitSystem = UnitSystem.METRIC
) -> tuple[ProgressSeries, ...]:
    """Every test and side recorded, each as a series over the assessments' dates.

    Args:
        assessments: ``(date, assessment)`` pairs, in any order.
        units: distances in cm (metric) or inches (imperial).

    Returns:
        Series in test order, left side first; a test recorded on two scales gives two series.
    """
    points: dict[tuple[TestId, Side, str], list[ProgressPoint]] = {}
    for taken_on, assessment in sorted(assessments, key=lambda pair: pair[0]):
        for test, sides in read_all(assessment).items():
            for side, reading in sides.items():
                scale, point = _point(taken_on, test, reading)
                if scale is not None:
                    points.setdefault((test, side, scale), []).append(point)
    order = list(TestId)
    series = []
    for (test, side, scale), found in sorted(
        points.items(), key=lambda entry: (order.index(entry[0][0]), entry[0][1] != Side.LEFT)
    ):
        label, band = _SCALES[(test, scale)]
        series.append(
            _in_units(ProgressSeries(test, side, scale, label, tuple(found), band), units)
        )
    return tuple(series)


def _point(taken_on: dt.date, test: TestId, reading: Reading) -> tuple[str | None, ProgressPoint]:
    scale = reading.scale
    if scale is None:
        return None, ProgressPoint(taken_on, 0.0, reading.status)
    if test is TestId.KNEE_TO_WALL and scale.kind == "deg":
        cm = shin_angle_to_cm(scale.measure)
        return "cm", ProgressPoint(taken_on, cm, reading.status, approximate=True)
    if (test, scale.kind) not in _SCALES:
        return None, ProgressPoint(taken_on, scale.measure, reading.status)
    return scale.kind, ProgressPoint(taken_on, scale.measure, reading.status)


def _in_units(series: ProgressSeries, units: UnitSystem) -> ProgressSeries:
    if series.scale != "cm":
        return series
    unit = distance_unit(units)
    points = tuple(
        ProgressPoint(p.taken_on, to_display_distance(p.value, units), p.status, p.approximate)
        for p in series.points
    )
    band = series.band
    if band is not None:
        band = NormBand(to_display_distance(band.low, units), None, band.source, band.kind)
    return ProgressSeries(series.test, series.side, unit, f"{series.label} ({unit})", points, band)

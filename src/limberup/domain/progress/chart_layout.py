"""Where a progress chart puts things: one layout for the PNG and the web page alike.

A chart has one panel per test and scale, with both sides in it on one value axis, so 60° on
the left and 78° on the right sit at different heights. Every panel shares one time axis. A
measure with a fixed range (a 0-3 score, 0-3 standards, a yes/no) keeps that range, with a
sliver of room, and gets whole-number ticks inside it only: never a "4" on a 0-3 measure. One
assessment gets a window of a week either side instead of a span of years.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from limberup.domain.progress.series import NormBand, ProgressSeries
from limberup.domain.vocabulary import TestId

FIXED_RANGES: dict[str, tuple[float, float]] = {
    "score": (0, 3),
    "standards": (0, 3),
    "doorway": (0, 1),
    "feel": (0, 2),
}
"""Scales whose every value lies in a known range: the axis shows that range, no more."""

FIXED_PAD = 0.08
"""Room beyond a fixed range's ends, as a share of it: no tick there, but dots are not cut."""

ONE_DATE_WINDOW = dt.timedelta(days=7)
"""How far either side of a single assessment the time axis reaches."""

MAX_DATE_TICKS = 6
"""Up to this many assessment dates are each labelled; beyond it, evenly spaced dates."""

VALUE_TICKS = 5
"""About how many ticks an open value axis gets."""

MARGIN = 0.15
"""Room above and below an open axis's data, as a share of its span."""


@dataclass(frozen=True, slots=True)
class ValueAxis:
    low: float
    high: float
    ticks: tuple[float, ...]
    """All within ``low``..``high``."""

    def fraction(self, value: float) -> float:
        """Where ``value`` sits, 0 at ``low`` and 1 at ``high``."""
        return (value - self.low) / (self.high - self.low)


@dataclass(frozen=True, slots=True)
class TimeAxis:
    start: dt.date
    end: dt.date
    ticks: tuple[dt.date, ...]

    def fraction(self, day: dt.date) -> float:
        """Where ``day`` sits, 0 at ``start`` and 1 at ``end``."""
        return (day - self.start).days / (self.end - self.start).days


@dataclass(frozen=True, slots=True)
class Panel:
    """One test on one scale: its sides (left first), their shared value axis and norm band."""

    test: TestId
    scale: str
    label: str
    series: tuple[ProgressSeries, ...]
    values: ValueAxis
    band: NormBand | None


@dataclass(frozen=True, slots=True)
class ChartLayout:
    time: TimeAxis
    panels: tuple[Panel, ...]


def chart_layout(series: Sequence[ProgressSeries]) -> ChartLayout:
    """The panels and axes for ``series`` (from ``progress_series``).

    Raises:
        ValueError: ``series`` holds no point at all.
    """
    dates = sorted({point.taken_on for one in series for point in one.points})
    if not dates:
        raise ValueError("nothing to chart: no test has been recorded yet")
    grouped: dict[tuple[TestId, str], list[ProgressSeries]] = {}
    for one in series:
        if one.points:
            grouped.setdefault((one.test, one.scale), []).append(one)
    panels = tuple(
        Panel(
            test,
            scale,
            members[0].label,
            tuple(members),
            _value_axis(scale, members),
            members[0].band,
        )
        for (test, scale), members in grouped.items()
    )
    return ChartLayout(_time_axis(dates), panels)


def _time_axis(dates: Sequence[dt.date]) -> TimeAxis:
    first, last = dates[0], dates[-1]
    if first == last:
        return TimeAxis(first - ONE_DATE_WINDOW, last + ONE_DATE_WINDOW, (first,))
    pad = dt.timedelta(days=max(1, round((last - first).days * 0.05)))
    if len(dates) <= MAX_DATE_TICKS:
        ticks = tuple(dates)
    else:
        step = (last - first) / (MAX_DATE_TICKS - 1)
        ticks = (*(first + step * k for k in range(MAX_DATE_TICKS - 1)), last)
    return TimeAxis(first - pad, last + pad, ticks)


def _value_axis(scale: str, members: Sequence[ProgressSeries]) -> ValueAxis:
    if scale in FIXED_RANGES:
        low, high = FIXED_RANGES[scale]
        whole = tuple(float(v) for v in range(int(low), int(high) + 1))
        pad = (high - low) * FIXED_PAD  # a dot on the range's edge is drawn whole
        return ValueAxis(low - pad, high + pad, whole)
    values = [point.value for one in members for point in one.points]
    band = members[0].band
    if band is not None:
        values += [band.low] + ([band.high] if band.high is not None else [])
    low, high = min(values), max(values)
    span = (high - low) or max(abs(high) * 0.2, 5.0)
    bottom = low - span * MARGIN
    if bottom < 0 <= low:  # a measure that cannot go negative draws no negative axis
        bottom = 0.0
    top = high + span * MARGIN
    step = _nice_step((top - bottom) / (VALUE_TICKS - 1))
    first_tick = math.ceil(bottom / step) * step
    ticks: list[float] = []
    tick = first_tick
    while tick <= top + 1e-9:
        ticks.append(round(tick, 6))
        tick += step
    return ValueAxis(bottom, top, tuple(ticks))


def _nice_step(rough: float) -> float:
    """The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least ``rough``."""
    power = math.pow(10, math.floor(math.log10(rough)))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= rough)

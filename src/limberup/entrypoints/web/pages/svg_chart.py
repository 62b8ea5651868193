"""A progress panel drawn as SVG on the server: both sides of one test on one scale.

The axes come from ``domain.progress.chart_layout``, the same layout the PNG chart draws, so
both sides share one value axis and every panel the same dates. No chart library is loaded in
the browser: the page stays light on a phone and works without JavaScript. The norm band is
shaded, so a point inside it reads as "meets the norm"; a filled dot meets it too.
"""

from __future__ import annotations

from html import escape

from limberup.domain.progress.chart_layout import Panel, TimeAxis
from limberup.domain.vocabulary import Side, Status

WIDTH, HEIGHT = 320, 160
LEFT, RIGHT, TOP, BOTTOM = 40, 10, 10, 34
SIDE_CLASS = {Side.LEFT: "left", Side.RIGHT: "right"}
DODGE = {Side.LEFT: -4.0, Side.RIGHT: 4.0}
"""Both sides measured the same day would hide one dot under the other: each steps aside."""


def panel_chart(panel: Panel, time: TimeAxis, *, title: str) -> str:
    """SVG markup: the band, a line per side, a dot per point, the ticks of both axes."""
    inner_w, inner_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day_fraction: float) -> float:
        return LEFT + inner_w * day_fraction

    def y(value: float) -> float:
        return TOP + inner_h * (1 - panel.values.fraction(value))

    parts = [
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(title)}" '
        'class="chart" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    band = panel.band
    if band is not None:
        top = y(band.high if band.high is not None else panel.values.high)
        parts.append(
            f'<rect class="band" x="{LEFT}" y="{top:.1f}" width="{inner_w}" '
            f'height="{max(y(band.low) - top, 0):.1f}"/>'
        )
    for tick in panel.values.ticks:
        parts.append(
            f'<text class="axis" x="{LEFT - 4}" y="{y(tick) + 4:.1f}" '
            f'text-anchor="end">{tick:g}</text>'
        )
    labelled = {time.ticks[0], time.ticks[-1]}  # the ends only: a phone has no room for more
    for day in time.ticks:
        at = x(time.fraction(day))
        parts.append(
            f'<line class="tick" x1="{at:.1f}" x2="{at:.1f}" y1="{TOP + inner_h}" '
            f'y2="{TOP + inner_h + 4}"/>'
        )
        if day in labelled:
            anchor = "start" if day == time.ticks[0] and len(labelled) > 1 else "middle"
            if day == time.ticks[-1] and len(labelled) > 1:
                anchor = "end"
            parts.append(
                f'<text class="axis" x="{at:.1f}" y="{HEIGHT - 16}" '
                f'text-anchor="{anchor}">{day:%d %b}</text>'
            )
    for one in panel.series:
        side = SIDE_CLASS[one.side]
        dodge = DODGE[one.side] if len(panel.series) > 1 else 0.0
        line = " ".join(
            f"{x(time.fraction(p.taken_on)) + dodge:.1f},{y(p.value):.1f}" for p in one.points
        )
        parts.append(f'<polyline class="line {side}" points="{line}"/>')
        for point in one.points:
            css = f"dot {side} ok" if point.status is Status.NORMAL else f"dot {side}"
            parts.append(
                f'<circle class="{css}" cx="{x(time.fraction(point.taken_on)) + dodge:.1f}" '
                f'cy="{y(point.value):.1f}" r="4"><title>{one.side.value}, '
                f"{point.taken_on:%d %b %Y}: {point.value:g}</title></circle>"
            )
    parts.append(_legend(panel))
    parts.append("</svg>")
    return "".join(parts)


def _legend(panel: Panel) -> str:
    items = []
    for k, one in enumerate(panel.series):
        side = SIDE_CLASS[one.side]
        at = LEFT + k * 90
        items.append(
            f'<line class="line {side}" x1="{at}" x2="{at + 18}" y1="{HEIGHT - 5}" '
            f'y2="{HEIGHT - 5}"/><text class="axis" x="{at + 22}" y="{HEIGHT - 1}">'
            f"{one.side.value}</text>"
        )
    return "".join(items)

"""A small line chart of one test's side over time, drawn as SVG on the server.

No chart library is loaded in the browser: the page stays light on a phone and works without
JavaScript. The norm band is shaded so a point inside it reads as "meets the norm".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

WIDTH, HEIGHT = 320, 150
LEFT, RIGHT, TOP, BOTTOM = 40, 10, 10, 28


@dataclass(frozen=True, slots=True)
class Point:
    label: str
    value: float
    ok: bool


def line_chart(
    points: Sequence[Point], *, band: tuple[float, float | None] | None, title: str
) -> str:
    """SVG markup: the band, the line, a dot per point (filled when it meets the norm)."""
    values = [p.value for p in points]
    low_edge = min([*values, band[0] if band else min(values)])
    high_edge = max([*values, *(x for x in (band or ()) if x is not None)])
    # One value (all points on the norm's edge) still gets a scale whose two labels differ.
    span = (high_edge - low_edge) or max(abs(high_edge) * 0.2, 5.0)
    floor = low_edge
    low_edge -= span * 0.15
    if low_edge < 0 <= floor:  # a scale that starts at 0 (points, distances) draws no "-1"
        low_edge = 0.0
    high_edge += span * 0.15

    def x(i: int) -> float:
        inner = WIDTH - LEFT - RIGHT
        return LEFT + (inner / 2 if len(points) == 1 else inner * i / (len(points) - 1))

    def y(value: float) -> float:
        return TOP + (HEIGHT - TOP - BOTTOM) * (high_edge - value) / (high_edge - low_edge)

    parts = [
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(title)}" '
        'class="chart" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    if band is not None:
        top = y(band[1] if band[1] is not None else high_edge)
        parts.append(
            f'<rect class="band" x="{LEFT}" y="{top:.1f}" width="{WIDTH - LEFT - RIGHT}" '
            f'height="{max(y(band[0]) - top, 0):.1f}"/>'
        )
    for value in (low_edge, high_edge):
        parts.append(
            f'<text class="axis" x="{LEFT - 4}" y="{y(value) + 4:.1f}" '
            f'text-anchor="end">{value:.0f}</text>'
        )
    line = " ".join(f"{x(i):.1f},{y(p.value):.1f}" for i, p in enumerate(points))
    parts.append(f'<polyline class="line" points="{line}"/>')
    for i, point in enumerate(points):
        css = "dot ok" if point.ok else "dot"
        parts.append(
            f'<circle class="{css}" cx="{x(i):.1f}" cy="{y(point.value):.1f}" r="4">'
            f"<title>{escape(point.label)}: {point.value:g}</title></circle>"
        )
    first, last = points[0].label, points[-1].label
    parts.append(f'<text class="axis" x="{LEFT}" y="{HEIGHT - 8}">{escape(first)}</text>')
    if len(points) > 1:
        parts.append(
            f'<text class="axis" x="{WIDTH - RIGHT}" y="{HEIGHT - 8}" '
            f'text-anchor="end">{escape(last)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)

"""Progress charts as PNG files: each test per side over time, against its norm band.

Drawn with matplotlib's Agg canvas on a ``Figure`` of our own (never ``pyplot``), so no
display, global state or GUI backend is involved and charts can be drawn from any thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import date2num
from matplotlib.figure import Figure

from limberup.domain.assessment import PROTOCOLS
from limberup.domain.progress.chart_layout import Panel, chart_layout
from limberup.domain.progress.series import ProgressSeries
from limberup.domain.vocabulary import Side

SIDE_STYLE = {Side.LEFT: ("#1f77b4", "o"), Side.RIGHT: ("#d62728", "s")}
BAND_COLOUR = "#2ca02c"
PANEL_HEIGHT_IN = 2.6
WIDTH_IN = 9.0
DPI = 110


def draw_progress_chart(series: Sequence[ProgressSeries], path: Path) -> Path:
    """Draw one panel per test (and scale), a line per side, the norm band shaded.

    The panels, their value axes and the one shared time axis come from
    ``domain.progress.chart_layout``, as on the web page.

    Args:
        series: from ``services.history.progress``; at least one point.
        path: where to write the PNG (its folder must exist).

    Returns:
        ``path``.

    Raises:
        ValueError: ``series`` holds no point.
        OSError: the file cannot be written.
    """
    layout = chart_layout(series)
    figure = Figure(figsize=(WIDTH_IN, PANEL_HEIGHT_IN * len(layout.panels)), dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.subplots(len(layout.panels), 1, squeeze=False, sharex=True)[:, 0]
    for ax, panel in zip(axes, layout.panels, strict=True):
        _panel(ax, panel)
    time = layout.time
    axes[-1].set_xlim(date2num(time.start), date2num(time.end))  # type: ignore[no-untyped-call]
    axes[-1].set_xticks(
        [date2num(day) for day in time.ticks],  # type: ignore[no-untyped-call]
        [_date_label(day, time.ticks) for day in time.ticks],
    )
    figure.suptitle("LimberUp progress: each test per side, against its norm")
    figure.tight_layout()
    figure.savefig(path, format="png")
    return path


def _date_label(day: dt.date, ticks: Sequence[dt.date]) -> str:
    one_year = ticks[0].year == ticks[-1].year
    return f"{day:%d %b}" if one_year and len(ticks) > 1 else f"{day:%d %b %Y}"


def _panel(ax: Axes, panel: Panel) -> None:
    values = panel.values
    band = panel.band
    if band is not None:
        high = band.high if band.high is not None else values.high
        ax.axhspan(band.low, high, color=BAND_COLOUR, alpha=0.15, label="norm")
        ax.axhline(band.low, color=BAND_COLOUR, linewidth=1)
        ax.annotate(
            f"norm: {band.source}",
            xy=(0.01, 0.03),
            xycoords="axes fraction",
            fontsize=7,
            color="#333333",
        )
    for one in panel.series:
        colour, marker = SIDE_STYLE[one.side]
        ax.plot(
            [date2num(point.taken_on) for point in one.points],  # type: ignore[no-untyped-call]
            [point.value for point in one.points],
            color=colour,
            marker=marker,
            label=one.side.value,
        )
    ax.set_ylim(values.low, values.high)
    ax.set_yticks(list(values.ticks), [f"{tick:g}" for tick in values.ticks])
    ax.set_title(PROTOCOLS[panel.test].title, fontsize=10, loc="left")
    ax.set_ylabel(panel.label, fontsize=8)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0)

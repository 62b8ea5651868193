"""Progress charts as PNG files: each test per side over time, against its norm band.

Drawn with matplotlib's Agg canvas on a ``Figure`` of our own (never ``pyplot``), so no
display, global state or GUI backend is involved and charts can be drawn from any thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure

from limberup.domain.assessment import PROTOCOLS
from limberup.domain.progress.series import ProgressSeries
from limberup.domain.vocabulary import Side, TestId

SIDE_STYLE = {Side.LEFT: ("#1f77b4", "o"), Side.RIGHT: ("#d62728", "s")}
BAND_COLOUR = "#2ca02c"
PANEL_HEIGHT_IN = 2.6
WIDTH_IN = 9.0
DPI = 110


def draw_progress_chart(series: Sequence[ProgressSeries], path: Path) -> Path:
    """Draw one panel per test (and scale), a line per side, the norm band shaded.

    Args:
        series: from ``services.history.progress``; at least one.
        path: where to write the PNG (its folder must exist).

    Returns:
        ``path``.

    Raises:
        ValueError: ``series`` is empty.
        OSError: the file cannot be written.
    """
    if not series:
        raise ValueError("nothing to chart: no test has been recorded yet")
    panels: dict[tuple[TestId, str], list[ProgressSeries]] = {}
    for one in series:
        panels.setdefault((one.test, one.scale), []).append(one)
    figure = Figure(figsize=(WIDTH_IN, PANEL_HEIGHT_IN * len(panels)), dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.subplots(len(panels), 1, squeeze=False)[:, 0]
    for ax, ((test, _), members) in zip(axes, panels.items(), strict=True):
        _panel(ax, test, members)
    figure.suptitle("LimberUp progress: each test per side, against its norm")
    figure.tight_layout()
    figure.savefig(path, format="png")
    return path


def _panel(ax: Axes, test: TestId, members: Sequence[ProgressSeries]) -> None:
    values = [point.value for one in members for point in one.points]
    band = members[0].band
    top = max([*values, band.high or band.low] if band else values)
    bottom = min([*values, band.low] if band else values)
    margin = max((top - bottom) * 0.15, 1.0)
    if band is not None:
        high = band.high if band.high is not None else top + margin
        ax.axhspan(band.low, high, color=BAND_COLOUR, alpha=0.15, label="norm")
        ax.axhline(band.low, color=BAND_COLOUR, linewidth=1)
        ax.annotate(
            f"norm: {band.source}",
            xy=(0.01, 0.03),
            xycoords="axes fraction",
            fontsize=7,
            color="#333333",
        )
    for one in members:
        colour, marker = SIDE_STYLE[one.side]
        dates = [point.taken_on for point in one.points]
        ax.plot(
            dates,  # type: ignore[arg-type]
            [point.value for point in one.points],
            color=colour,
            marker=marker,
            label=one.side.value,
        )
    ax.set_ylim(bottom - margin, top + margin)
    ax.set_title(PROTOCOLS[test].title, fontsize=10, loc="left")
    ax.set_ylabel(members[0].label, fontsize=8)
    # matplotlib's date helpers carry no annotations yet.
    locator = AutoDateLocator(minticks=2, maxticks=8)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    ax.grid(alpha=0.3)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0)

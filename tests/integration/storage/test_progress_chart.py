"""The progress chart is a real PNG with a panel per test, both sides and the norm band."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from matplotlib.image import imread

from limberup.adapters.charts import draw_progress_chart
from limberup.domain.progress.series import progress_series
from tests.unit.storage.builders import MONDAY, assessment

WEEKS = [MONDAY + dt.timedelta(days=7 * k) for k in range(4)]


def test_a_chart_of_each_test_per_side_is_written_as_png(tmp_path: Path) -> None:
    series = progress_series(
        [(week, assessment(week, slr_left=60 + 5 * k)) for k, week in enumerate(WEEKS)]
    )
    path = draw_progress_chart(series, tmp_path / "progress.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = imread(path)
    height, width = pixels.shape[:2]
    assert width > 900
    assert height > 500  # two panels: straight-leg raise and knee-to-wall
    red, green, blue = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    assert ((green > red + 0.05) & (green > blue + 0.05)).any()  # the shaded norm band
    assert ((blue > red + 0.3) & (blue > green + 0.2)).any()  # the left side's line


def test_a_chart_of_nothing_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no test has been recorded"):
        draw_progress_chart((), tmp_path / "empty.png")
    assert not (tmp_path / "empty.png").exists()

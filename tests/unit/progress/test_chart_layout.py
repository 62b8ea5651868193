"""The progress chart's layout, shared by the PNG and the web page: axes that read well."""

from __future__ import annotations

import datetime as dt

import pytest

from limberup.domain.progress.chart_layout import (
    FIXED_RANGES,
    MAX_DATE_TICKS,
    ONE_DATE_WINDOW,
    chart_layout,
)
from limberup.domain.progress.series import progress_series
from limberup.domain.vocabulary import Side, TestId
from tests.unit.storage.builders import MONDAY, assessment

STANDING_HIP = {
    "left": {"flexion": True, "abduction": False, "extension": False},
    "right": {"flexion": True, "abduction": True, "extension": True},
}


def test_both_sides_share_one_value_axis_so_different_angles_sit_at_different_heights() -> None:
    series = progress_series([(MONDAY, assessment(MONDAY, slr_left=60))])
    layout = chart_layout(series)
    slr = next(p for p in layout.panels if p.test is TestId.SLR)
    assert [one.side for one in slr.series] == [Side.LEFT, Side.RIGHT]
    left, right = (one.points[0].value for one in slr.series)
    assert slr.values.fraction(left) < slr.values.fraction(right)
    assert len({(p.test, p.scale) for p in layout.panels}) == len(layout.panels)


def test_one_assessment_gets_a_week_either_side_not_years() -> None:
    layout = chart_layout(progress_series([(MONDAY, assessment(MONDAY))]))
    assert layout.time.start == MONDAY - ONE_DATE_WINDOW
    assert layout.time.end == MONDAY + ONE_DATE_WINDOW
    assert layout.time.ticks == (MONDAY,)
    assert layout.time.fraction(MONDAY) == pytest.approx(0.5)


def test_many_assessments_span_first_to_last_with_at_most_six_date_ticks() -> None:
    dates = [MONDAY + dt.timedelta(weeks=k) for k in range(10)]
    layout = chart_layout(progress_series([(d, assessment(d)) for d in dates]))
    assert layout.time.start < dates[0] < dates[-1] < layout.time.end
    assert (layout.time.end - layout.time.start).days < 80
    assert len(layout.time.ticks) == MAX_DATE_TICKS
    assert layout.time.ticks[0] == dates[0]
    assert layout.time.ticks[-1] == dates[-1]
    few = chart_layout(progress_series([(d, assessment(d)) for d in dates[:3]]))
    assert few.time.ticks == tuple(dates[:3])  # each assessment labelled


def test_a_measure_with_a_fixed_range_gets_whole_ticks_inside_it_only() -> None:
    taken = assessment(MONDAY, standing_hip=STANDING_HIP)
    layout = chart_layout(progress_series([(MONDAY, taken)]))
    hip = next(p for p in layout.panels if p.test is TestId.STANDING_HIP)
    assert FIXED_RANGES["standards"] == (0, 3)
    assert hip.values.ticks == (0.0, 1.0, 2.0, 3.0)  # never a 3.5 or a 4
    assert -0.5 < hip.values.low < 0
    assert 3 < hip.values.high < 3.5  # a dot at 3 is drawn whole


def test_an_open_axis_holds_the_data_and_the_norm_and_its_ticks_stay_inside() -> None:
    dates = [MONDAY, MONDAY + dt.timedelta(weeks=1)]
    layout = chart_layout(
        progress_series([(d, assessment(d, slr_left=55 + 20 * k)) for k, d in enumerate(dates)])
    )
    for panel in layout.panels:
        values = [p.value for one in panel.series for p in one.points]
        if panel.band is not None:
            values.append(panel.band.low)
        assert panel.values.low <= min(values) <= max(values) <= panel.values.high
        assert panel.values.low >= 0  # a distance or an angle draws no negative axis
        assert all(panel.values.low <= t <= panel.values.high for t in panel.values.ticks)
        assert len(panel.values.ticks) >= 3


def test_nothing_recorded_is_refused() -> None:
    with pytest.raises(ValueError, match="no test has been recorded"):
        chart_layout(())

"""Progress series: each test per side over time, on its scale, with its norm band."""

from __future__ import annotations

import datetime as dt

from limberup.domain.assessment import UnitSystem
from limberup.domain.progress.series import progress_series
from limberup.domain.vocabulary import Side, Status, TestId
from tests.unit.storage.builders import MONDAY, assessment

LATER = MONDAY + dt.timedelta(days=7)


def test_each_test_and_side_is_a_series_with_its_norm_band_oldest_first() -> None:
    series = progress_series([(LATER, assessment(LATER, slr_left=70)), (MONDAY, assessment())])
    keys = [(s.test, s.side, s.scale) for s in series]
    assert keys == [
        (TestId.SLR, Side.LEFT, "deg"),
        (TestId.SLR, Side.RIGHT, "deg"),
        (TestId.KNEE_TO_WALL, Side.LEFT, "cm"),
        (TestId.KNEE_TO_WALL, Side.RIGHT, "cm"),
    ]
    slr_left = series[0]
    assert [(p.taken_on, p.value, p.status) for p in slr_left.points] == [
        (MONDAY, 64, Status.LIMITED),
        (LATER, 70, Status.LIMITED),
    ]
    assert slr_left.band is not None
    # Charted against the active raise's pass mark, the one the findings use.
    assert (slr_left.band.low, slr_left.band.high, slr_left.band.kind) == (75.6, None, "pass mark")
    assert "Winter 2009" in slr_left.band.source
    ankle = series[2]
    assert ankle.band is not None
    assert (ankle.band.low, ankle.band.kind) == (10, "risk cutoff")
    assert ankle.label == "toe to wall (cm)"


def test_a_shin_angle_joins_the_centimetre_series_marked_approximate() -> None:
    angled = assessment(LATER, knee_to_wall={"left": {"angle_deg": 36}})
    left = next(
        s
        for s in progress_series([(MONDAY, assessment()), (LATER, angled)])
        if s.test is TestId.KNEE_TO_WALL and s.side is Side.LEFT
    )
    assert [p.approximate for p in left.points] == [False, True]
    assert left.points[1].value == 10.0


def test_imperial_units_show_inches() -> None:
    series = progress_series([(MONDAY, assessment())], units=UnitSystem.IMPERIAL)
    ankle = next(s for s in series if s.test is TestId.KNEE_TO_WALL)
    assert ankle.scale == "in"
    assert ankle.points[0].value == 3.15
    assert ankle.band is not None
    assert ankle.band.low == 3.94


def test_a_scoring_method_change_starts_a_new_series() -> None:
    scored = assessment(LATER, slr_left={"fms_score": 2})
    scales = [
        s.scale
        for s in progress_series([(MONDAY, assessment()), (LATER, scored)])
        if s.test is TestId.SLR and s.side is Side.LEFT
    ]
    assert sorted(scales) == ["deg", "score"]

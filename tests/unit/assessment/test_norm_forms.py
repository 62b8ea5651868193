"""Each norm is for the form of the test the runner does, says what kind of figure it is, and
the forms of one test agree (issue 13, "Norms").
"""

from __future__ import annotations

import math

import pytest

from limberup.catalog.loader import load_catalogue
from limberup.domain.assessment import PROTOCOLS, norms
from limberup.domain.assessment.evaluate import read_all
from limberup.domain.assessment.norms import (
    SHANK_PER_HEIGHT,
    SLR_ACTIVE_PASS_FROM_DEG,
    SLR_LEFT_RIGHT_DEG,
    THIGH_PER_HEIGHT,
    Norm,
    NormKind,
    mid_thigh_pass_angle,
)
from limberup.domain.assessment.slr import SLR_REAL_CHANGE_DEG
from limberup.domain.vocabulary import Side, Status, TestId
from tests.unit.assessment.helpers import assessment, only, run

ALL_NORMS = {name: value for name, value in vars(norms).items() if isinstance(value, Norm)}


def ankle_past_mid_thigh(angle_deg: float, thigh: float, shank: float) -> bool:
    """Plain geometry, written apart from the product's: where is the raised ankle bone?"""
    ankle_along_floor = (thigh + shank) * math.cos(math.radians(angle_deg))
    return ankle_along_floor <= thigh / 2


# --- 1. The SLR: one active test, one pass mark, in every form ------------------------------


def test_the_self_test_is_the_active_raise_with_the_ankle_pulled_up() -> None:
    steps = " ".join(PROTOCOLS[TestId.SLR].steps).lower()
    assert "pull the toes of the test leg toward you and slowly lift it" in steps
    assert "have a helper lay the phone along the raised shin" in steps  # a helper only reads


def test_the_slr_norms_that_judge_are_for_the_active_raise_and_the_passive_one_is_context() -> None:
    protocol_norms = PROTOCOLS[TestId.SLR].norms
    judging = [n for n in protocol_norms if n.kind is NormKind.PASS_MARK]
    assert SLR_ACTIVE_PASS_FROM_DEG in judging
    assert all("passive" not in n.what for n in judging)
    assert "active" in SLR_ACTIVE_PASS_FROM_DEG.what
    (passive,) = [n for n in protocol_norms if "passive" in n.what]
    assert passive.value == 80
    assert passive.kind is NormKind.CONTEXT
    assert "Not used to judge" in passive.note


def test_the_angle_form_and_the_doorway_form_agree_at_every_tenth_of_a_degree() -> None:
    disagree = []
    for tenths in range(901):
        angle = tenths / 10
        geometric = ankle_past_mid_thigh(angle, THIGH_PER_HEIGHT, SHANK_PER_HEIGHT)
        by_angle = only(run(slr={"left": {"angle_deg": angle}}), TestId.SLR, Side.LEFT)
        by_door = only(run(slr={"left": {"door_jamb_passed": geometric}}), TestId.SLR, Side.LEFT)
        if by_angle.status is not by_door.status:
            disagree.append(angle)
    assert disagree == []


def test_the_pass_mark_sits_where_the_ankle_reaches_mid_thigh() -> None:
    mark = SLR_ACTIVE_PASS_FROM_DEG.value
    assert ankle_past_mid_thigh(mark, THIGH_PER_HEIGHT, SHANK_PER_HEIGHT)
    assert not ankle_past_mid_thigh(mark - 0.1, THIGH_PER_HEIGHT, SHANK_PER_HEIGHT)
    assert mid_thigh_pass_angle(THIGH_PER_HEIGHT, SHANK_PER_HEIGHT) == pytest.approx(
        75.55, abs=0.01
    )
    # A longer shin for the same thigh needs more angle to reach it: proportions matter.
    assert mid_thigh_pass_angle(0.245, 0.26) > mark
    assert "Winter 2009" in SLR_ACTIVE_PASS_FROM_DEG.source
    assert "derivation" in SLR_ACTIVE_PASS_FROM_DEG.source


def test_one_leg_can_no_longer_pass_the_doorway_and_fail_the_angle() -> None:
    # 78 degrees put the ankle past mid-thigh but failed the passive 80-degree norm.
    assert ankle_past_mid_thigh(78, THIGH_PER_HEIGHT, SHANK_PER_HEIGHT)
    result = run(slr={"left": {"angle_deg": 78}, "right": {"door_jamb_passed": True}})
    assert only(result, TestId.SLR, Side.LEFT).status is Status.NORMAL
    assert not [f for f in result.findings if f.status is Status.ASYMMETRIC]


# --- 2. Typical is not a risk cutoff --------------------------------------------------------


def test_the_10_cm_knee_to_wall_figure_is_a_risk_cutoff_and_12_cm_is_typical() -> None:
    assert norms.KNEE_TO_WALL_RISK_CUTOFF_CM.kind is NormKind.RISK_CUTOFF
    assert norms.KNEE_TO_WALL_RISK_DEG.kind is NormKind.RISK_CUTOFF
    assert (norms.KNEE_TO_WALL_MEAN_CM.value, norms.KNEE_TO_WALL_MEAN_CM.kind) == (
        12.0,
        NormKind.TYPICAL,
    )
    assert "not typical" in norms.KNEE_TO_WALL_RISK_CUTOFF_CM.what


@pytest.mark.parametrize("side", [{"distance_cm": 8}, {"distance_cm": 11}, {"angle_deg": 33}])
def test_knee_to_wall_findings_call_10_cm_a_risk_cutoff_and_quote_the_typical_12(
    side: dict[str, float],
) -> None:
    finding = only(run(knee_to_wall={"left": side}), TestId.KNEE_TO_WALL, Side.LEFT)
    for text in (finding.norm, finding.message):
        assert "risk cutoff" in text
        assert "typical" in text.lower()
    assert "typical 10" not in finding.message
    assert "Hoch & McKeon 2011" in finding.source


@pytest.mark.parametrize("name", sorted(ALL_NORMS))
def test_every_norm_says_what_kind_of_figure_it_is(name: str) -> None:
    norm = ALL_NORMS[name]
    assert isinstance(norm.kind, NormKind)
    if norm.kind is NormKind.RISK_CUTOFF:
        assert "risk" in norm.what or "more patellar tendinopathy" in norm.what
    if "typical" in norm.what and "not typical" not in norm.what:
        assert norm.kind in {NormKind.TYPICAL, NormKind.CONTEXT}, name


# --- 3. Asymmetry from published inter-limb figures -----------------------------------------


def test_the_slr_left_right_limit_is_boyd_and_villas_mean_plus_two_sd_beyond_real_change() -> None:
    mean, sd = 4.1, 3.2  # ankle pulled up (Boyd & Villa 2012), the form our test uses
    assert SLR_LEFT_RIGHT_DEG.value == pytest.approx(mean + 2 * sd)
    assert SLR_LEFT_RIGHT_DEG.kind is NormKind.LEFT_RIGHT_LIMIT
    assert "Boyd & Villa 2012" in SLR_LEFT_RIGHT_DEG.source
    assert SLR_LEFT_RIGHT_DEG.value > SLR_REAL_CHANGE_DEG.value
    assert SLR_LEFT_RIGHT_DEG in PROTOCOLS[TestId.SLR].norms


def test_an_18_degree_slr_gap_is_an_asymmetry_on_the_lower_leg() -> None:
    result = run(slr={"left": {"angle_deg": 60}, "right": {"angle_deg": 78}})
    (finding,) = [f for f in result.findings if f.status is Status.ASYMMETRIC]
    assert (finding.side, finding.value, finding.unit) == (Side.LEFT, 18, "deg")
    assert finding.source == SLR_LEFT_RIGHT_DEG.source
    assert "10.5°" in finding.norm
    assert "left-right limit" in finding.norm
    assert finding.message.startswith("Your left leg reached 18° less than the other")


# --- 4. Every smallest real change a cited study gives --------------------------------------

ANGLES = {
    TestId.SLR: {"angle_deg": 60},
    TestId.KNEE_TO_WALL: {"distance_cm": 8},
    TestId.THORACIC_ROTATION: {"angle_deg": 40},
}


@pytest.mark.parametrize(
    ("test", "real_change", "study"),
    [
        (TestId.SLR, 7, "Neto et al. 2015"),
        (TestId.KNEE_TO_WALL, 1.9, "Powden et al. 2015"),
        (TestId.THORACIC_ROTATION, 5.6, "Johnson et al. 2012"),
    ],
)
def test_each_measured_test_uses_its_studys_smallest_real_change(
    test: TestId, real_change: float, study: str
) -> None:
    reading = read_all(assessment(**{test.value: {"left": ANGLES[test]}}))[test][Side.LEFT]
    assert reading.scale is not None
    assert reading.scale.smallest_real_change == real_change
    assert any(
        n.kind is NormKind.REAL_CHANGE and n.value == real_change and study in n.source
        for n in PROTOCOLS[test].norms
    )


# --- 5. The ankle band card and the assessment read seed 002 alike --------------------------


def test_the_ankle_band_card_reads_seed_002s_range_as_the_assessment_does() -> None:
    (note,) = load_catalogue().get("ankle_band_mobilization").notes
    seed_range = norms.ANKLE_SEED_002_TYPICAL_DEG
    assert seed_range.kind is NormKind.CONTEXT
    assert f"{seed_range.value:g}-{seed_range.upper:g} degrees typical" in note
    # The assessment says the article's angle is not the shin lean it judges: so does the card.
    assert "different measure from the shin lean" in seed_range.note
    assert "different measure from the shin lean" in note
    assert f"{norms.KNEE_TO_WALL_RISK_CUTOFF_CM.value:g} cm" in note
    assert "risk cutoff" in note
    assert f"typical {norms.KNEE_TO_WALL_MEAN_CM.value:g} cm" in note


@pytest.mark.parametrize(
    ("norm", "shown"),
    [
        (SLR_ACTIVE_PASS_FROM_DEG, "75.6°"),
        (norms.SLR_FMS_PASS_SCORE, "score 3"),
        (norms.KNEE_TO_WALL_RISK_CUTOFF_CM, "10 cm"),
        (norms.ANKLE_SEED_002_TYPICAL_DEG, "15-30°"),
        (norms.KNEE_TO_WALL_DEG_PER_CM, "3.6° per cm"),
    ],
)
def test_a_norm_shows_its_figure_as_a_person_reads_it(norm: Norm, shown: str) -> None:
    assert norm.figure == shown

"""The findings figure: each side shows the worst of what its test found there."""

from __future__ import annotations

import datetime as dt

from limberup.domain.assessment import Assessment, evaluate
from limberup.domain.assessment.wording import finding_value
from limberup.domain.vocabulary import TestId
from limberup.entrypoints.web.pages.findings_summary import region_statuses, status_word


def statuses(data: dict[str, object]) -> dict[TestId, tuple[str, str]]:
    result = evaluate(Assessment.model_validate({"date": dt.date(2026, 11, 30), **data}))
    return {r.test: (r.left, r.right) for r in region_statuses(result.findings)}


def test_each_side_shows_its_own_status_and_untested_regions_say_so() -> None:
    shown = statuses({"thoracic_rotation": {"left": {"angle_deg": 20}, "right": {"angle_deg": 50}}})
    assert shown[TestId.THORACIC_ROTATION] == ("limited", "passed")
    assert shown[TestId.SLR] == ("not tested", "not tested")


def test_pain_outranks_a_limit_on_the_same_side() -> None:
    shown = statuses(
        {
            "tibial_rotation": {"left": {"feel": "painful"}, "right": {"feel": "stiff"}},
        }
    )
    assert shown[TestId.TIBIAL_ROTATION] == ("pain", "limited")


def test_a_low_beighton_score_reads_as_not_hypermobile_with_its_points() -> None:
    result = evaluate(
        Assessment.model_validate({"date": dt.date(2026, 11, 30), "beighton": {"total": 0}})
    )
    [beighton] = [f for f in result.findings if f.test is TestId.BEIGHTON]
    assert status_word(beighton) == "not hypermobile"  # never "passed (0 of 9)"
    assert finding_value(beighton) == "0 of 9 points"

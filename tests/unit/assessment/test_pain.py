"""The pain screen: pain at rest or during any test refers to a clinician, never to a drill."""

from __future__ import annotations

from typing import get_args

import pytest

from limberup.domain.assessment.inputs import PainfulTest
from limberup.domain.vocabulary import Side, Status, TestId
from tests.unit.assessment.helpers import found, run

TESTS = list(get_args(PainfulTest))


def test_no_pain_refers_no_one() -> None:
    result = run(pain={"at_rest": False, "during_tests": []})
    assert result.findings == ()
    assert result.refer is False


@pytest.mark.parametrize("where", [[], ["knee"], ["knee", "lower_back"]])
def test_pain_at_rest_is_a_finding_and_a_referral(where: list[str]) -> None:
    result = run(pain={"at_rest": True, "where": where})
    (finding,) = result.findings
    assert (finding.id, finding.test, finding.side) == ("pain_painful", TestId.PAIN, None)
    assert finding.status is Status.PAINFUL
    assert "doctor or physiotherapist" in finding.message
    for region in where:
        assert region.replace("_", " ") in finding.message
    assert result.refer is True


@pytest.mark.parametrize("test", TESTS)
def test_pain_during_any_test_is_a_finding_on_that_test_and_a_referral(test: str) -> None:
    result = run(pain={"during_tests": [test, test]})
    (finding,) = result.findings
    assert finding.id == f"{test}_painful"
    assert (finding.test, finding.side, finding.status) == (TestId(test), None, Status.PAINFUL)
    assert "Stop it and its drills" in finding.message
    assert result.refer is True


def test_a_side_that_already_hurt_gets_no_second_pain_finding() -> None:
    result = run(
        tibial_rotation={"left": {"feel": "painful"}, "right": {"feel": "free"}},
        pain={"during_tests": ["tibial_rotation"]},
    )
    painful = [f for f in result.findings if f.status is Status.PAINFUL]
    assert [(f.side, f.id) for f in painful] == [(Side.LEFT, "tibial_rotation_painful")]
    assert not found(result, TestId.TIBIAL_ROTATION, None)


def test_painful_measures_refer_even_without_a_pain_screen() -> None:
    assert run(slr={"right": {"fms_score": 0}}).refer is True
    assert run(tibial_rotation={"right": {"feel": "painful"}}).refer is True
    assert run(tibial_rotation={"right": {"feel": "stiff"}}).refer is False

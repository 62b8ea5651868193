"""Beighton: the age cutoffs, one point under with the questionnaire, items and totals."""

from __future__ import annotations

from typing import Any

import pytest

from limberup.domain.assessment import AssessmentResult
from limberup.domain.assessment.inputs import BEIGHTON_ITEMS, QUESTIONNAIRE_ITEMS
from limberup.domain.vocabulary import Status, TestId
from tests.unit.assessment.helpers import only, run

# (age, cutoff): the criteria's stages, with puberty taken as 12 and "over 50" as 51.
AGES = [(5, 6), (11, 6), (12, 5), (38, 5), (50, 5), (51, 4), (110, 4), (None, 5)]


def beighton_items(points: int) -> dict[str, bool]:
    return {item: index < points for index, item in enumerate(BEIGHTON_ITEMS)}


def questionnaire_answers(yes: int) -> dict[str, bool]:
    return {item: index < yes for index, item in enumerate(QUESTIONNAIRE_ITEMS)}


def _run(
    age: int | None, beighton: dict[str, Any], questionnaire: dict[str, Any] | None
) -> AssessmentResult:
    tests: dict[str, Any] = {"beighton": beighton}
    if age is not None:
        tests["age"] = age
    if questionnaire is not None:
        tests["hypermobility_questionnaire"] = questionnaire
    return run(**tests)


@pytest.mark.parametrize("age_cutoff", AGES)
@pytest.mark.parametrize("form", ["total", "items"])
@pytest.mark.parametrize(
    "row",
    [
        (-2, None, False),
        (-2, 5, False),  # the questionnaire adds one point, never two
        (-1, None, False),
        (-1, 0, False),
        (-1, 1, False),
        (-1, 2, True),
        (-1, 5, True),
        (0, None, True),
        (0, 0, True),
        (1, None, True),
    ],
)
@pytest.mark.parametrize("questionnaire_form", ["yes_count", "answers"])
def test_hypermobile_from_the_age_cutoff_or_one_under_with_two_yes(
    age_cutoff: tuple[int | None, int],
    form: str,
    row: tuple[int, int | None, bool],
    questionnaire_form: str,
) -> None:
    (age, cutoff), (offset, yes, hypermobile) = age_cutoff, row
    points = cutoff + offset
    if not 0 <= points <= 9:
        pytest.fail("table error")
    beighton = {"total": points} if form == "total" else beighton_items(points)
    questionnaire = None
    if yes is not None:
        questionnaire = (
            {"yes_count": yes} if questionnaire_form == "yes_count" else questionnaire_answers(yes)
        )
    result = _run(age, beighton, questionnaire)
    finding = only(result, TestId.BEIGHTON, None)
    status = Status.HYPERMOBILE if hypermobile else Status.NORMAL
    assert finding.status is status
    assert finding.id == ("hypermobile" if hypermobile else "beighton_normal")
    assert (finding.value, finding.unit) == (points, "points")
    assert f"hypermobile from {cutoff} of 9" in finding.norm
    assert "Malfait et al. 2017" in finding.source
    assert result.hypermobile is hypermobile
    assert ("age not given" in finding.norm) is (age is None)
    if hypermobile:
        assert "not a diagnosis" in finding.message
        assert "stretches" in finding.message


@pytest.mark.parametrize("yes", [0, 2, 5])
def test_the_questionnaire_alone_finds_nothing(yes: int) -> None:
    result = run(age=30, hypermobility_questionnaire={"yes_count": yes})
    assert result.findings == ()
    assert result.hypermobile is False


@pytest.mark.parametrize("points", range(10))
def test_the_items_add_up_like_the_total(points: int) -> None:
    by_items = only(_run(30, beighton_items(points), None), TestId.BEIGHTON, None)
    by_total = only(_run(30, {"total": points}, None), TestId.BEIGHTON, None)
    assert by_items == by_total

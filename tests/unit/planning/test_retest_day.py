"""The weekly retest: on the last day of the week without a run, repeating the failed tests."""

from __future__ import annotations

import datetime as dt

from limberup.adapters.solver.highs import HighsSolver
from limberup.catalog.loader import load_catalogue
from limberup.domain.planning.planner import PlanRequest, plan_week
from limberup.domain.planning.week import Budgets, FindingInput, Findings, Profile, Weekday
from limberup.domain.vocabulary import Side, Status, TestId

CATALOGUE = load_catalogue()
MONDAY = dt.date(2026, 11, 23)
SLR = Findings(
    items=(FindingInput(id="slr_limited", test=TestId.SLR, side=Side.LEFT, status=Status.LIMITED),)
)


def _retests(runs: tuple[Weekday, ...], findings: Findings) -> dict[int, tuple[TestId, ...]]:
    profile = Profile(run_days=runs, minutes=Budgets(daily=5))
    week = plan_week(PlanRequest(profile, findings, MONDAY), CATALOGUE, HighsSolver())
    return {index: day.retest for index, day in enumerate(week.days) if day.retest}


def test_the_retest_falls_on_the_last_day_without_a_run() -> None:
    assert list(_retests((Weekday.MON, Weekday.SAT, Weekday.SUN), SLR)) == [4]


def test_a_week_of_runs_retests_on_its_last_day() -> None:
    assert list(_retests(tuple(Weekday), SLR)) == [6]


def test_the_retest_repeats_the_tests_the_findings_came_from() -> None:
    assert _retests((), SLR) == {6: (TestId.SLR,)}


def test_without_findings_the_retest_repeats_every_trainable_test() -> None:
    (tests,) = _retests((), Findings()).values()
    # Hypermobility and pain are not trained away; every other test is retested.
    assert set(tests) == set(TestId) - {TestId.BEIGHTON, TestId.PAIN}

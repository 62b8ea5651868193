"""When the solver fails, the greedy placer still keeps every hard rule, and says it is unproven."""

from __future__ import annotations

import datetime as dt

import pytest

from limberup.catalog.loader import load_catalogue
from limberup.domain.catalog import Dose
from limberup.domain.planning.integer_program import IntegerProgram, Solution, SolveStatus
from limberup.domain.planning.notes import NoteCode
from limberup.domain.planning.planner import PlanRequest, plan_week
from limberup.domain.planning.week import Budgets, FindingInput, Findings, Profile, Weekday
from limberup.domain.vocabulary import Context, Equipment, Region, Side, Status, TestId
from tests.factories import catalogue, exercise, span
from tests.rules.plan_check import violations

CATALOGUE = load_catalogue()
MONDAY = dt.date(2026, 11, 23)


class FailingSolver:
    """A solver port that never finishes: the week must come from the greedy placer."""

    def solve(self, program: IntegerProgram, *, time_limit_s: float) -> Solution:
        return Solution(SolveStatus.FAILED, detail="stopped for the test")


def _finding(test: TestId, finding: str, side: Side) -> FindingInput:
    return FindingInput(id=finding, test=test, side=side, status=Status.LIMITED)


RUNNERS = {
    "six runs, every kit, big budgets": (
        Profile(
            run_days=(Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI, Weekday.SAT),
            equipment=tuple(Equipment),
            minutes=Budgets(pre_run=25, rest_day=40, daily=15, micro_break=5),
        ),
        Findings(items=(_finding(TestId.SLR, "slr_limited", Side.LEFT),)),
    ),
    "three runs, a strap, a failed ankle test": (
        Profile(
            run_days=(Weekday.TUE, Weekday.THU, Weekday.SAT),
            equipment=(Equipment.STRAP, Equipment.WALL),
            minutes=Budgets(pre_run=8, rest_day=20, daily=8),
        ),
        Findings(items=(_finding(TestId.KNEE_TO_WALL, "knee_to_wall_limited", Side.RIGHT),)),
    ),
    "hypermobile with knee pain": (
        Profile(
            run_days=(Weekday.WED, Weekday.SUN),
            equipment=(Equipment.LIGHT_BAND, Equipment.FOAM_ROLLER),
            minutes=Budgets(pre_run=10, rest_day=15, daily=6),
        ),
        Findings(hypermobile=True, painful_regions=frozenset({Region.KNEE})),
    ),
}


@pytest.mark.parametrize("name", list(RUNNERS))
def test_a_failed_solve_gives_a_week_that_keeps_every_hard_rule(name: str) -> None:
    profile, findings = RUNNERS[name]
    request = PlanRequest(profile, findings, MONDAY)
    week = plan_week(request, CATALOGUE, FailingSolver())
    assert not week.optimal
    assert week.solver_status == SolveStatus.FAILED.value
    assert NoteCode.SOLVER_UNFINISHED in {note.code for note in week.notes}
    assert any(day.sessions for day in week.days)
    assert violations(week, CATALOGUE, request.profile, request.findings) == []


def test_the_fallback_keeps_the_days_a_week_limit_before_runs() -> None:
    """Six run days: the lightest pre-run drill may not go on more days than its dose allows."""
    profile, findings = RUNNERS["six runs, every kit, big budgets"]
    week = plan_week(PlanRequest(profile, findings, MONDAY), CATALOGUE, FailingSolver())
    limits = {
        e.id: e.dose.days_per_week.max
        for e in CATALOGUE.exercises
        if e.dose.days_per_week is not None and e.dose.days_per_week.max is not None
    }
    days: dict[str, set[dt.date]] = {}
    for day in week.days:
        for session in day.sessions:
            for item in session.items:
                days.setdefault(item.exercise_id, set()).add(day.date)
    assert all(len(days[d]) <= limits[d] for d in days if d in limits)


def test_the_fallback_never_places_a_drill_on_more_days_than_its_dose() -> None:
    """The only pre-run drill allows three days a week; the runner runs on six."""
    limited = exercise(
        "three_day_swing",
        contexts=(Context.PRE_RUN,),
        dose=Dose(sets=span(1), reps=span(8), days_per_week=span(3)),
    )
    daily = exercise("any_day_circle", contexts=(Context.DAILY,))
    library = catalogue(limited, daily)
    profile = Profile(
        run_days=(Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI, Weekday.SAT),
        minutes=Budgets(pre_run=5, daily=5),
    )
    request = PlanRequest(profile, Findings(), MONDAY)
    week = plan_week(request, library, FailingSolver())
    runs_with_it = [
        day.date
        for day in week.days
        for session in day.sessions
        if any(item.exercise_id == "three_day_swing" for item in session.items)
    ]
    assert len(runs_with_it) == 3
    assert violations(week, library, request.profile, request.findings) == []

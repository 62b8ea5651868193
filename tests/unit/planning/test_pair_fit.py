"""The corrective pair is asked for only in a session with room for both of its drills."""

from __future__ import annotations

from limberup.domain.catalog import Dose
from limberup.domain.planning.candidates import dose_options
from limberup.domain.planning.placer import greedy_week
from limberup.domain.planning.planner import PlanRequest, prepare
from limberup.domain.planning.score import PairRule
from limberup.domain.planning.week import Budgets, FindingInput, Findings, Profile
from limberup.domain.vocabulary import Context, Side, Status, TestId
from tests.factories import catalogue, exercise, span
from tests.unit.planning.builders import MONDAY, candidate, drill, slot

SLR = Findings(
    items=(FindingInput(id="slr_limited", test=TestId.SLR, side=Side.LEFT, status=Status.LIMITED),)
)
DOSE = Dose(sets=span(1), reps=span(5))
LIBRARY = catalogue(
    exercise("assisted_slr", contexts=(Context.DAILY,), dose=DOSE),
    exercise("leg_lowering_1", contexts=(Context.DAILY,), dose=DOSE),
)
EACH_S = dose_options(drill(LIBRARY.exercises[0]))[0].seconds


def _pair_days(daily_s: float) -> int:
    profile = Profile(minutes=Budgets(daily=daily_s / 60), work_days=())
    problem = prepare(PlanRequest(profile, SLR, MONDAY), LIBRARY)
    assert problem.pair is not None
    assert {c.drill.exercise.id for c in problem.candidates} == {"assisted_slr", "leg_lowering_1"}
    return len(problem.pair.days)


def test_room_for_each_drill_alone_is_not_room_for_the_pair() -> None:
    assert _pair_days(1.5 * EACH_S) == 0


def test_room_for_both_asks_for_the_pair_every_day() -> None:
    assert _pair_days(2 * EACH_S) == 7


def test_without_the_solver_the_pair_goes_only_where_both_fit() -> None:
    tight, roomy = slot(0, day=0, budget_s=90), slot(1, day=1, budget_s=120)
    first, second = drill(exercise("first")), drill(exercise("second"))
    options = [
        candidate(2 * s.index + k, s, d, seconds=60)
        for s in (tight, roomy)
        for k, d in enumerate((first, second))
    ]
    pair = PairRule("first", "second", frozenset({0, 1}))
    week = greedy_week(options, [tight, roomy], findings=SLR, profile=Profile(), pair=pair)
    assert sorted((c.slot.day, c.drill.exercise.id) for c in week) == [(1, "first"), (1, "second")]

"""The corrective pair is asked for only in a session with room for both of its drills."""

from __future__ import annotations

from dataclasses import replace

from limberup.domain.catalog import Dose
from limberup.domain.dosing import Fit
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


MARKED = Findings(
    items=(
        FindingInput(
            id="slr_limited",
            test=TestId.SLR,
            side=Side.LEFT,
            status=Status.LIMITED,
            severity="marked",
        ),
    )
)
RANGED = catalogue(
    *(
        exercise(
            pair_drill,
            contexts=(Context.DAILY,),
            dose=Dose(sets=span(1), reps=span(3, 9)),
            targets=("slr_limited",),
        )
        for pair_drill in ("assisted_slr", "leg_lowering_1")
    )
)


def _pair_doses(daily_s: float) -> tuple[int, set[int]]:
    """Days the pair is asked for, and the assisted raise's reps among the candidates."""
    profile = Profile(minutes=Budgets(daily=daily_s / 60), work_days=())
    problem = prepare(PlanRequest(profile, MARKED, MONDAY), RANGED)
    assert problem.pair is not None
    reps = {c.parts[0].reps for c in problem.candidates if c.drill.exercise.id == "assisted_slr"}
    return len(problem.pair.days), reps


def test_a_short_session_gets_the_pair_at_the_bottom_of_its_range_not_never() -> None:
    # A marked shortfall starts halfway up (6 of 3-9 reps); the session has room for the
    # pair at 3 reps only (the left side's extra rep kept), so the pair is asked for every
    # day at the bottom of its range.
    left_extra = replace(drill(RANGED.exercises[0]), fit=Fit(limited_side=Side.LEFT))
    bottom = dose_options(left_extra)[0].seconds
    assert _pair_doses(2 * bottom + 1) == (7, {3, 6})


def test_a_session_with_room_for_the_runners_start_keeps_it() -> None:
    assert _pair_doses(60 * 60) == (7, {6})

"""Which days the corrective pair is asked for, while the straight-leg raise fails."""

from __future__ import annotations

from limberup.domain.catalog import Dose
from limberup.domain.planning.planner import PlanRequest, prepare
from limberup.domain.planning.week import Budgets, FindingInput, Findings, Profile, Weekday
from limberup.domain.vocabulary import Context, Side, Status, TestId
from tests.factories import catalogue, exercise, span
from tests.unit.planning.builders import MONDAY

SLR = Findings(
    items=(FindingInput(id="slr_limited", test=TestId.SLR, side=Side.LEFT, status=Status.LIMITED),)
)
DAILY = (Context.DAILY, Context.REST_DAY)


def _pair_days(days_per_week: tuple[float, float] | None, daily_minutes: float = 10) -> int:
    dose = Dose(
        sets=span(1),
        reps=span(5),
        days_per_week=span(*days_per_week) if days_per_week else None,
    )
    library = catalogue(
        exercise("assisted_slr", contexts=DAILY, dose=dose),
        exercise("leg_lowering_1", contexts=DAILY),
    )
    profile = Profile(minutes=Budgets(daily=daily_minutes), work_days=())
    pair = prepare(PlanRequest(profile, SLR, MONDAY), library).pair
    assert pair is not None
    return len(pair.days)


def test_the_pair_is_asked_for_every_day_when_its_dose_allows() -> None:
    assert _pair_days(None) == 7


def test_the_pair_is_asked_for_no_more_days_than_its_dose_allows() -> None:
    assert _pair_days((2, 3)) == 3


def test_the_pair_is_not_asked_for_where_both_drills_do_not_fit() -> None:
    assert _pair_days(None, daily_minutes=0.5) == 0


def test_the_pair_is_not_asked_for_before_a_run() -> None:
    # METHOD.md: the corrective pair belongs after a run, with the static work, even when
    # both drills would be allowed before it.
    before = (Context.PRE_RUN, *DAILY)
    library = catalogue(
        exercise("assisted_slr", contexts=before), exercise("leg_lowering_1", contexts=before)
    )
    every_day = Profile(
        run_days=tuple(Weekday), minutes=Budgets(pre_run=10, daily=10), work_days=()
    )
    pair = prepare(PlanRequest(every_day, SLR, MONDAY), library).pair
    assert pair is not None
    assert len(pair.days) == 7
    pre_run_only = every_day.model_copy(update={"minutes": Budgets(pre_run=10)})
    pair = prepare(PlanRequest(pre_run_only, SLR, MONDAY), library).pair
    assert pair is not None
    assert pair.days == frozenset()

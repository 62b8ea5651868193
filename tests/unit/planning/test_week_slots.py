"""Which sessions a week has, and which drills a session is offered, from the budgets alone."""

from __future__ import annotations

from limberup.domain.catalog import Dose
from limberup.domain.planning.candidates import candidates, dose_options, week_slots
from limberup.domain.planning.week import Budgets, Profile, Weekday
from limberup.domain.vocabulary import Context
from tests.factories import exercise, span
from tests.unit.planning.builders import MONDAY, drill, slot


def _sessions(profile: Profile) -> list[tuple[int, Context, float]]:
    return [(s.day, s.context, s.budget_s) for s in week_slots(profile, MONDAY)]


def test_a_context_without_minutes_has_no_session() -> None:
    profile = Profile(run_days=(Weekday.MON,), minutes=Budgets(rest_day=20))
    assert _sessions(profile) == [(day, Context.REST_DAY, 1200.0) for day in range(1, 7)]


def test_micro_breaks_come_only_on_work_days() -> None:
    profile = Profile(work_days=(Weekday.TUE, Weekday.THU), minutes=Budgets(micro_break=5))
    assert _sessions(profile) == [(1, Context.MICRO_BREAK, 300.0), (3, Context.MICRO_BREAK, 300.0)]


def test_run_days_get_pre_run_and_the_others_rest_day_work_and_every_day_the_daily() -> None:
    profile = Profile(run_days=(Weekday.WED,), minutes=Budgets(pre_run=5, rest_day=10, daily=3))
    by_day = {(day, context) for day, context, _ in _sessions(profile)}
    assert {c for day, c in by_day if day == 2} == {Context.PRE_RUN, Context.DAILY}
    assert {c for day, c in by_day if day == 4} == {Context.REST_DAY, Context.DAILY}


def test_a_drill_longer_than_the_session_is_not_offered_there() -> None:
    held = drill(exercise("held", dose=Dose(sets=span(1), reps=span(2), hold_s=span(30))))
    seconds = dose_options(held)[0].seconds
    sessions = [slot(0, budget_s=seconds - 1), slot(1, day=1, budget_s=seconds)]
    assert [c.slot.index for c in candidates(sessions, [held])] == [1]

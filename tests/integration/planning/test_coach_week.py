"""Weeks a running coach would defend, over the real catalogue and HiGHS.

Seed 004's four-step preparation before a run, short doses where the minutes are short, a
budget used as a ceiling, and short sessions without two versions of one movement. Every week
also passes the independent rule checker (``plan`` in ``test_planner_rules``).
"""

from __future__ import annotations

from limberup.domain.planning.notes import NoteCode
from limberup.domain.planning.session_shape import MAX_DRILLS
from limberup.domain.planning.week import Budgets, FindingInput, Findings, Weekday, WeekPlan
from limberup.domain.vocabulary import Context, Side, Status, TestId
from tests.integration.planning.test_planner_rules import (
    CATALOGUE,
    SLR_LIMITED,
    STIFF_HIPS,
    items,
    plan,
    runner,
)

STEPS = ("foam_rolling", "drive_backs", "deadlift", "straight_leg_walking_kicks")
ANKLES = Findings(
    items=tuple(
        FindingInput(
            id="knee_to_wall_limited", test=TestId.KNEE_TO_WALL, side=s, status=Status.LIMITED
        )
        for s in (Side.LEFT, Side.RIGHT)
    )
)


def pre_runs(week: WeekPlan) -> list[list[str]]:
    return [
        [i.exercise_id for i in s.items]
        for d in week.days
        for s in d.sessions
        if s.context is Context.PRE_RUN
    ]


def test_a_runner_with_a_foam_roller_gets_the_four_steps_in_order_before_every_run() -> None:
    week = plan(runner(equipment=("foam_roller",), minutes=Budgets(pre_run=12)))
    for session in pre_runs(week):
        assert [drill for drill in session if drill in STEPS] == list(STEPS), session
        assert session[-1] == "straight_leg_walking_kicks"  # the runner sets off from them


def test_the_foam_roll_before_a_run_is_a_few_minutes_not_a_session() -> None:
    week = plan(runner(equipment=("foam_roller",), minutes=Budgets(pre_run=12)))
    rolls = [
        i for d in week.days for s in d.sessions for i in s.items if i.exercise_id == "foam_rolling"
    ]
    assert rolls
    assert all(roll.minutes <= 4 for roll in rolls)


def test_five_pre_run_minutes_keep_the_steps_at_a_smaller_dose_and_name_what_is_left_out() -> None:
    week = plan(runner(equipment=("foam_roller",), minutes=Budgets(pre_run=5)), SLR_LIMITED)
    hinges = [
        i for d in week.days for s in d.sessions for i in s.items if i.exercise_id == "deadlift"
    ]
    assert hinges
    assert all(part.sets == 1 for i in hinges for part in i.parts)  # not 3 x 10
    sessions = pre_runs(week)
    assert all(sum(drill in STEPS for drill in s) >= 3 for s in sessions), sessions
    missing = {step for s in sessions for step in STEPS if step not in s}
    notes = [n for n in week.notes if n.code is NoteCode.PREP_LEFT_OUT]
    if missing:
        (note,) = notes
        names = {CATALOGUE.get(step).name for step in missing}
        assert set((note.detail or "").split(", ")) == names
    else:
        assert notes == []


def test_a_runner_who_passed_everything_gets_a_maintenance_week_well_under_budget() -> None:
    minutes = Budgets(pre_run=10, rest_day=30, daily=15, micro_break=5)
    week = plan(runner(minutes=minutes))
    budget = sum(s.budget_minutes for d in week.days for s in d.sessions)
    used = sum(s.minutes for d in week.days for s in d.sessions)
    assert used <= 0.6 * budget, (used, budget)
    for day in week.days:
        for session in day.sessions:
            assert len(session.items) <= MAX_DRILLS[session.context]


def test_a_limited_runner_gets_more_than_one_who_passed_but_not_every_minute() -> None:
    minutes = Budgets(pre_run=10, rest_day=30, daily=15)
    passed = plan(runner(minutes=minutes))
    limited = plan(runner(minutes=minutes), ANKLES)

    def total(week: WeekPlan) -> float:
        return sum(s.minutes for d in week.days for s in d.sessions)

    assert (
        total(passed)
        < total(limited)
        < sum(s.budget_minutes for d in limited.days for s in d.sessions)
    )


def test_a_short_warm_up_holds_one_straight_leg_kick() -> None:
    week = plan(runner(equipment=(), minutes=Budgets(pre_run=8)), SLR_LIMITED)
    kicks = {"straight_leg_walking_kicks", "hand_to_foot_kick", "toy_soldier"}
    for session in pre_runs(week):
        assert len(kicks & set(session)) <= 1, session


def test_a_time_poor_marathoner_gets_the_corrective_pair_after_each_run() -> None:
    six_days = (Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI, Weekday.SAT)
    minutes = Budgets(pre_run=5, post_run=8)
    week = plan(runner(run_days=six_days, minutes=minutes), SLR_LIMITED)
    for day in week.days:
        after = [s for s in day.sessions if s.context is Context.POST_RUN]
        assert bool(after) == day.run, day.date
        if day.run:
            ids = [i.exercise_id for i in after[0].items]
            assert ids[ids.index("assisted_slr") + 1] == "leg_lowering_1", ids
    after_run = [
        CATALOGUE.get(i.exercise_id)
        for d in week.days
        for s in d.sessions
        if s.context is Context.POST_RUN
        for i in s.items
    ]
    assert all(Context.REST_DAY in e.contexts for e in after_run)  # rest-day work, warm
    # Without minutes after the run, the pair has nowhere to go on a run day.
    before_only = plan(runner(run_days=six_days, minutes=Budgets(pre_run=5)), SLR_LIMITED)
    assert any(n.code is NoteCode.PAIR_MISSED_DAYS for n in before_only.notes)


def test_our_days_a_week_are_kept_where_the_article_gives_none() -> None:
    every_day = tuple(Weekday)
    week = plan(runner(run_days=every_day, minutes=Budgets(pre_run=15, daily=15)), SLR_LIMITED)
    days: dict[str, set[int]] = {}
    for day in week.days:
        for session in day.sessions:
            for item in session.items:
                days.setdefault(item.exercise_id, set()).add(day.date.weekday())
    ours = {
        e.id: o.value
        for e in CATALOGUE.exercises
        for o in e.ours
        if o.field == "dose.days_per_week" and e.dose.days_per_week is None
    }
    assert len(ours) >= 17
    assert {d for d in ours if d in days}  # some of them are in this week
    for drill, limit in ours.items():
        assert len(days.get(drill, ())) <= limit, drill


def test_the_pool_drill_only_on_a_day_at_the_pool() -> None:
    owned_pool = plan(runner(equipment=("pool",)), STIFF_HIPS)
    assert "leg_swings_in_water" not in {i.exercise_id for i in items(owned_pool)}
    at_pool = plan(runner(pool_days=(Weekday.WED,)), STIFF_HIPS)
    pool_days = {
        day.date.weekday()
        for day in at_pool.days
        for s in day.sessions
        for i in s.items
        if i.exercise_id == "leg_swings_in_water"
    }
    assert pool_days == {2}

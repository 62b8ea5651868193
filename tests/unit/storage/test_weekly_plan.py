"""This week's plan: generated once, kept, versioned, and following the progression decisions.

These run the real planner (HiGHS) on the real catalogue, with a fake unit of work.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from limberup.domain.progression.decisions import Action
from limberup.domain.vocabulary import Region
from limberup.exceptions import MissingProfileError
from limberup.services.assessments import record_assessment
from limberup.services.plans import current_plan, generate_plan, week_decisions, week_of
from limberup.services.profile import save_profile
from tests.factories import runtime_at
from tests.unit.storage.builders import MONDAY, NOW, PROFILE, assessment
from tests.unit.storage.fakes import FakeUnitOfWork
from tests.unit.storage.planning_helpers import do_session, drills, sessions_with

RUNTIME = runtime_at(NOW)

NEXT = MONDAY + dt.timedelta(days=7)
PAIN = {"pain": 4, "pain_region": Region.HAMSTRINGS}


@pytest.fixture
def uow() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    save_profile(uow, RUNTIME, 1, PROFILE)
    record_assessment(uow, RUNTIME, 1, assessment(MONDAY))
    return uow


def test_week_of_is_the_monday_before() -> None:
    assert week_of(dt.date(2026, 11, 22)) == MONDAY
    assert week_of(MONDAY) == MONDAY


def test_no_plan_without_a_profile() -> None:
    with pytest.raises(MissingProfileError):
        current_plan(FakeUnitOfWork(), RUNTIME, 1, MONDAY)


def test_the_week_is_generated_once_then_read_back(uow: FakeUnitOfWork) -> None:
    plan = current_plan(uow, RUNTIME, 1, MONDAY)
    assert plan.version == 1
    assert plan.catalogue_version == plan.plan.catalogue_version != ""
    assert {"assisted_slr", "leg_lowering_1"} <= drills(plan)  # the stored SLR finding
    assert current_plan(uow, RUNTIME, 1, MONDAY) == plan
    assert len(uow.store.plans[1]) == 1


def test_generating_again_stores_the_next_version(uow: FakeUnitOfWork) -> None:
    first = current_plan(uow, RUNTIME, 1, MONDAY)
    second = generate_plan(uow, RUNTIME, 1, MONDAY)
    assert (first.version, second.version) == (1, 2)
    assert current_plan(uow, RUNTIME, 1, MONDAY) == second


def test_a_replayed_generation_returns_the_stored_plan(uow: FakeUnitOfWork) -> None:
    plan_uuid = uuid.uuid4()
    first = generate_plan(uow, RUNTIME, 1, MONDAY, plan_uuid=plan_uuid)
    assert generate_plan(uow, RUNTIME, 1, MONDAY, plan_uuid=plan_uuid) == first
    assert len(uow.store.plans[1]) == 1


def test_pain_logged_in_a_drill_regresses_it_next_week(uow: FakeUnitOfWork) -> None:
    week = current_plan(uow, RUNTIME, 1, MONDAY)
    day, index, items = sessions_with(week, "leg_lowering_1")[0]
    do_session(uow, week, day, index, items, leg_lowering_1=PAIN)
    following = current_plan(uow, RUNTIME, 1, NEXT)
    decided = {d.exercise_id: d for d in week_decisions(uow, 1, NEXT)}
    assert decided["leg_lowering_1"].action is Action.REGRESS
    assert "pain" in decided["leg_lowering_1"].reason
    doses = {
        item.level
        for _, _, items in sessions_with(following, "leg_lowering_1")
        for item in items
        if item.exercise_id == "leg_lowering_1"
    }
    assert doses == {"low"}  # no regression drill exists: the lowest dose of its range


def test_pain_in_two_sessions_in_a_row_stops_the_drill(uow: FakeUnitOfWork) -> None:
    week = current_plan(uow, RUNTIME, 1, MONDAY)
    for day, index, items in sessions_with(week, "leg_lowering_1")[:2]:
        do_session(uow, week, day, index, items, leg_lowering_1=PAIN)
    following = current_plan(uow, RUNTIME, 1, NEXT)
    decided = {d.exercise_id: d for d in week_decisions(uow, 1, NEXT)}
    assert decided["leg_lowering_1"].action is Action.STOP
    assert "leg_lowering_1" not in drills(following)


def test_a_retest_that_improves_but_fails_advances_the_drill_and_retires_it_after(
    uow: FakeUnitOfWork,
) -> None:
    record_assessment(uow, RUNTIME, 1, assessment(MONDAY, slr_left={"fms_score": 1}))
    week = current_plan(uow, RUNTIME, 1, MONDAY)
    for day, index, items in sessions_with(week, "assisted_slr")[:3]:
        do_session(uow, week, day, index, items)
    retest = assessment(MONDAY + dt.timedelta(days=6), slr_left={"fms_score": 2})
    record_assessment(uow, runtime_at(NOW + dt.timedelta(days=6)), 1, retest)
    following = current_plan(uow, RUNTIME, 1, NEXT)
    decided = {d.exercise_id: d for d in week_decisions(uow, 1, NEXT)}
    assert decided["assisted_slr"].action is Action.ADVANCE
    assert decided["assisted_slr"].replacement_id == "core_engaged_slr"
    assert "core_engaged_slr" in drills(following)
    assert "assisted_slr" not in drills(following)
    # The week after, the runner stays on the harder drill: the easier one is retired.
    after = current_plan(uow, RUNTIME, 1, NEXT + dt.timedelta(days=7))
    assert "core_engaged_slr" in drills(after)
    assert "assisted_slr" not in drills(after)


def test_the_first_week_has_no_decisions(uow: FakeUnitOfWork) -> None:
    current_plan(uow, RUNTIME, 1, MONDAY)
    assert week_decisions(uow, 1, MONDAY) == ()

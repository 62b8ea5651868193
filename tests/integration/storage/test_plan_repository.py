"""Stored plans: versions per week, the newest is current, replays, on both backends."""

from __future__ import annotations

import datetime as dt

from tests.integration.storage.conftest import UowFactory
from tests.unit.storage.builders import MONDAY, stored_plan


def test_a_plan_reads_back_equal_to_what_was_stored(uow: UowFactory, user_id: int) -> None:
    plan = stored_plan()
    with uow() as work:
        assert work.plans.add(user_id, plan) == plan
        work.commit()
    with uow() as work:
        assert work.plans.get(user_id, plan.uuid) == plan
        assert work.plans.current(user_id, MONDAY) == plan
        assert work.plans.current(user_id, MONDAY + dt.timedelta(days=7)) is None


def test_a_new_plan_for_the_same_week_is_the_next_version_and_the_current_one(
    uow: UowFactory, user_id: int
) -> None:
    first = stored_plan()
    with uow() as work:
        work.plans.add(user_id, first)
        assert work.plans.next_version(user_id, MONDAY) == 2
        second = stored_plan(version=2, drills=("ankle_rolls",))
        work.plans.add(user_id, second)
        work.commit()
    with uow() as work:
        assert work.plans.current(user_id, MONDAY) == second
        assert work.plans.list(user_id) == (first, second)


def test_a_plan_whose_version_is_taken_gets_the_next_free_one(
    uow: UowFactory, user_id: int
) -> None:
    # Two generations of one week at once both ask for version 1: neither is lost.
    with uow() as work:
        work.plans.add(user_id, stored_plan(version=1))
        clash = stored_plan(version=1)
        stored = work.plans.add(user_id, clash)
        work.commit()
    assert stored.version == 2
    assert stored.uuid == clash.uuid


def test_a_replayed_plan_returns_the_stored_one(uow: UowFactory, user_id: int) -> None:
    plan = stored_plan()
    with uow() as work:
        work.plans.add(user_id, plan)
        work.commit()
    with uow() as work:
        assert work.plans.add(user_id, plan.model_copy(update={"version": 5})) == plan
        work.commit()
    with uow() as work:
        assert len(work.plans.list(user_id)) == 1

"""Progression decisions per week, on both backends."""

from __future__ import annotations

import datetime as dt

from limberup.domain.logbook import StoredDecision
from limberup.domain.progression.decisions import Action
from tests.integration.storage.conftest import UowFactory
from tests.unit.storage.builders import MONDAY


def decision(week: dt.date, drill: str, action: Action = Action.HOLD) -> StoredDecision:
    return StoredDecision(
        week_start=week,
        exercise_id=drill,
        action=action,
        reason="because",
        replacement_id="core_engaged_slr" if action is Action.ADVANCE else None,
    )


def test_decisions_are_replaced_per_week_and_listed_by_week(uow: UowFactory, user_id: int) -> None:
    next_week = MONDAY + dt.timedelta(days=7)
    with uow() as work:
        work.decisions.replace_week(user_id, MONDAY, [decision(MONDAY, "leg_swings")])
        work.decisions.replace_week(
            user_id,
            next_week,
            [
                decision(next_week, "leg_swings"),
                decision(next_week, "assisted_slr", Action.ADVANCE),
            ],
        )
        work.commit()
    redone = [decision(MONDAY, "ankle_rolls", Action.MAINTAIN)]
    with uow() as work:
        work.decisions.replace_week(user_id, MONDAY, redone)
        work.commit()
    with uow() as work:
        stored = work.decisions.list(user_id)
        of_next_week = work.decisions.of_week(user_id, next_week)
        of_another_runner = work.decisions.of_week(user_id + 1, next_week)
    assert stored == (
        redone[0],
        decision(next_week, "assisted_slr", Action.ADVANCE),
        decision(next_week, "leg_swings"),
    )
    assert of_next_week == stored[1:]
    assert of_another_runner == ()

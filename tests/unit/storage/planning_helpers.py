"""Doing parts of a stored plan through the services, for the progression tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from limberup.domain.logbook import SessionStatus, StoredPlan
from limberup.domain.planning.week import Item
from limberup.services.sessions import end_session, log_item, start_session
from limberup.services.unit_of_work import UnitOfWork
from tests.unit.storage.builders import item_log


def sessions_with(
    plan: StoredPlan, exercise_id: str
) -> list[tuple[dt.date, int, tuple[Item, ...]]]:
    """Every (day, session index, items) of the plan that holds ``exercise_id``."""
    return [
        (day.date, index, session.items)
        for day in plan.plan.days
        for index, session in enumerate(day.sessions)
        if any(item.exercise_id == exercise_id for item in session.items)
    ]


def drills(plan: StoredPlan) -> set[str]:
    return {
        item.exercise_id
        for day in plan.plan.days
        for session in day.sessions
        for item in session.items
    }


def do_session(
    uow: UnitOfWork,
    plan: StoredPlan,
    day: dt.date,
    index: int,
    items: tuple[Item, ...],
    **per_drill: dict[str, Any],
) -> None:
    """Log a whole session as done; ``per_drill`` adds fields (pain...) to a drill's log."""
    log = start_session(
        uow,
        1,
        plan_uuid=plan.uuid,
        day=day,
        session_index=index,
        now=dt.datetime.combine(day, dt.time(7), tzinfo=dt.UTC),
    )
    for position, item in enumerate(items):
        log_item(
            uow,
            1,
            log.uuid,
            item_log(position, item.exercise_id, **per_drill.get(item.exercise_id, {})),
        )
    end_session(uow, 1, log.uuid, status=SessionStatus.FINISHED)

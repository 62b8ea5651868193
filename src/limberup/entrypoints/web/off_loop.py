"""Work that may solve a week runs in a worker thread, so a long solve never holds up others.

Routes run on the event loop (see docs/architecture.md): the services are quick, except
planning a week, which runs the solver for up to its time limit. A route that may plan first
awaits :func:`ensure_week_planned`, or runs its whole use case with :func:`in_thread`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from fastapi import Request
from fastapi.concurrency import run_in_threadpool

from limberup.services.plans import current_plan
from limberup.services.runtime import Runtime
from limberup.services.unit_of_work import UnitOfWork

P = ParamSpec("P")
T = TypeVar("T")


async def in_thread(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a use case that may plan a week in the thread pool."""
    return await run_in_threadpool(function, *args, **kwargs)


async def ensure_week_planned(
    request: Request, uow: UnitOfWork, runtime: Runtime, user_id: int, day: dt.date
) -> None:
    """Make and store the plan of ``day``'s week in a worker thread if there is none yet.

    A stored plan is never removed, so each week is looked up once per process.
    """
    week = day - dt.timedelta(days=day.weekday())
    planned: set[tuple[int, dt.date]] = request.app.state.planned_weeks
    if (user_id, week) in planned:
        return
    await run_in_threadpool(current_plan, uow, runtime, user_id, week)
    planned.add((user_id, week))

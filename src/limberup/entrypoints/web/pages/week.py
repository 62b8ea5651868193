"""This week: days with the runs marked, each session's minutes and drills, each drill's why."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import AfterValidator

from limberup.domain.planning.plain_words import CONTEXT_LABELS, dose_summary
from limberup.domain.progression.decisions import Action
from limberup.domain.values import in_range
from limberup.entrypoints.web.dependencies import (
    AnswersDep,
    RuntimeDep,
    UowDep,
    UserDep,
)
from limberup.entrypoints.web.off_loop import ensure_week_planned, in_thread
from limberup.entrypoints.web.pages.templating import templates
from limberup.services.plans import current_plan, generate_plan, week_decisions, week_of
from limberup.services.profile import get_profile
from limberup.services.runtime import Runtime
from limberup.services.sessions import finished_in_week
from limberup.services.unit_of_work import UnitOfWork

router = APIRouter(include_in_schema=False)

ACTION_WORDS = {
    Action.ADVANCE: "on to the next level",
    Action.HOLD: "stays as it is",
    Action.MAINTAIN: "kept up, fewer days",
    Action.REGRESS: "a step back",
    Action.STOP: "left out",
}
"""What a retest or a log decided for a drill, in a runner's words."""


@router.get("/week", response_class=HTMLResponse)
async def week_page(
    request: Request,
    *,
    uow: UowDep,
    user: UserDep,
    runtime: RuntimeDep,
    answers: AnswersDep,
    date: Annotated[Annotated[dt.date, AfterValidator(in_range)] | None, Query()] = None,
) -> Response:
    kept = answers.found()  # made with a profile and the week planned: both still hold
    if kept is not None:
        return kept
    if get_profile(uow, user) is None:
        return RedirectResponse("/welcome", status_code=303)
    day = date or runtime.clock.today()
    await ensure_week_planned(request, uow, runtime, user, day)
    return answers.keep(lambda: _week(request, uow, runtime, user, day))


def _week(request: Request, uow: UnitOfWork, runtime: Runtime, user: int, day: dt.date) -> Response:
    catalogue = runtime.catalogue
    today = runtime.clock.today()
    start = week_of(day)
    stored = current_plan(uow, runtime, user, start)
    decisions = week_decisions(uow, user, start)  # holds too: each says why nothing moved
    return templates.TemplateResponse(
        request,
        "week.html",
        {
            "stored": stored,
            "plan": stored.plan,
            "today": today,
            "previous": start - dt.timedelta(days=7),
            "next": start + dt.timedelta(days=7),
            "labels": CONTEXT_LABELS,
            "dose": dose_summary,
            "decisions": decisions,
            "actions": ACTION_WORDS,
            "done": finished_in_week(uow, user, start),
            "names": {e.id: e.name for e in catalogue.exercises},
        },
    )


@router.post("/week/replan")
async def replan(request: Request, uow: UowDep, user: UserDep, runtime: RuntimeDep) -> Response:
    form = await request.form()
    try:
        day = in_range(dt.date.fromisoformat(str(form.get("date"))))
    except ValueError:
        day = runtime.clock.today()
    await in_thread(generate_plan, uow, runtime, user, week_of(day))
    return RedirectResponse(f"/week?date={day.isoformat()}", status_code=303)

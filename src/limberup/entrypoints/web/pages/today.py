"""Today's sessions, and the guided session player.

Both pages send a runner without a profile to the first-use pages (``/welcome``). The player
page carries its whole timeline as JSON, so a session that has started keeps going when the
network drops; the script (``static/js/player/``) logs through the sessions API.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import AfterValidator

from limberup.adapters.db.unit_of_work import SqlUnitOfWork
from limberup.domain.logbook import SessionStatus
from limberup.domain.progression.decisions import STOP_PAIN_LEVEL
from limberup.domain.values import in_range
from limberup.domain.vocabulary import Context
from limberup.entrypoints.web.api.session_schemas import timeline_out
from limberup.entrypoints.web.api.sessions import DayParam, IndexParam
from limberup.entrypoints.web.dependencies import (
    AnswersDep,
    RuntimeDep,
    UowDep,
    UserDep,
)
from limberup.entrypoints.web.off_loop import ensure_week_planned
from limberup.entrypoints.web.pages.templating import templates
from limberup.exceptions import MissingProfileError, NotFoundError
from limberup.services.player import Timeline, log_views, session_timeline
from limberup.services.runtime import Runtime
from limberup.services.sessions import day_plan, end_session, unfinished_sessions
from limberup.services.unit_of_work import UnitOfWork

router = APIRouter(include_in_schema=False)

SESSION_TITLES = {
    Context.PRE_RUN: "Before your run",
    Context.POST_RUN: "After your run",
    Context.REST_DAY: "Rest-day session",
    Context.DAILY: "Daily mobility",
    Context.MICRO_BREAK: "Work break",
    Context.GYM_WARMUP: "Gym warm-up",
}
TO_ONBOARDING = "/welcome"


@router.get("/today", response_class=HTMLResponse)
async def today_page(
    request: Request,
    *,
    uow: UowDep,
    user: UserDep,
    runtime: RuntimeDep,
    answers: AnswersDep,
    date: Annotated[Annotated[dt.date, AfterValidator(in_range)] | None, Query()] = None,
) -> Response:
    """Today's sessions with their drills and reasons, done marks, and a resume offer."""
    try:
        await ensure_week_planned(request, uow, runtime, user, date or runtime.clock.today())
    except MissingProfileError:
        return RedirectResponse(TO_ONBOARDING, status_code=303)
    return answers.keep(lambda: _today_sessions(request, uow, runtime, user, date))


def _today_sessions(
    request: Request, uow: UnitOfWork, runtime: Runtime, user: int, date: dt.date | None
) -> Response:
    today = runtime.clock.today()
    day = date or today
    try:
        planned = day_plan(uow, runtime, user, day)
    except MissingProfileError:
        return RedirectResponse(TO_ONBOARDING, status_code=303)
    elsewhere = [
        view
        for view in log_views(uow, user, unfinished_sessions(uow, user))
        if view.log.day != day and view.session is not None
    ]
    context = {
        "day": day,
        "is_today": day == today,
        "planned": planned,
        "elsewhere": elsewhere,
        "titles": SESSION_TITLES,
    }
    return templates.TemplateResponse(request, "today/today.html", context)


@router.post("/today/sessions/{session_uuid}/abandon")
async def abandon(session_uuid: UUID, uow: UowDep, user: UserDep) -> Response:
    """Let an unfinished session go (what was done stays logged), then show today again."""
    end_session(uow, user, session_uuid, status=SessionStatus.ABANDONED)
    return RedirectResponse("/today", status_code=303)


@router.get("/play/{date}/{index}", response_class=HTMLResponse)
async def player_page(
    request: Request,
    date: DayParam,
    index: IndexParam,
    *,
    uow: UowDep,
    user: UserDep,
    runtime: RuntimeDep,
    session: Annotated[UUID | None, Query()] = None,
) -> Response:
    """The guided player for a day's session; ``?session=`` resumes an unfinished log."""
    try:
        await ensure_week_planned(request, uow, runtime, user, date)
        timeline, pending = _player_timeline(
            uow, runtime, user, date=date, index=index, session=session
        )
    except MissingProfileError:
        return RedirectResponse(TO_ONBOARDING, status_code=303)
    data = timeline_out(timeline)
    context = {
        "timeline": data,
        "title": SESSION_TITLES[timeline.session.context],
        "data": data.model_dump(mode="json"),
        "pending": pending,
        "stop_pain": STOP_PAIN_LEVEL,
    }
    return templates.TemplateResponse(request, "player/player.html", context)


def _player_timeline(
    uow: SqlUnitOfWork,
    runtime: Runtime,
    user: int,
    *,
    date: dt.date,
    index: int,
    session: UUID | None,
) -> tuple[Timeline, UUID | None]:
    """The timeline to play, and the UUID of a log the server has not heard of yet, if any."""
    try:
        timeline = session_timeline(uow, runtime, user, date, index, session_uuid=session)
    except NotFoundError as error:
        if error.field != "session":
            raise
        # Reloaded before the session's start reached the server (it waits in the browser's
        # outbox): the page goes on under the same UUID.
        return session_timeline(uow, runtime, user, date, index), session
    if timeline.log is not None and timeline.log.status is not SessionStatus.IN_PROGRESS:
        # A finished session is done again from the start, as a new log.
        timeline = session_timeline(uow, runtime, user, date, index)
    return timeline, None

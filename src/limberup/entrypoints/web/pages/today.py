"""Today's sessions, and the guided session player.

Both pages send a runner without a profile to the first-use pages (``/welcome``). The player
page carries its whole timeline as JSON, so a session that has started keeps going when the
network drops; the script (``static/js/player/``) logs through the sessions API.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any
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
from limberup.services.player import Timeline, session_timeline
from limberup.services.runtime import Runtime
from limberup.services.sessions import day_plan, end_session
from limberup.services.today import drills_done, resume_offer, session_now
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
    """Today's sessions: the one that matters now first with its Start button, then the rest."""
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
    is_today = day == today
    now = session_now(planned, at=runtime.clock.now().astimezone().time() if is_today else None)
    offer = resume_offer(planned)  # only the day shown: never another day's session
    # The session that matters now comes first, then the one to pick up again, then the rest.
    first = [s.index for s in (now, offer) if s is not None]
    order = list(dict.fromkeys(first)) + [s.index for s in planned.sessions if s.index not in first]
    context = {
        "day": day,
        "is_today": is_today,
        "planned": planned,
        "ordered": [planned.sessions[index] for index in order],
        "now": now,
        "offer": offer,
        "drills_done": drills_done,
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
    embedded = data.model_dump(mode="json")
    embedded["steps"] = changes_only(embedded["steps"])
    context = {
        "timeline": data,
        "title": SESSION_TITLES[timeline.session.context],
        "data": embedded,
        "pending": pending,
        "stop_pain": STOP_PAIN_LEVEL,
    }
    return templates.TemplateResponse(request, "player/player.html", context)


def changes_only(steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each step as its kind and what changed since the last step of that kind.

    A session's reps and holds repeat almost every field, step after step: sent whole, the
    timeline alone weighs more than the rest of the page. ``static/js/player/main.js`` carries
    each field forward again, so the player reads the steps exactly as the API sends them.
    """
    packed = []
    last: dict[str, dict[str, Any]] = {}  # kind -> the last step of that kind
    for step in steps:
        before = last.get(step["kind"], {})
        change = {key: value for key, value in step.items() if before.get(key, ...) != value}
        packed.append({"kind": step["kind"]} | change)
        last[step["kind"]] = step
    return packed


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

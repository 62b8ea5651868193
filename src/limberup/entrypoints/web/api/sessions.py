"""A day's sessions, the player's timeline, and session logs (``/api/v1/days``, ``/sessions``).

Logging is idempotent by the client's UUIDs: starting the same session again returns the
stored log (200 instead of 201), logging an item again keeps what was done.

One live player per session (``services.claims``): a player names itself with the
``X-LimberUp-Player`` header (a UUID it makes); the start gives it the session, ``claim``
resumes or takes over one, and a write by any other player is refused with 409. Requests
without the header are not checked, as before.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Body, Header, Path, Query, Request, Response, status
from pydantic import WithJsonSchema

from limberup.domain.logbook import SessionStatus
from limberup.domain.values import PlanDate
from limberup.entrypoints.web.api.session_schemas import (
    ClaimIn,
    DayOut,
    FinishedSessionIn,
    FinishIn,
    ItemIn,
    ItemOut,
    SessionOut,
    StartIn,
    TimelineOut,
    day_out,
    finished_log,
    item_log,
    item_out,
    session_out,
    timeline_out,
)
from limberup.entrypoints.web.dependencies import (
    AnswersDep,
    RuntimeDep,
    UowDep,
    UserDep,
)
from limberup.entrypoints.web.errors import error_responses
from limberup.entrypoints.web.off_loop import ensure_week_planned, in_thread
from limberup.entrypoints.web.responses import json_list_response, json_response
from limberup.services.claims import claim_session
from limberup.services.dates import refuse_future
from limberup.services.player import (
    LogView,
    log_views,
    session_logs,
    session_timeline,
    start_or_replay,
)
from limberup.services.sessions import day_plan, end_session, get_session, log_item, record_session

router = APIRouter(tags=["sessions"])
DayParam = Annotated[PlanDate, Path(description="A date, YYYY-MM-DD.", examples=["2026-11-17"])]
IndexParam = Annotated[
    int, Path(ge=0, le=99, description="The session's place in the day, 0 first.")
]
UuidParam = Annotated[UUID, Path(description="The session log's client-made UUID.")]
PlayerHeader = Annotated[
    UUID | None,
    Header(
        alias="X-LimberUp-Player",
        description="The writing player's token: refused (409) unless it holds the session.",
    ),
    # A header is absent or a UUID; it cannot be null, as the generated schema would allow.
    WithJsonSchema({"type": "string", "format": "uuid"}),
]


@router.get("/days/{date}/sessions", response_model=DayOut, responses=error_responses(404, 422))
async def day_sessions(
    request: Request,
    date: DayParam,
    *,
    uow: UowDep,
    user: UserDep,
    runtime: RuntimeDep,
    answers: AnswersDep,
) -> Response:
    """A day's planned sessions with their minutes, drills, reasons and state.

    The week's plan is made (and stored) on first asking; with no profile yet the answer is
    404 naming ``profile``.
    """
    await ensure_week_planned(request, uow, runtime, user, date)
    return answers.keep(lambda: json_response(day_out(date, day_plan(uow, runtime, user, date))))


@router.get(
    "/days/{date}/sessions/{index}/steps",
    response_model=TimelineOut,
    responses=error_responses(404, 422),
)
async def session_steps(
    request: Request,
    date: DayParam,
    index: IndexParam,
    *,
    uow: UowDep,
    user: UserDep,
    runtime: RuntimeDep,
    answers: AnswersDep,
    session: Annotated[
        UUID | None, Query(description="Resume this log: play the plan version it started from.")
    ] = None,
) -> Response:
    """The player's timeline: every timed step with its counters and cue, and the drill cards.

    The steps' seconds add up to the plan's minutes.
    """
    await ensure_week_planned(request, uow, runtime, user, date)
    return answers.keep(
        lambda: json_response(
            timeline_out(session_timeline(uow, runtime, user, date, index, session_uuid=session))
        )
    )


@router.post(
    "/sessions",
    response_model=SessionOut,
    status_code=status.HTTP_201_CREATED,
    responses={
        **error_responses(404, 413, 422),
        200: {"model": SessionOut, "description": "A replay: the stored log, unchanged."},
    },
)
async def start(
    body: Annotated[StartIn, Body()],
    request: Request,
    response: Response,
    *,
    uow: UowDep,
    user: UserDep,
    runtime: RuntimeDep,
    player: PlayerHeader = None,
) -> SessionOut:
    """Start a log of a day's session (201), or return the stored one for a known ``uuid`` (200).

    A day after today is refused (422): a session cannot have been done yet.
    """
    refuse_future("date", body.date, runtime.clock.today())
    await ensure_week_planned(request, uow, runtime, user, body.date)
    log, created = start_or_replay(
        uow,
        runtime,
        user,
        session_uuid=body.uuid,
        day=body.date,
        index=body.index,
        plan_uuid=body.plan_uuid,
        player=player,
    )
    if not created:
        response.status_code = status.HTTP_200_OK
    return session_out(log_views(uow, user, (log,))[0])


@router.put(
    "/sessions/{uuid}/items/{index}",
    response_model=ItemOut,
    responses=error_responses(404, 409, 413, 422),
)
async def put_item(
    uuid: UuidParam,
    index: Annotated[int, Path(ge=0, le=999, description="The item's place in the session.")],
    body: Annotated[ItemIn, Body()],
    *,
    uow: UowDep,
    user: UserDep,
    runtime: RuntimeDep,
    player: PlayerHeader = None,
) -> ItemOut:
    """Log what was done of one drill; sending it again keeps what was done and the worst pain.

    A finished item is not turned back into a partial one. New pain takes the drill off the
    rest of the week at once: the week is planned again from today (in a worker thread). 409
    when another player holds the session.
    """
    logged = item_log(index, body)
    if logged.painful:
        stored = await in_thread(log_item, uow, user, uuid, logged, player=player, runtime=runtime)
    else:
        stored = log_item(uow, user, uuid, logged, player=player, runtime=runtime)
    return item_out(stored)


@router.post(
    "/sessions/{uuid}/finish",
    response_model=SessionOut,
    responses=error_responses(404, 409, 413, 422),
)
async def finish(
    uuid: UuidParam,
    *,
    uow: UowDep,
    user: UserDep,
    body: Annotated[FinishIn | None, Body()] = None,
    player: PlayerHeader = None,
) -> SessionOut:
    """Finish a session (the default), or abandon it: what was done stays logged.

    A replay keeps the first end time. 409 when another player holds the session.
    """
    ending = SessionStatus((body or FinishIn()).status)
    log = end_session(uow, user, uuid, status=ending, player=player)
    return session_out(log_views(uow, user, (log,))[0])


@router.post(
    "/sessions/{uuid}/claim",
    response_model=SessionOut,
    responses=error_responses(404, 409, 413, 422),
)
async def claim(
    uuid: UuidParam,
    body: Annotated[ClaimIn, Body()],
    uow: UowDep,
    user: UserDep,
) -> SessionOut:
    """Become the session's live player (to resume it); 409 while another player holds it.

    With ``take_over`` the session is taken from the other player, whose writes are refused
    from then on.
    """
    log = claim_session(uow, user, uuid, body.player, take_over=body.take_over)
    return session_out(log_views(uow, user, (log,))[0])


@router.put(
    "/sessions/{uuid}",
    response_model=SessionOut,
    status_code=status.HTTP_201_CREATED,
    responses={
        **error_responses(404, 409, 413, 422),
        200: {
            "model": SessionOut,
            "description": "A replay: the stored log with what it adds merged in (each item "
            "keeps the worst pain and its notes; the first end stays).",
        },
    },
)
async def put_whole_session(
    uuid: UuidParam,
    body: Annotated[FinishedSessionIn, Body()],
    uow: UowDep,
    user: UserDep,
    runtime: RuntimeDep,
) -> Response:
    """Store a whole finished session in one request (201); the same ``uuid`` again: 200, with
    anything new it reports merged in, or 409 when it names another session.

    A session dated after today is refused (422); pain in it plans the week again from today.
    """
    log = finished_log(uuid, body)
    # Only pain re-plans the week (a solve); a painless log is a few short statements, and the
    # hop to a worker thread would cost more than it saves.
    if any(item.painful for item in log.items):
        recorded = await in_thread(record_session, uow, user, log, runtime=runtime)
    else:
        recorded = record_session(uow, user, log, runtime=runtime)
    return json_response(
        session_out(LogView(recorded.log, recorded.session)),
        status_code=status.HTTP_201_CREATED if recorded.created else status.HTTP_200_OK,
    )


@router.get("/sessions/{uuid}", response_model=SessionOut, responses=error_responses(404, 422))
async def get_one(uuid: UuidParam, uow: UowDep, user: UserDep) -> SessionOut:
    """A session log with its items and where a resumed player starts."""
    log = get_session(uow, user, uuid)
    return session_out(log_views(uow, user, (log,))[0])


@router.get("/sessions", response_model=list[SessionOut], responses=error_responses(404, 422))
async def list_sessions(
    *,
    uow: UowDep,
    user: UserDep,
    answers: AnswersDep,
    status: Annotated[
        SessionStatus | None, Query(description="Only these; `in_progress` to offer a resume.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    after: Annotated[
        UUID | None,
        Query(description="The uuid of the last log of the page before: the next page."),
    ] = None,
) -> Response:
    """Session logs, newest first, a page at a time (``limit``, then ``after``)."""

    def page() -> Response:
        views = session_logs(uow, user, status=status, limit=limit, after=after)
        return json_list_response([session_out(view) for view in views], SessionOut)

    return answers.keep(page)

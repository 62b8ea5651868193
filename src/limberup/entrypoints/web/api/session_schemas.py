"""The JSON the session endpoints read and write, kept apart from the stored records.

Builders (``*_out``) turn service results into these; ``item_log`` turns a request into the
stored ``ItemLog``.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from limberup.catalog.pictures import pictures_of
from limberup.domain.logbook import (
    EASE_MAX,
    EASE_MIN,
    PAIN_MAX,
    ItemLog,
    SessionLog,
    SessionStatus,
)
from limberup.domain.planning.week import Item
from limberup.domain.session.timeline import EXHALE_S, INHALE_S, StepKind
from limberup.domain.values import PlanDate, Timestamp, YesNo
from limberup.domain.vocabulary import Context, Laterality, Region, Side
from limberup.entrypoints.web.api import session_examples as ex
from limberup.exceptions import InputError
from limberup.services.player import LogView, Timeline
from limberup.services.sessions import PlannedDay, PlannedSession


class SessionState(StrEnum):
    """A planned session's state: a log's status, or not started."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    ABANDONED = "abandoned"


def _examples(*examples: dict[str, Any]) -> ConfigDict:
    """A request's config: unknown fields refused, examples shown in the OpenAPI schema."""
    return ConfigDict(extra="forbid", json_schema_extra={"examples": list(examples)})


def _shown(*examples: dict[str, Any]) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": list(examples)})


class ItemIn(BaseModel):
    """What was done of one drill; ``finished_at`` is left out while it is only partly done."""

    model_config = _examples(ex.ITEM_DONE, ex.ITEM_HURT)

    exercise_id: Annotated[str, Field(min_length=1, max_length=80)]
    variant_id: Annotated[str, Field(min_length=1, max_length=80)] | None = None
    sets_done: Annotated[int, Field(ge=0, le=100, strict=True)] = 0
    reps_done: Annotated[int, Field(ge=0, le=10_000, strict=True)] = 0
    holds_done: Annotated[int, Field(ge=0, le=1_000, strict=True)] = 0
    sides: Annotated[list[Side], Field(max_length=2)] = []
    skipped: YesNo = False
    pain: Annotated[int, Field(ge=0, le=PAIN_MAX, strict=True)] | None = None
    """0 (none) to 10 (worst); 1 or more stops the drill and needs ``pain_region``."""
    pain_region: Region | None = None
    ease: Annotated[int, Field(ge=EASE_MIN, le=EASE_MAX, strict=True)] | None = None
    notes: Annotated[str, Field(max_length=2000)] | None = None
    finished_at: Timestamp | None = None


def item_log(index: int, item: ItemIn) -> ItemLog:
    """The stored form of a logged item.

    Raises:
        InputError: pain without a region, or a side given twice.
    """
    if item.pain and item.pain_region is None:
        allowed = "where it hurts (one of the drill's regions) when pain is 1 or more"
        raise InputError("pain_region", None, allowed)
    if len(set(item.sides)) != len(item.sides):
        raise InputError("sides", [s.value for s in item.sides], "each side at most once")
    return ItemLog(item_index=index, **item.model_dump(exclude_unset=False))


class ItemOut(ItemIn):
    """A stored item log."""

    item_index: int


class StartIn(BaseModel):
    """Start a day's session; sending the same ``uuid`` again returns the stored log."""

    model_config = _examples(ex.START)

    uuid: UUID
    """Made by the client (``crypto.randomUUID()``), so a retried request never duplicates."""
    date: PlanDate
    index: Annotated[int, Field(ge=0, le=99)]
    plan_uuid: UUID | None = None
    """The plan version the client shows; the week's current plan when left out."""


class ClaimIn(BaseModel):
    """Become a session's live player: ``player`` is the client's token for itself."""

    model_config = _examples(
        {"player": "3b9f1c2e-5d4a-4e7b-8c6d-1a2b3c4d5e6f"},
        {"player": "3b9f1c2e-5d4a-4e7b-8c6d-1a2b3c4d5e6f", "take_over": True},
    )

    player: UUID
    take_over: YesNo = False
    """Take the session from the player holding it, whose writes are refused from then on."""


class FinishIn(BaseModel):
    """End a session: ``finished``, or ``abandoned`` when left early on purpose."""

    model_config = _examples({"status": "finished"}, {"status": "abandoned"})

    status: Literal["finished", "abandoned"] = "finished"


class SessionOut(BaseModel):
    """A session log: its items as logged and where a resumed player starts."""

    model_config = _shown(ex.SESSION)

    uuid: UUID
    plan_uuid: UUID | None
    date: dt.date
    index: int
    context: Context
    status: SessionStatus
    started_at: dt.datetime
    finished_at: dt.datetime | None
    duration_s: float | None
    """From start to finish, pauses included."""
    items: list[ItemOut]
    items_planned: int
    resume_at: int | None
    """The first item not finished, or null when every one is."""


def session_out(view: LogView) -> SessionOut:
    log = view.log
    duration = None
    if log.finished_at is not None:
        duration = round((log.finished_at - log.started_at).total_seconds(), 1)
    return SessionOut(
        uuid=log.uuid,
        plan_uuid=log.plan_uuid,
        date=log.day,
        index=log.session_index,
        context=log.context,
        status=log.status,
        started_at=log.started_at,
        finished_at=log.finished_at,
        duration_s=duration,
        items=[item_out(item) for item in log.items],
        items_planned=view.item_count,
        resume_at=view.resume_at,
    )


def item_out(item: ItemLog) -> ItemOut:
    return ItemOut.model_validate(item.model_dump())


class PlannedItemOut(BaseModel):
    index: int
    exercise_id: str
    variant_id: str | None
    name: str
    sets: int
    reps: int
    reps_unit: str
    hold_s: float | None
    hold_breaths: int | None
    sides: int
    minutes: float
    why: str
    done: bool
    """Logged as finished in this session's latest log."""


class PlannedSessionOut(BaseModel):
    index: int
    context: Context
    minutes: float
    budget_minutes: float
    state: SessionState
    session_uuid: UUID | None
    """The latest log of this session, if one was started."""
    items: list[PlannedItemOut]


class DayOut(BaseModel):
    """A day's plan: its sessions, each with its state."""

    model_config = _shown(ex.DAY)

    date: dt.date
    weekday: str
    run: bool
    run_time: Annotated[str, Field(pattern=r"^\d{2}:\d{2}$", examples=["07:00"])] | None
    """The run's clock time, HH:MM (no zone: it is the runner's own clock)."""
    plan_uuid: UUID
    retest: list[str]
    """Self-tests to repeat that day (the weekly retest)."""
    notes: list[str]
    """What the week's plan could not do, and other things to know."""
    referral: str | None
    """When pain was reported: the advice to see a professional."""
    sessions: list[PlannedSessionOut]


def day_out(date: dt.date, planned: PlannedDay) -> DayOut:
    day = planned.day
    return DayOut(
        date=date,
        weekday=date.strftime("%A"),
        run=bool(day and day.run),
        run_time=day.run_time.strftime("%H:%M") if day and day.run_time else None,
        plan_uuid=planned.plan.uuid,
        retest=[test.value for test in day.retest] if day else [],
        notes=[note.text for note in planned.plan.plan.notes],
        referral=planned.plan.plan.referral if planned.plan.plan.refer else None,
        sessions=[planned_session_out(session) for session in planned.sessions],
    )


def planned_session_out(planned: PlannedSession) -> PlannedSessionOut:
    log = planned.log
    done = log.finished_items() if log else frozenset()
    return PlannedSessionOut(
        index=planned.index,
        context=planned.session.context,
        minutes=planned.session.minutes,
        budget_minutes=planned.session.budget_minutes,
        state=SessionState(log.status.value) if log else SessionState.NOT_STARTED,
        session_uuid=log.uuid if log else None,
        items=[
            _planned_item(index, item, index in done)
            for index, item in enumerate(planned.session.items)
        ],
    )


def _planned_item(index: int, item: Item, done: bool) -> PlannedItemOut:
    return PlannedItemOut(
        index=index,
        done=done,
        **item.model_dump(
            include={
                "exercise_id",
                "variant_id",
                "name",
                "sets",
                "reps",
                "reps_unit",
                "hold_s",
                "hold_breaths",
                "sides",
                "minutes",
                "why",
            }
        ),
    )


class StepOut(BaseModel):
    """One timed moment of the player."""

    kind: StepKind
    seconds: float
    start_s: float
    """Seconds into the session at which the step begins."""
    item_index: int
    exercise_id: str
    title: str
    set: int
    sets: int
    side: Side | None
    reps: int
    """Reps (or steps, or feet) counted in a work step."""
    reps_unit: str
    rep_number: int
    """Which rep a hold belongs to (1-based); 0 when not tied to a rep."""
    rep_count: int
    """Reps in this side of this set."""
    seconds_per_rep: float
    breaths: int
    cue: str | None
    say: str
    """What the player announces as the step begins."""


class PictureOut(BaseModel):
    """One position of a drill as a picture: where it is, what it shows, the step it belongs to."""

    url: str
    label: str
    step: int
    """Index into the drill's ``how``, then into its variant's steps."""
    role: Literal["start", "move", "end"]
    """When the player shows it: getting ready, moving, or holding."""


class DrillOut(BaseModel):
    """A drill card: its name, why, how, cues, cautions and where pain can be reported."""

    index: int
    exercise_id: str
    variant_id: str | None
    name: str
    why: str
    minutes: float
    laterality: Laterality
    regions: list[Region]
    how: list[str]
    cues: list[str]
    cautions: list[str]
    easier: list[str]
    pictures: list[PictureOut]
    """The drill's positions in order; the player mirrors them for the left side."""


class TimelineOut(BaseModel):
    """A session as the player plays it: the drill cards and every timed step."""

    model_config = _shown(ex.TIMELINE)

    date: dt.date
    index: int
    plan_uuid: UUID
    context: Context
    minutes: float
    """The plan's minutes: the steps' seconds added up, in minutes to one decimal."""
    total_seconds: float
    inhale_s: float
    exhale_s: float
    drills: list[DrillOut]
    steps: list[StepOut]
    session: SessionOut | None
    """The log being resumed, when asked for by its UUID."""


def timeline_out(timeline: Timeline) -> TimelineOut:
    resumed = LogView(timeline.log, timeline.session) if timeline.log else None
    return TimelineOut(
        date=timeline.day,
        index=timeline.index,
        plan_uuid=timeline.plan_uuid,
        context=timeline.session.context,
        minutes=timeline.session.minutes,
        total_seconds=timeline.total_seconds,
        inhale_s=INHALE_S,
        exhale_s=EXHALE_S,
        drills=[
            DrillOut(
                index=card.index,
                exercise_id=card.exercise_id,
                variant_id=card.variant_id,
                name=card.name,
                why=card.why,
                minutes=card.minutes,
                laterality=card.laterality,
                regions=list(card.regions),
                how=list(card.how),
                cues=list(card.cues),
                cautions=list(card.cautions),
                easier=list(card.easier),
                pictures=[
                    PictureOut(
                        url=f"/pictures/{picture.file}",
                        label=picture.label,
                        step=picture.step,
                        role=picture.role.value,
                    )
                    for picture in pictures_of(card.exercise_id, card.variant_id)
                ],
            )
            for card in timeline.drills
        ],
        steps=[
            StepOut(
                kind=timed.step.kind,
                seconds=timed.step.seconds,
                start_s=timed.start_s,
                item_index=timed.step.item_index,
                exercise_id=timed.step.exercise_id,
                title=timed.step.title,
                set=timed.step.set_number,
                sets=timed.step.sets,
                side=timed.step.side,
                reps=timed.step.reps,
                reps_unit=timed.step.reps_unit,
                rep_number=timed.step.rep_number,
                rep_count=timed.rep_count,
                seconds_per_rep=timed.step.seconds_per_rep,
                breaths=timed.step.breaths,
                cue=timed.step.cue,
                say=timed.say,
            )
            for timed in timeline.steps
        ],
        session=session_out(resumed) if resumed else None,
    )


class LoggedItemIn(ItemIn):
    """One drill of a whole logged session, with its place in the session."""

    index: Annotated[int, Field(ge=0, le=999, strict=True)]


class FinishedSessionIn(BaseModel):
    """A whole session at once, done offline or logged afterwards (``PUT`` is idempotent)."""

    model_config = _examples(
        {
            "plan_uuid": "6f2d4c1e-8a8b-4c7e-9a39-5b0c1d2e3f40",
            "date": "2026-11-24",
            "index": 0,
            "status": "finished",
            "started_at": "2026-11-24T06:48:00Z",
            "finished_at": "2026-11-24T06:58:10Z",
            "items": [{"index": 0, **ex.ITEM_DONE}],
        }
    )

    plan_uuid: UUID
    date: PlanDate
    index: Annotated[int, Field(ge=0, le=99, strict=True)]
    status: Literal["finished", "abandoned"] = "finished"
    started_at: Timestamp
    finished_at: Timestamp
    items: Annotated[list[LoggedItemIn], Field(max_length=200)] = []


def finished_log(session_uuid: UUID, body: FinishedSessionIn) -> SessionLog:
    """The stored form of a whole logged session.

    Raises:
        InputError: an item given twice, pain without a region, or the end before the start.
    """
    if body.finished_at < body.started_at:
        raise InputError("finished_at", body.finished_at.isoformat(), "a time after started_at")
    indexes = [item.index for item in body.items]
    if len(set(indexes)) != len(indexes):
        raise InputError("items", indexes, "each item index at most once")
    items = tuple(
        item_log(item.index, ItemIn.model_validate(item.model_dump(exclude={"index"})))
        for item in body.items
    )
    return SessionLog(
        uuid=session_uuid,
        plan_uuid=body.plan_uuid,
        week_start=body.date,
        day=body.date,
        context=Context.DAILY,
        session_index=body.index,
        started_at=body.started_at,
        finished_at=body.finished_at,
        status=SessionStatus(body.status),
        items=items,
    )

"""What a session player needs from storage: the timeline of a planned session, and its logs.

The web player (and any other screen) asks for a day's session by date and place, or for the
session a stored log records; it gets the drill cards, the timed steps of
``domain.session.timeline.session_steps`` and the log so far. Starting a session tells a new
log from a replayed one, so an API can answer 201 or 200.

Example:
    >>> timeline = session_timeline(uow, runtime, user_id, day, 0)
    >>> timeline.total_seconds / 60 == timeline.session.minutes  # up to rounding
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from limberup.domain.catalog import Catalogue
from limberup.domain.logbook import SessionLog, SessionStatus, StoredPlan
from limberup.domain.planning.week import Session
from limberup.domain.session.player import announcement, player_items
from limberup.domain.session.timeline import Step, StepKind, session_steps
from limberup.domain.vocabulary import Laterality, Region
from limberup.exceptions import NotFoundError, NotPlannedError, StoredDataError
from limberup.services.plans import current_plan, week_of
from limberup.services.runtime import Runtime
from limberup.services.sessions import day_plan, get_session, start_session
from limberup.services.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class DrillCard:
    """One drill of a session as the player's card shows it."""

    index: int
    exercise_id: str
    variant_id: str | None
    name: str
    why: str
    minutes: float
    laterality: Laterality
    regions: tuple[Region, ...]
    """Where pain can be reported for this drill."""
    how: tuple[str, ...]
    cues: tuple[str, ...]
    cautions: tuple[str, ...]
    easier: tuple[str, ...]
    """Ways to make it smaller or lighter (what to do when it hurts)."""


@dataclass(frozen=True, slots=True)
class TimedStep:
    """A step of the timeline, with what a screen needs besides the step itself.

    Attributes:
        step: the domain step.
        start_s: seconds into the session at which it begins.
        rep_count: reps in this side of this set (for "rep 2 of 5" in held drills).
        say: what a player announces as it begins.
    """

    step: Step
    start_s: float
    rep_count: int
    say: str


@dataclass(frozen=True, slots=True)
class Timeline:
    """A planned session as a player plays it.

    Attributes:
        day: the session's date.
        index: its place among the day's sessions.
        plan_uuid: the plan (version) it comes from; a log started from it points there.
        session: what is planned.
        drills: a card per item, in order.
        steps: every timed step, in order.
        log: the log being resumed, if any.
    """

    day: dt.date
    index: int
    plan_uuid: uuid.UUID
    session: Session
    drills: tuple[DrillCard, ...]
    steps: tuple[TimedStep, ...]
    log: SessionLog | None = None

    @property
    def total_seconds(self) -> float:
        return sum(timed.step.seconds for timed in self.steps)


@dataclass(frozen=True, slots=True)
class LogView:
    """A session log with what its plan says about it.

    Attributes:
        log: the stored log.
        session: the planned session it records (None if its plan is gone).
        resume_at: the first item not finished, or None when all are (or the plan is gone).
    """

    log: SessionLog
    session: Session | None

    @property
    def item_count(self) -> int:
        return 0 if self.session is None else len(self.session.items)

    @property
    def resume_at(self) -> int | None:
        return None if self.session is None else self.log.resume_at(self.item_count)


def session_at(
    uow: UnitOfWork, runtime: Runtime, user_id: int, day: dt.date, index: int
) -> tuple[StoredPlan, Session]:
    """The plan of ``day``'s week and its session at ``index``, generating the plan if needed.

    Raises:
        MissingProfileError: there is no plan and no profile to make one from.
        NotPlannedError: the day has no session at ``index``.
    """
    found = day_plan(uow, runtime, user_id, day).sessions
    if not 0 <= index < len(found):
        raise NotPlannedError(day, index, len(found))
    return found[index].plan, found[index].session


def session_timeline(
    uow: UnitOfWork,
    runtime: Runtime,
    user_id: int,
    day: dt.date,
    index: int,
    *,
    session_uuid: uuid.UUID | None = None,
) -> Timeline:
    """The timeline of a day's session; of the session a log records when ``session_uuid``.

    A log keeps pointing at the plan version it was started from, so a resumed session plays
    what was started even when the week was planned again since.

    Raises:
        MissingProfileError: there is no plan and no profile to make one from.
        NotPlannedError: the day has no session at ``index``.
        NotFoundError: ``session_uuid`` names no stored log (or its plan is gone).
    """
    catalogue = runtime.catalogue
    log = None
    if session_uuid is None:
        plan, session = session_at(uow, runtime, user_id, day, index)
    else:
        log = get_session(uow, user_id, session_uuid)
        if log.plan_uuid is None:
            raise NotFoundError("plan", None)
        with uow:
            plan_or_none = uow.plans.get(user_id, log.plan_uuid)
        if plan_or_none is None:
            raise NotFoundError("plan", log.plan_uuid)
        plan, day, index = plan_or_none, log.day, log.session_index
        sessions = plan.day(day)
        if not 0 <= index < len(sessions):
            raise NotPlannedError(day, index, len(sessions))
        session = sessions[index]
    key = (plan.uuid, day, index, catalogue.version)
    cached = _TIMELINES.get(key)
    if cached is None:
        # A stored plan never changes, so its sessions' timelines can be kept.
        cached = timeline_of(session, catalogue)
        with _TIMELINES_LOCK:
            _TIMELINES[key] = cached
            while len(_TIMELINES) > TIMELINES_KEPT:
                _TIMELINES.pop(next(iter(_TIMELINES)))
    drills, steps = cached
    return Timeline(day, index, plan.uuid, session, drills, steps, log)


TIMELINES_KEPT = 256
_TIMELINES_LOCK = threading.Lock()
_TIMELINES: dict[
    tuple[uuid.UUID, dt.date, int, str], tuple[tuple[DrillCard, ...], tuple[TimedStep, ...]]
] = {}


def timeline_of(
    session: Session, catalogue: Catalogue
) -> tuple[tuple[DrillCard, ...], tuple[TimedStep, ...]]:
    """A session's drill cards and timed steps.

    Raises:
        StoredDataError: the session names a drill the catalogue no longer has.
    """
    try:
        items = player_items(session.items, catalogue)
    except KeyError as error:
        raise StoredDataError(
            "exercise_id", str(error.args[0]), "a drill of the installed catalogue"
        ) from None
    drills = tuple(
        DrillCard(
            index=index,
            exercise_id=item.exercise_id,
            variant_id=item.variant_id,
            name=item.name,
            why=item.why,
            minutes=item.minutes,
            laterality=player_item.exercise.laterality,
            regions=tuple(player_item.exercise.loaded_in_order()),
            how=player_item.exercise.steps,
            cues=player_item.exercise.cues,
            cautions=player_item.exercise.cautions,
            easier=player_item.exercise.ease,
        )
        for index, (item, player_item) in enumerate(zip(session.items, items, strict=True))
    )
    return drills, _timed(session_steps(items))


def _timed(steps: Sequence[Step]) -> tuple[TimedStep, ...]:
    # Reps of held drills come one step each; count them per item, title, set and side so
    # the screen can say "rep 2 of 5".
    def group(step: Step) -> tuple[object, ...]:
        return (step.item_index, step.title, step.set_number, step.side)

    reps = Counter(group(step) for step in steps if step.kind is StepKind.WORK)
    timed, start = [], 0.0
    for step in steps:
        count = step.reps if step.rep_number == 0 else reps[group(step)]
        timed.append(TimedStep(step, start, count, announcement(step)))
        start += step.seconds
    return tuple(timed)


def start_or_replay(
    uow: UnitOfWork,
    runtime: Runtime,
    user_id: int,
    *,
    session_uuid: uuid.UUID,
    day: dt.date,
    index: int,
    plan_uuid: uuid.UUID | None = None,
    now: dt.datetime | None = None,
    player: uuid.UUID | None = None,
) -> tuple[SessionLog, bool]:
    """Start a log of a day's session, or return the stored one for a replayed UUID.

    Args:
        plan_uuid: the plan version the client played; by default the week's current one.
        player: the token of the player starting it, its live player (``services.claims``).

    Returns:
        The log, and whether it was created now (False for a replay).

    Raises:
        MissingProfileError: there is no plan and no profile to make one from.
        NotPlannedError: the day has no session at ``index``.
        NotFoundError: ``plan_uuid`` names no stored plan.
    """
    with uow:
        stored = uow.sessions.get(user_id, session_uuid)
    if stored is not None:
        return stored, False
    # The plan alone says whether the session exists; the day's logs are not needed here.
    if plan_uuid is None:
        plan = current_plan(uow, runtime, user_id, week_of(day))
    else:
        with uow:
            found = uow.plans.get(user_id, plan_uuid)
        if found is None:
            raise NotFoundError("plan", plan_uuid)
        plan = found
    if not 0 <= index < len(plan.day(day)):
        raise NotPlannedError(day, index, len(plan.day(day)))
    plan_uuid = plan.uuid
    log = start_session(
        uow,
        user_id,
        plan_uuid=plan_uuid,
        day=day,
        session_index=index,
        session_uuid=session_uuid,
        now=now,
        player=player,
        today=runtime.clock.today(),
    )
    return log, True


def log_views(uow: UnitOfWork, user_id: int, logs: Sequence[SessionLog]) -> tuple[LogView, ...]:
    """Each log with the session it records (each plan read once)."""
    plans: dict[uuid.UUID, StoredPlan | None] = {}
    with uow:
        for log in logs:
            if log.plan_uuid is not None and log.plan_uuid not in plans:
                plans[log.plan_uuid] = uow.plans.get(user_id, log.plan_uuid)
    views = []
    for log in logs:
        plan = plans.get(log.plan_uuid) if log.plan_uuid else None
        sessions = plan.day(log.day) if plan else ()
        session = sessions[log.session_index] if log.session_index < len(sessions) else None
        views.append(LogView(log, session))
    return tuple(views)


def session_logs(
    uow: UnitOfWork,
    user_id: int,
    *,
    status: SessionStatus | None = None,
    limit: int = 50,
    after: uuid.UUID | None = None,
) -> tuple[LogView, ...]:
    """A page of the runner's session logs, newest first, only those with ``status`` when
    given; ``after`` (the last log of the page before) continues from there."""
    with uow:
        logs = uow.sessions.newest(
            user_id, statuses=(status,) if status else (), limit=limit, after=after
        )
    return log_views(uow, user_id, logs)

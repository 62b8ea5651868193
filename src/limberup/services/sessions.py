"""Doing the plan: today's sessions, and logging a session item by item.

A session log is started with a client-made UUID, each item is stored (and committed) as it
finishes, and the log is finished or abandoned at the end. Every write can be replayed: the
same session UUID returns the stored log, the same item again returns the stored item.
An unfinished session can be resumed from its first item not finished.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from limberup.domain.logbook import NOTES_MAX, ItemLog, SessionLog, SessionStatus, StoredPlan
from limberup.domain.planning.week import Day, Session
from limberup.exceptions import ConflictError, InputError, NotFoundError, StoredDataError
from limberup.services.claims import check_player
from limberup.services.dates import STORED_WEEKS_AROUND_TODAY, refuse_future, storable_week
from limberup.services.plans import current_plan, replan_from_today, week_of
from limberup.services.runtime import Runtime
from limberup.services.unit_of_work import UnitOfWork
from limberup.services.users import utc_now


@dataclass(frozen=True, slots=True)
class PlannedSession:
    """One session of a day's plan, with the latest log of it, if any.

    Attributes:
        plan: the stored plan (version) the session comes from.
        day: its date.
        index: its place among the day's sessions (0 is the first).
        session: what is planned; what was played, for a log of an earlier version of the plan.
        log: the latest log of this session (any version of the week's plan), if any.
    """

    plan: StoredPlan
    day: dt.date
    index: int
    session: Session
    log: SessionLog | None

    @property
    def done(self) -> bool:
        return self.log is not None and self.log.status is SessionStatus.FINISHED


@dataclass(frozen=True, slots=True)
class PlannedDay:
    """A day of the week's plan with its sessions and their latest logs."""

    plan: StoredPlan
    day: Day | None
    """None when the date is outside the plan's week (it never is for a stored plan)."""
    sessions: tuple[PlannedSession, ...]


def day_plan(uow: UnitOfWork, runtime: Runtime, user_id: int, day: dt.date) -> PlannedDay:
    """A day's plan and its sessions, generating and storing the week's plan if needed.

    Raises:
        MissingProfileError: there is no plan and no profile to make one from.
    """
    plan = current_plan(uow, runtime, user_id, week_of(day))
    found = []
    with uow:
        logs = uow.sessions.list(user_id, day=day)
        for index, session in enumerate(plan.day(day)):
            matching = [
                log for log in logs if log.session_index == index and log.context is session.context
            ]
            log = matching[-1] if matching else None
            found.append(
                PlannedSession(plan, day, index, _as_played(uow, user_id, session, log), log)
            )
    # A day without sessions still has a plan (a run day with no pre-run minutes, say).
    planned = next((d for d in plan.plan.days if d.date == day), None)
    return PlannedDay(plan, planned, tuple(found))


def start_session(
    uow: UnitOfWork,
    user_id: int,
    *,
    plan_uuid: uuid.UUID,
    day: dt.date,
    session_index: int,
    session_uuid: uuid.UUID | None = None,
    now: dt.datetime | None = None,
    player: uuid.UUID | None = None,
    today: dt.date | None = None,
) -> SessionLog:
    """Start a log of one planned session; a replay with the same UUID returns the stored log.

    A new log's live player is ``player`` (see ``services.claims``); a replay changes nothing.

    Args:
        today: the runner's date; a session on a later day is refused.

    Raises:
        InputError: ``day`` is after ``today``, or too far before it to have a stored plan.
        NotFoundError: the plan is not stored.
        StoredDataError: the plan has no such day or session.
    """
    if today is not None:
        refuse_future("date", day, today)
        if not storable_week(week_of(day), today):  # its plan is shown, never stored
            raise InputError(
                "date", day.isoformat(), f"a day within {STORED_WEEKS_AROUND_TODAY} weeks of today"
            )
    with uow:
        if session_uuid is not None and (found := uow.sessions.get(user_id, session_uuid)):
            return found
        plan = uow.plans.get(user_id, plan_uuid)
        if plan is None:
            raise NotFoundError("plan", plan_uuid)
        session = _planned(plan, day, session_index)
        log = uow.sessions.add(
            user_id,
            SessionLog(
                uuid=session_uuid or uuid.uuid4(),
                plan_uuid=plan.uuid,
                week_start=plan.week_start,
                day=day,
                context=session.context,
                session_index=session_index,
                started_at=now or utc_now(),
            ),
        )
        if player is not None:
            uow.sessions.claim(user_id, log.uuid, player, take_over=False)
        uow.commit()
    return log


def log_item(
    uow: UnitOfWork,
    user_id: int,
    session_uuid: uuid.UUID,
    item: ItemLog,
    *,
    player: uuid.UUID | None = None,
    runtime: Runtime | None = None,
) -> ItemLog:
    """Store what was done of one item, and commit at once so a crash keeps it.

    A write by ``player`` is refused unless it is the session's live player.

    Logging an item again replaces its log, with two exceptions that keep what was done:
    a finished item is not turned back into a partial one, and pain reported earlier is kept
    unless a higher figure is reported.

    New pain plans the week again from today (every door passes its ``runtime``): the drill
    leaves the rest of the week at once, and the plan says why.

    Raises:
        NotFoundError: the session log is not stored.
        StoredDataError: the item is not the one planned at that place in the session.
        PlayedElsewhereError: another player holds the session.
    """
    with uow:
        check_player(uow, user_id, session_uuid, player)
        log = _log(uow, user_id, session_uuid)
        planned = _session_of(uow, user_id, log).items
        if item.item_index >= len(planned):
            raise StoredDataError(
                "item_index", item.item_index, f"an item of this session, 0-{len(planned) - 1}"
            )
        expected = planned[item.item_index].exercise_id
        if item.exercise_id != expected:
            raise StoredDataError(
                f"items.{item.item_index}.exercise_id",
                item.exercise_id,
                f"the drill planned there, {expected!r}",
            )
        existing = log.item(item.item_index)
        merged = item if existing is None else _merge(existing, item)
        if merged == existing:
            return existing
        stored = uow.sessions.save_item(user_id, session_uuid, merged)
        uow.commit()
    if (
        runtime is not None
        and stored.painful
        and stored.pain != (existing.pain if existing else None)
    ):
        replan_from_today(uow, runtime, user_id)
    return stored


def end_session(
    uow: UnitOfWork,
    user_id: int,
    session_uuid: uuid.UUID,
    *,
    status: SessionStatus = SessionStatus.FINISHED,
    now: dt.datetime | None = None,
    player: uuid.UUID | None = None,
) -> SessionLog:
    """Mark a session finished or abandoned (a replay keeps the first end time).

    Raises:
        NotFoundError: the session log is not stored.
        PlayedElsewhereError: ``player`` is not the session's live player.
    """
    with uow:
        check_player(uow, user_id, session_uuid, player)
        log = _log(uow, user_id, session_uuid)
        if log.status is status and (log.finished_at or status is SessionStatus.IN_PROGRESS):
            return log
        ended = None if status is SessionStatus.IN_PROGRESS else (now or utc_now())
        stored = uow.sessions.set_status(user_id, session_uuid, status, ended)
        uow.commit()
    return stored


def unfinished_sessions(uow: UnitOfWork, user_id: int) -> tuple[SessionLog, ...]:
    """Sessions started and neither finished nor abandoned, newest first."""
    with uow:
        logs = uow.sessions.list(user_id, statuses=(SessionStatus.IN_PROGRESS,))
    return tuple(reversed(logs))


def finished_in_week(
    uow: UnitOfWork, user_id: int, week_start: dt.date
) -> frozenset[tuple[dt.date, int]]:
    """The (day, session index) of the week's sessions logged as finished."""
    with uow:
        return uow.sessions.finished_slots(
            user_id, since=week_start, until=week_start + dt.timedelta(days=7)
        )


def get_session(uow: UnitOfWork, user_id: int, session_uuid: uuid.UUID) -> SessionLog:
    """A stored session log.

    Raises:
        NotFoundError: there is none with that UUID.
    """
    with uow:
        return _log(uow, user_id, session_uuid)


def session_of_log(uow: UnitOfWork, user_id: int, log: SessionLog) -> Session:
    """The planned session a log records.

    Raises:
        NotFoundError: the log's plan is no longer stored.
    """
    with uow:
        return _session_of(uow, user_id, log)


def _log(uow: UnitOfWork, user_id: int, session_uuid: uuid.UUID) -> SessionLog:
    log = uow.sessions.get(user_id, session_uuid)
    if log is None:
        raise NotFoundError("session", session_uuid)
    return log


def _as_played(uow: UnitOfWork, user_id: int, planned: Session, log: SessionLog | None) -> Session:
    """The session a log was played from, when the week was planned again since (pain in one
    of its drills, say): a session played or being played shows what was played."""
    if log is None or log.plan_uuid is None:
        return planned
    try:
        return _session_of(uow, user_id, log)
    except (NotFoundError, StoredDataError):  # its plan is gone: the current one is all there is
        return planned


def _session_of(uow: UnitOfWork, user_id: int, log: SessionLog) -> Session:
    plan = None if log.plan_uuid is None else uow.plans.get(user_id, log.plan_uuid)
    if plan is None:
        raise NotFoundError("plan", log.plan_uuid)
    return _planned(plan, log.day, log.session_index)


def _planned(plan: StoredPlan, day: dt.date, index: int) -> Session:
    sessions = plan.day(day)
    if not sessions:
        last = plan.week_start + dt.timedelta(days=6)
        raise StoredDataError(
            "day", day.isoformat(), f"a day with a session, {plan.week_start} to {last}"
        )
    if not 0 <= index < len(sessions):
        raise StoredDataError("session", index + 1, f"a session of that day, 1-{len(sessions)}")
    return sessions[index]


def _merge_replay(
    uow: UnitOfWork, user_id: int, stored: SessionLog, replay: SessionLog
) -> SessionLog:
    """Add what a replayed whole session reports to the stored log (and commit)."""
    same = (stored.plan_uuid, stored.day, stored.session_index)
    if (replay.plan_uuid, replay.day, replay.session_index) != same:
        raise ConflictError(
            "uuid", str(replay.uuid), "a new uuid: this one is stored for another session"
        )
    changed = False
    for item in replay.items:
        existing = stored.item(item.item_index)
        merged = item if existing is None else _merge(existing, item, keep_notes=True)
        if merged != existing:
            uow.sessions.save_item(user_id, stored.uuid, merged)
            changed = True
    if stored.finished_at is None and replay.finished_at is not None:  # it ended meanwhile
        uow.sessions.set_status(user_id, stored.uuid, replay.status, replay.finished_at)
        changed = True
    if not changed:
        return stored
    uow.commit()
    return _log(uow, user_id, stored.uuid)


def _merge(existing: ItemLog, new: ItemLog, *, keep_notes: bool = False) -> ItemLog:
    if keep_notes and existing.notes and new.notes != existing.notes:
        notes = existing.notes if not new.notes else f"{existing.notes}\n{new.notes}"
        if len(notes) > NOTES_MAX:
            raise ConflictError(
                f"items.{new.item_index}.notes",
                new.notes,
                f"notes that fit beside the stored ones in {NOTES_MAX} characters",
            )
        new = new.model_copy(update={"notes": notes})
    base = existing if existing.finished_at is not None and new.finished_at is None else new
    pains = [log for log in (existing, new) if log.pain is not None]
    worst = max(pains, key=lambda log: log.pain or 0, default=None)
    if worst is None:
        return base
    return base.model_copy(update={"pain": worst.pain, "pain_region": worst.pain_region})


@dataclass(frozen=True, slots=True)
class RecordedSession:
    """A whole session stored at once: the stored log, the session it records, and whether
    it was new (False for a replay, whose stored log is returned unchanged)."""

    log: SessionLog
    session: Session
    created: bool


def record_session(
    uow: UnitOfWork, user_id: int, log: SessionLog, *, runtime: Runtime | None = None
) -> RecordedSession:
    """Store a whole session at once, items and end included (a session done offline, or
    logged afterwards). A replay with the same UUID is merged the way item logs are: each
    item keeps the worst pain and its notes, items it adds are stored, the first end stays.

    With a ``runtime``, a session dated after today is refused, and pain in it plans the week
    again from today.

    Raises:
        InputError: the session's day is after today.
        NotFoundError: the log names a plan that is not stored.
        StoredDataError: the plan has no such day or session, or an item is not the drill
            planned at its place.
        ConflictError: a replay names another plan, day or session than the stored log.
    """
    if runtime is not None:
        refuse_future("date", log.day, runtime.clock.today())
    with uow:
        if log.plan_uuid is None:
            raise StoredDataError("plan_uuid", None, "the UUID of the plan the session is from")
        plan = uow.plans.get(user_id, log.plan_uuid)
        if plan is None:
            raise NotFoundError("plan", log.plan_uuid)
        planned = _planned(plan, log.day, log.session_index)
        for item in log.items:
            if item.item_index >= len(planned.items):
                raise StoredDataError(
                    "items.item_index",
                    item.item_index,
                    f"an item of this session, 0-{len(planned.items) - 1}",
                )
            if item.exercise_id != planned.items[item.item_index].exercise_id:
                raise StoredDataError(
                    f"items.{item.item_index}.exercise_id",
                    item.exercise_id,
                    f"the drill planned there, {planned.items[item.item_index].exercise_id!r}",
                )
        stored = uow.sessions.add_new(
            user_id,
            log.model_copy(update={"context": planned.context, "week_start": plan.week_start}),
        )
        if stored is None:  # a replay: merged into what is stored, never dropped
            before = _log(uow, user_id, log.uuid)
            replayed = _merge_replay(uow, user_id, before, log)
            recorded = RecordedSession(replayed, _session_of(uow, user_id, replayed), False)
        else:
            uow.commit()
            before, recorded = None, RecordedSession(stored, planned, created=True)
    if runtime is not None and _pain_added(before, recorded.log):
        replan_from_today(uow, runtime, user_id)
    return recorded


def _pain_added(before: SessionLog | None, after: SessionLog) -> bool:
    """Whether ``after`` holds pain that ``before`` (None: nothing stored) did not."""
    had = {item.item_index: item.pain or 0 for item in before.items} if before else {}
    return any(item.pain and item.pain > had.get(item.item_index, 0) for item in after.items)

"""Session logs and their items: what was done of each planned session, item by item."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, Update, bindparam, select, tuple_, update
from sqlalchemy.orm import Session

from limberup.adapters.db.orm import LoggedItemRow, PlanRow, SessionLogRow
from limberup.adapters.db.repositories.session_rows import LOG_ROWS, LOGS, item_of, read_logs
from limberup.adapters.db.statements import (
    insert_many_unless_present,
    insert_or_update,
    insert_returning,
)
from limberup.domain.logbook import ItemLog, SessionLog, SessionStatus
from limberup.exceptions import UnknownPlanError, UnknownSessionError

_PLAN_ID_OF = select(PlanRow.id).where(
    PlanRow.user_id == bindparam("plan_user_id"), PlanRow.uuid == bindparam("plan_uuid")
)
_PLAN_ID = (("plan_id", _PLAN_ID_OF.scalar_subquery()),)
"""A session row's plan id, looked up from the plan's UUID inside the INSERT itself."""


_FINISHED = (
    SessionLogRow.user_id == bindparam("user_id"),
    SessionLogRow.status == SessionStatus.FINISHED.value,
)
_FINISHED_SLOTS = (
    select(SessionLogRow.day, SessionLogRow.session_index)
    .where(
        *_FINISHED, SessionLogRow.day >= bindparam("since"), SessionLogRow.day < bindparam("until")
    )
    .distinct()
)
_FINISHED_DAYS_BEFORE = (
    select(SessionLogRow.day)
    .where(*_FINISHED, SessionLogRow.day < bindparam("before"))
    .distinct()
    .order_by(SessionLogRow.day.desc())
    .limit(bindparam("limit"))
)


_ONE = LOG_ROWS.where(LOGS.c.user_id == bindparam("user_id"), LOGS.c.uuid == bindparam("uuid"))
_ITEM = select(LoggedItemRow.__table__).where(
    LoggedItemRow.session_id == bindparam("session_id"),
    LoggedItemRow.item_index == bindparam("item_index"),
)


class SqlSessionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, user_id: int, log: SessionLog) -> SessionLog:
        """Store a session log with its items; with its UUID already stored, return that one.

        Items the stored log lacks are added (an import of a log replays them); items it has
        are left as they are.

        Raises:
            UnknownPlanError: ``log.plan_uuid`` names no plan of this user.
        """
        session_id = self._insert(user_id, log)
        if session_id is not None:  # what was written is what is stored: spare the read-back
            self._insert_items(user_id, session_id, log.items)
            return _as_stored(log)
        self._insert_items(user_id, self._session_id(user_id, log.uuid), log.items)
        return self._get_or_fail(user_id, log.uuid)

    def add_new(self, user_id: int, log: SessionLog) -> SessionLog | None:
        """Store a session log with its items if its UUID is new; None (and no change) if not.

        Raises:
            UnknownPlanError: ``log.plan_uuid`` names no plan of this user.
        """
        session_id = self._insert(user_id, log)
        if session_id is None:
            return None
        self._insert_items(user_id, session_id, log.items)
        return _as_stored(log)

    def _insert(self, user_id: int, log: SessionLog) -> int | None:
        """Insert the log's row unless its UUID is stored; the new row's id, or None."""
        inserted = insert_returning(
            self._session,
            SessionLogRow,
            {
                "uuid": str(log.uuid),
                "user_id": user_id,
                "week_start": log.week_start,
                "day": log.day,
                "context": log.context.value,
                "session_index": log.session_index,
                "started_at": log.started_at,
                "finished_at": log.finished_at,
                "status": log.status.value,
                "plan_user_id": user_id,
                "plan_uuid": None if log.plan_uuid is None else str(log.plan_uuid),
            },
            key=("user_id", "uuid"),
            returning=("id", "plan_id"),
            computed=_PLAN_ID,
        )
        if inserted is None:
            if log.plan_uuid is not None and not self._has_plan(user_id, log.plan_uuid):
                raise UnknownPlanError(str(log.plan_uuid))
            return None
        session_id, stored_plan_id = inserted
        if log.plan_uuid is not None and stored_plan_id is None:  # the subquery found no plan
            raise UnknownPlanError(str(log.plan_uuid))
        return int(session_id)

    def _has_plan(self, user_id: int, plan_uuid: uuid.UUID) -> bool:
        found = self._session.scalar(
            _PLAN_ID_OF, {"plan_user_id": user_id, "plan_uuid": str(plan_uuid)}
        )
        return found is not None

    def _insert_items(self, user_id: int, session_id: int, items: Sequence[ItemLog]) -> None:
        insert_many_unless_present(
            self._session,
            LoggedItemRow,
            [_item_values(user_id, session_id, item) for item in items],
            key=("session_id", "item_index"),
        )

    def get(self, user_id: int, session_uuid: uuid.UUID) -> SessionLog | None:
        found = read_logs(
            self._session.connection(),
            _ONE,
            {"user_id": user_id, "uuid": str(session_uuid)},
        )
        return found[0] if found else None

    def save_item(self, user_id: int, session_uuid: uuid.UUID, item: ItemLog) -> ItemLog:
        """Store an item's log, replacing what was stored for that item of that session.

        Raises:
            UnknownSessionError: no session log of this user has ``session_uuid``.
        """
        session_id = self._session_id(user_id, session_uuid)
        insert_or_update(
            self._session,
            LoggedItemRow,
            _item_values(user_id, session_id, item),
            key=("session_id", "item_index"),
        )
        row = self._session.connection().execute(
            _ITEM, {"session_id": session_id, "item_index": item.item_index}
        )
        return item_of(row.one())

    def set_status(
        self,
        user_id: int,
        session_uuid: uuid.UUID,
        status: SessionStatus,
        finished_at: dt.datetime | None,
    ) -> SessionLog:
        """Record a session's status and, when it ended, the time it did.

        Raises:
            UnknownSessionError: no session log of this user has ``session_uuid``.
        """
        self._session.execute(
            update(SessionLogRow)
            .where(SessionLogRow.user_id == user_id, SessionLogRow.uuid == str(session_uuid))
            .values(status=status.value, finished_at=finished_at)
        )
        return self._get_or_fail(user_id, session_uuid)

    def claim(
        self, user_id: int, session_uuid: uuid.UUID, player: uuid.UUID, *, take_over: bool
    ) -> bool:
        """Make ``player`` the session's live player, if no other holds it (or ``take_over``).

        One conditional UPDATE, so two players claiming at once cannot both win. False when
        another player holds it (or there is no such session).
        """
        held = _of_session(user_id, session_uuid)
        if not take_over:
            held = held.where(
                (SessionLogRow.player.is_(None)) | (SessionLogRow.player == str(player))
            )
        return self._matched(held.values(player=str(player)))

    def hold(self, user_id: int, session_uuid: uuid.UUID, player: uuid.UUID) -> bool:
        """Whether ``player`` is the session's live player, locking the claim till commit.

        The check is a write (the claim set to itself), made first in the transaction: a
        take-over waits for the write it checks, or that write waits for the take-over.
        """
        held = _of_session(user_id, session_uuid).where(SessionLogRow.player == str(player))
        return self._matched(held.values(player=SessionLogRow.player))

    def release(self, user_id: int, session_uuid: uuid.UUID, player: uuid.UUID) -> None:
        """Leave the session free, if ``player`` holds it."""
        held = _of_session(user_id, session_uuid).where(SessionLogRow.player == str(player))
        self._session.execute(held.values(player=None))

    def player(self, user_id: int, session_uuid: uuid.UUID) -> uuid.UUID | None:
        """The session's live player, if one holds it."""
        found = self._session.scalar(
            select(SessionLogRow.player).where(
                SessionLogRow.user_id == user_id, SessionLogRow.uuid == str(session_uuid)
            )
        )
        return None if found is None else uuid.UUID(found)

    def _matched(self, statement: Update) -> bool:
        result = self._session.execute(statement)
        return bool(result.rowcount)  # type: ignore[attr-defined]

    def finished_slots(
        self, user_id: int, *, since: dt.date | None = None, until: dt.date | None = None
    ) -> frozenset[tuple[dt.date, int]]:
        """The (day, session index) of every session logged as finished, read as bare rows;
        only those of ``since`` on and before ``until`` when given (read from the day index)."""
        rows = self._session.execute(
            _FINISHED_SLOTS,
            {"user_id": user_id, "since": since or dt.date.min, "until": until or dt.date.max},
        )
        return frozenset((day, index) for day, index in rows)

    def finished_days(self, user_id: int, *, before: dt.date, limit: int) -> tuple[dt.date, ...]:
        """Up to ``limit`` days before ``before`` with a session finished, newest first."""
        rows = self._session.execute(
            _FINISHED_DAYS_BEFORE, {"user_id": user_id, "before": before, "limit": limit}
        )
        return tuple(day for (day,) in rows)

    def list(
        self,
        user_id: int,
        *,
        statuses: Sequence[SessionStatus] = (),
        day: dt.date | None = None,
        with_items: bool = True,
    ) -> tuple[SessionLog, ...]:
        """The user's session logs, oldest first; those in ``statuses`` and of ``day`` if given.

        ``with_items=False`` leaves each log's items out, for summaries that count sessions.
        """
        query = _listing(by_status=bool(statuses), by_day=day is not None)
        parameters = {"user_id": user_id, "statuses": [s.value for s in statuses], "day": day}
        return read_logs(self._session.connection(), query, parameters, with_items=with_items)

    def newest(
        self,
        user_id: int,
        *,
        statuses: Sequence[SessionStatus] = (),
        limit: int,
        after: uuid.UUID | None = None,
    ) -> tuple[SessionLog, ...]:
        """At most ``limit`` logs, newest first, from the one after ``after`` when given.

        One page is read in SQL (keyset on day, start, id): the cost does not grow with the
        history. Raises ``UnknownSessionError`` for an ``after`` that is not stored.
        """
        order = (LOGS.c.day, LOGS.c.started_at, LOGS.c.id)
        query = (
            LOG_ROWS.where(LOGS.c.user_id == user_id)
            .order_by(*(column.desc() for column in order))
            .limit(limit)
        )
        if statuses:
            query = query.where(LOGS.c.status.in_([s.value for s in statuses]))
        if after is not None:
            pivot = self._session.execute(
                select(*order).where(LOGS.c.user_id == user_id, LOGS.c.uuid == str(after))
            ).one_or_none()
            if pivot is None:
                raise UnknownSessionError(str(after))
            query = query.where(tuple_(*order) < tuple_(*pivot))
        return read_logs(self._session.connection(), query, {})

    def _session_id(self, user_id: int, session_uuid: uuid.UUID) -> int:
        found = self._session.scalar(
            select(SessionLogRow.id).where(
                SessionLogRow.user_id == user_id, SessionLogRow.uuid == str(session_uuid)
            )
        )
        if found is None:
            raise UnknownSessionError(str(session_uuid))
        return found

    def _get_or_fail(self, user_id: int, session_uuid: uuid.UUID) -> SessionLog:
        log = self.get(user_id, session_uuid)
        if log is None:
            raise UnknownSessionError(str(session_uuid))
        return log


@functools.cache  # built once per shape, so SQLAlchemy reuses the compiled statement
def _of_session(user_id: int, session_uuid: uuid.UUID) -> Update:
    return update(SessionLogRow).where(
        SessionLogRow.user_id == user_id, SessionLogRow.uuid == str(session_uuid)
    )


@functools.cache  # one statement per shape, compiled once
def _listing(*, by_status: bool, by_day: bool) -> Select[Any]:
    query = LOG_ROWS.where(LOGS.c.user_id == bindparam("user_id")).order_by(
        LOGS.c.day, LOGS.c.started_at, LOGS.c.id
    )
    if by_status:
        query = query.where(LOGS.c.status.in_(bindparam("statuses", expanding=True)))
    if by_day:
        query = query.where(LOGS.c.day == bindparam("day"))
    return query


def _as_stored(log: SessionLog) -> SessionLog:
    """``log`` as reading it back would give: times in UTC, items in order."""
    items = tuple(
        item.model_copy(update={"finished_at": _utc(item.finished_at)})
        for item in sorted(log.items, key=lambda item: item.item_index)
    )
    return log.model_copy(
        update={
            "started_at": _utc(log.started_at),
            "finished_at": _utc(log.finished_at),
            "items": items,
        }
    )


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    return None if moment is None else moment.astimezone(dt.UTC)


def _item_values(user_id: int, session_id: int, item: ItemLog) -> dict[str, object]:
    return {
        "user_id": user_id,
        "session_id": session_id,
        "item_index": item.item_index,
        "exercise_id": item.exercise_id,
        "variant_id": item.variant_id,
        "sets_done": item.sets_done,
        "reps_done": item.reps_done,
        "holds_done": item.holds_done,
        "sides": ",".join(side.value for side in item.sides),
        "skipped": item.skipped,
        "pain": item.pain,
        "pain_region": item.pain_region.value if item.pain_region else None,
        "ease": item.ease,
        "notes": item.notes,
        "finished_at": item.finished_at,
    }

"""A hand-written, in-memory unit of work for the use-case tests (as cosmicpython does).

It keeps the promises the services rely on: replays by UUID return the stored record, plan
versions per week, and leaving the ``with`` block without ``commit()`` rolls everything back.
"""

from __future__ import annotations

import copy
import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Self

from limberup.domain.logbook import (
    AssessmentDraft,
    ItemLog,
    SessionLog,
    SessionStatus,
    StoredAssessment,
    StoredDecision,
    StoredPlan,
    StoredProfile,
)


@dataclass
class Store:
    users: dict[str, int] = field(default_factory=dict)
    profiles: dict[int, StoredProfile] = field(default_factory=dict)
    assessments: dict[int, list[StoredAssessment]] = field(default_factory=dict)
    plans: dict[int, list[StoredPlan]] = field(default_factory=dict)
    sessions: dict[int, list[SessionLog]] = field(default_factory=dict)
    decisions: dict[int, list[StoredDecision]] = field(default_factory=dict)
    players: dict[tuple[int, uuid.UUID], uuid.UUID] = field(default_factory=dict)
    drafts: dict[int, AssessmentDraft] = field(default_factory=dict)
    """Each session's live player, by (user, session UUID)."""


class FakeUsers:
    def __init__(self, store: Store) -> None:
        self.store = store

    def ensure(
        self, username: str, *, display_name: str, user_uuid: uuid.UUID, now: dt.datetime
    ) -> int:
        return self.store.users.setdefault(username, len(self.store.users) + 1)

    def find(self, username: str) -> int | None:
        return self.store.users.get(username)


class FakeProfiles:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, user_id: int) -> StoredProfile | None:
        return self.store.profiles.get(user_id)

    def save(self, user_id: int, stored: StoredProfile) -> StoredProfile:
        self.store.profiles[user_id] = stored
        return stored


class FakeAssessments:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, user_id: int, record: StoredAssessment) -> StoredAssessment:
        found = self.get(user_id, record.uuid)
        if found is not None:
            return found
        self.store.assessments.setdefault(user_id, []).append(record)
        return record

    def get(self, user_id: int, record_uuid: uuid.UUID) -> StoredAssessment | None:
        return next((a for a in self.list(user_id) if a.uuid == record_uuid), None)

    def list(self, user_id: int) -> tuple[StoredAssessment, ...]:
        stored = self.store.assessments.get(user_id, [])
        return tuple(sorted(stored, key=lambda a: (a.taken_on, a.recorded_at)))

    def recent(self, user_id: int, *, limit: int) -> tuple[StoredAssessment, ...]:
        return self.list(user_id)[-limit:]


class FakePlans:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, user_id: int, record: StoredPlan) -> StoredPlan:
        found = self.get(user_id, record.uuid)
        if found is not None:
            return found
        taken = {p.version for p in self.list(user_id) if p.week_start == record.week_start}
        if record.version in taken:
            record = record.model_copy(update={"version": max(taken) + 1})
        self.store.plans.setdefault(user_id, []).append(record)
        return record

    def next_version(self, user_id: int, week_start: dt.date) -> int:
        versions = [p.version for p in self.list(user_id) if p.week_start == week_start]
        return max(versions, default=0) + 1

    def current(self, user_id: int, week_start: dt.date) -> StoredPlan | None:
        versions = [p for p in self.list(user_id) if p.week_start == week_start]
        return versions[-1] if versions else None

    def get(self, user_id: int, plan_uuid: uuid.UUID) -> StoredPlan | None:
        return next((p for p in self.list(user_id) if p.uuid == plan_uuid), None)

    def list(self, user_id: int, *, since: dt.date | None = None) -> tuple[StoredPlan, ...]:
        stored = self.store.plans.get(user_id, [])
        recent = [p for p in stored if since is None or p.week_start >= since]
        return tuple(sorted(recent, key=lambda p: (p.week_start, p.version)))

    def first_made(self, user_id: int) -> dt.date | None:
        stored = self.store.plans.get(user_id, [])
        return min((p.created_at.date() for p in stored), default=None)


class FakeSessions:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, user_id: int, log: SessionLog) -> SessionLog:
        if log.plan_uuid is not None and not any(
            p.uuid == log.plan_uuid for p in self.store.plans.get(user_id, [])
        ):
            raise LookupError(str(log.plan_uuid))
        found = self.get(user_id, log.uuid)
        if found is None:
            self.store.sessions.setdefault(user_id, []).append(log)
            return log
        for item in log.items:
            if found.item(item.item_index) is None:
                self.save_item(user_id, log.uuid, item)
        return self._get(user_id, log.uuid)

    def add_new(self, user_id: int, log: SessionLog) -> SessionLog | None:
        if self.get(user_id, log.uuid) is not None:
            return None
        return self.add(user_id, log)

    def claim(
        self, user_id: int, session_uuid: uuid.UUID, player: uuid.UUID, *, take_over: bool
    ) -> bool:
        if self.get(user_id, session_uuid) is None:
            return False
        holder = self.store.players.get((user_id, session_uuid))
        if holder not in (None, player) and not take_over:
            return False
        self.store.players[(user_id, session_uuid)] = player
        return True

    def hold(self, user_id: int, session_uuid: uuid.UUID, player: uuid.UUID) -> bool:
        return self.store.players.get((user_id, session_uuid)) == player

    def release(self, user_id: int, session_uuid: uuid.UUID, player: uuid.UUID) -> None:
        if self.hold(user_id, session_uuid, player):
            del self.store.players[(user_id, session_uuid)]

    def player(self, user_id: int, session_uuid: uuid.UUID) -> uuid.UUID | None:
        return self.store.players.get((user_id, session_uuid))

    def finished_slots(
        self, user_id: int, *, since: dt.date | None = None, until: dt.date | None = None
    ) -> frozenset[tuple[dt.date, int]]:
        return frozenset(
            (log.day, log.session_index)
            for log in self.store.sessions.get(user_id, [])
            if log.status is SessionStatus.FINISHED
            and (since is None or log.day >= since)
            and (until is None or log.day < until)
        )

    def finished_days(self, user_id: int, *, before: dt.date, limit: int) -> tuple[dt.date, ...]:
        days = {day for day, _ in self.finished_slots(user_id) if day < before}
        return tuple(sorted(days, reverse=True)[:limit])

    def get(self, user_id: int, session_uuid: uuid.UUID) -> SessionLog | None:
        return next(
            (s for s in self.store.sessions.get(user_id, []) if s.uuid == session_uuid), None
        )

    def save_item(self, user_id: int, session_uuid: uuid.UUID, item: ItemLog) -> ItemLog:
        log = self._get(user_id, session_uuid)
        items = [i for i in log.items if i.item_index != item.item_index] + [item]
        self._replace(user_id, log.model_copy(update={"items": tuple(sorted(items, key=_index))}))
        return item

    def set_status(
        self,
        user_id: int,
        session_uuid: uuid.UUID,
        status: SessionStatus,
        finished_at: dt.datetime | None,
    ) -> SessionLog:
        log = self._get(user_id, session_uuid)
        changed = log.model_copy(update={"status": status, "finished_at": finished_at})
        self._replace(user_id, changed)
        return changed

    def list(
        self,
        user_id: int,
        *,
        statuses: Sequence[SessionStatus] = (),
        day: dt.date | None = None,
        with_items: bool = True,
    ) -> tuple[SessionLog, ...]:
        logs = sorted(self.store.sessions.get(user_id, []), key=lambda s: (s.day, s.started_at))
        return tuple(
            log
            for log in logs
            if (not statuses or log.status in statuses) and (day is None or log.day == day)
        )

    def newest(
        self,
        user_id: int,
        *,
        statuses: Sequence[SessionStatus] = (),
        limit: int,
        after: uuid.UUID | None = None,
    ) -> tuple[SessionLog, ...]:
        logs = list(reversed(self.list(user_id, statuses=statuses)))
        if after is not None:
            logs = logs[[log.uuid for log in logs].index(after) + 1 :]
        return tuple(logs[:limit])

    def _get(self, user_id: int, session_uuid: uuid.UUID) -> SessionLog:
        log = self.get(user_id, session_uuid)
        if log is None:
            raise LookupError(str(session_uuid))
        return log

    def _replace(self, user_id: int, log: SessionLog) -> None:
        logs = self.store.sessions[user_id]
        logs[[s.uuid for s in logs].index(log.uuid)] = log


def _index(item: ItemLog) -> int:
    return item.item_index


class FakeDecisions:
    def __init__(self, store: Store) -> None:
        self.store = store

    def replace_week(
        self, user_id: int, week_start: dt.date, decisions: Sequence[StoredDecision]
    ) -> None:
        kept = [d for d in self.store.decisions.get(user_id, []) if d.week_start != week_start]
        self.store.decisions[user_id] = kept + list(decisions)

    def list(self, user_id: int) -> tuple[StoredDecision, ...]:
        stored = self.store.decisions.get(user_id, [])
        return tuple(sorted(stored, key=lambda d: (d.week_start, d.exercise_id)))

    def of_week(self, user_id: int, week_start: dt.date) -> tuple[StoredDecision, ...]:
        return tuple(d for d in self.list(user_id) if d.week_start == week_start)


class FakeDrafts:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, user_id: int) -> AssessmentDraft | None:
        return self.store.drafts.get(user_id)

    def save(self, user_id: int, draft: AssessmentDraft) -> None:
        self.store.drafts[user_id] = draft

    def drop(self, user_id: int) -> None:
        self.store.drafts.pop(user_id, None)


class FakeUnitOfWork:
    """Everything in memory; ``commits`` counts the commits, to check what a use case did."""

    def __init__(self) -> None:
        self.store = Store()
        self.commits = 0
        self._snapshot: Store | None = None
        self.users = FakeUsers(self.store)
        self.profiles = FakeProfiles(self.store)
        self.assessments = FakeAssessments(self.store)
        self.plans = FakePlans(self.store)
        self.sessions = FakeSessions(self.store)
        self.decisions = FakeDecisions(self.store)
        self.drafts = FakeDrafts(self.store)

    def __enter__(self) -> Self:
        self._snapshot = copy.deepcopy(self.store)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.rollback()
        self._snapshot = None

    def commit(self) -> None:
        self.commits += 1
        self._snapshot = copy.deepcopy(self.store)

    def rollback(self) -> None:
        if self._snapshot is not None:
            saved = self._snapshot
            for name in vars(saved):
                setattr(self.store, name, copy.deepcopy(getattr(saved, name)))

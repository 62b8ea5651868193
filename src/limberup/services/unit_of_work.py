"""What the use cases need of storage: a unit of work and its repositories, as Protocols.

``adapters.db.unit_of_work.SqlUnitOfWork`` is the real one; unit tests pass a hand-written
fake (``tests/unit/storage/fakes.py``). Every repository method takes the ``user_id`` whose
data it reads or writes. A use case opens the unit of work with ``with uow:``, and nothing is
stored unless it calls ``uow.commit()``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from types import TracebackType
from typing import Protocol, Self

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


class UserRepository(Protocol):
    def ensure(
        self, username: str, *, display_name: str, user_uuid: uuid.UUID, now: dt.datetime
    ) -> int:
        """The id of the user called ``username``, creating them the first time."""
        ...

    def find(self, username: str) -> int | None: ...


class ProfileRepository(Protocol):
    def get(self, user_id: int) -> StoredProfile | None: ...

    def save(self, user_id: int, stored: StoredProfile) -> StoredProfile:
        """Store the user's profile, replacing the one they had."""
        ...


class AssessmentRepository(Protocol):
    def add(self, user_id: int, record: StoredAssessment) -> StoredAssessment:
        """Store ``record``; with a UUID already stored, return the stored record instead."""
        ...

    def get(self, user_id: int, record_uuid: uuid.UUID) -> StoredAssessment | None: ...

    def list(self, user_id: int) -> tuple[StoredAssessment, ...]:
        """Oldest first."""
        ...

    def recent(self, user_id: int, *, limit: int) -> tuple[StoredAssessment, ...]:
        """The ``limit`` newest, oldest first."""
        ...


class PlanRepository(Protocol):
    def add(self, user_id: int, record: StoredPlan) -> StoredPlan:
        """Store ``record`` as its version of the week, or the next free version.

        With a UUID already stored, return the stored plan instead.
        """
        ...

    def next_version(self, user_id: int, week_start: dt.date) -> int: ...

    def current(self, user_id: int, week_start: dt.date) -> StoredPlan | None:
        """The newest version of the week's plan."""
        ...

    def get(self, user_id: int, plan_uuid: uuid.UUID) -> StoredPlan | None: ...

    def list(self, user_id: int, *, since: dt.date | None = None) -> tuple[StoredPlan, ...]:
        """Every version of every week (starting on ``since`` or later), by week then version."""
        ...

    def first_made(self, user_id: int) -> dt.date | None:
        """The day the first plan was made, if any was."""
        ...


class SessionRepository(Protocol):
    def add(self, user_id: int, log: SessionLog) -> SessionLog:
        """Store a log and its items; with its UUID already stored, return the stored one."""
        ...

    def add_new(self, user_id: int, log: SessionLog) -> SessionLog | None:
        """Store a log and its items if its UUID is new; None, changing nothing, if not."""
        ...

    def get(self, user_id: int, session_uuid: uuid.UUID) -> SessionLog | None: ...

    def save_item(self, user_id: int, session_uuid: uuid.UUID, item: ItemLog) -> ItemLog:
        """Store an item's log, replacing what was stored for that item of that session."""
        ...

    def set_status(
        self,
        user_id: int,
        session_uuid: uuid.UUID,
        status: SessionStatus,
        finished_at: dt.datetime | None,
    ) -> SessionLog: ...

    def claim(
        self, user_id: int, session_uuid: uuid.UUID, player: uuid.UUID, *, take_over: bool
    ) -> bool:
        """Make ``player`` the live player unless another holds it (or ``take_over``), at once."""
        ...

    def hold(self, user_id: int, session_uuid: uuid.UUID, player: uuid.UUID) -> bool:
        """Whether ``player`` is the live player; no take-over can interleave till commit."""
        ...

    def release(self, user_id: int, session_uuid: uuid.UUID, player: uuid.UUID) -> None:
        """Leave the session free, if ``player`` holds it."""
        ...

    def player(self, user_id: int, session_uuid: uuid.UUID) -> uuid.UUID | None: ...

    def finished_slots(
        self, user_id: int, *, since: dt.date | None = None, until: dt.date | None = None
    ) -> frozenset[tuple[dt.date, int]]:
        """The (day, session index) of every session logged as finished, of ``since`` on and
        before ``until`` when given."""
        ...

    def finished_days(self, user_id: int, *, before: dt.date, limit: int) -> tuple[dt.date, ...]:
        """Up to ``limit`` days before ``before`` with a session finished, newest first."""
        ...

    def list(
        self,
        user_id: int,
        *,
        statuses: Sequence[SessionStatus] = (),
        day: dt.date | None = None,
        with_items: bool = True,
    ) -> tuple[SessionLog, ...]:
        """Oldest first; only those in ``statuses``, and only those of ``day``, when given.

        ``with_items=False`` may leave the logs' items out (for counting sessions).
        """
        ...

    def newest(
        self,
        user_id: int,
        *,
        statuses: Sequence[SessionStatus] = (),
        limit: int,
        after: uuid.UUID | None = None,
    ) -> tuple[SessionLog, ...]:
        """At most ``limit`` logs, newest first, from the one after ``after`` (a page)."""
        ...


class DecisionRepository(Protocol):
    def replace_week(
        self, user_id: int, week_start: dt.date, decisions: Sequence[StoredDecision]
    ) -> None: ...

    def list(self, user_id: int) -> tuple[StoredDecision, ...]:
        """By week, then drill."""
        ...

    def of_week(self, user_id: int, week_start: dt.date) -> tuple[StoredDecision, ...]:
        """The week's, by drill."""
        ...


class DraftRepository(Protocol):
    def get(self, user_id: int) -> AssessmentDraft | None: ...

    def save(self, user_id: int, draft: AssessmentDraft) -> None:
        """Make ``draft`` the user's one draft, replacing the one they had."""
        ...

    def drop(self, user_id: int) -> None: ...


class UnitOfWork(Protocol):
    """One transaction over every repository; leaving it without ``commit()`` rolls back."""

    @property
    def users(self) -> UserRepository: ...

    @property
    def profiles(self) -> ProfileRepository: ...

    @property
    def assessments(self) -> AssessmentRepository: ...

    @property
    def plans(self) -> PlanRepository: ...

    @property
    def sessions(self) -> SessionRepository: ...

    @property
    def decisions(self) -> DecisionRepository: ...

    @property
    def drafts(self) -> DraftRepository: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...

"""The SQLAlchemy unit of work: one transaction, the repositories that share it.

Example:
    >>> factory = session_factory(open_database("sqlite:///limberup.db"))
    >>> with SqlUnitOfWork(factory) as uow:
    ...     uow.profiles.get(user_id)
    ...     uow.commit()

Leaving the ``with`` block without ``commit()`` rolls back: a use case that fails half-way
stores nothing.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from limberup.adapters.db.repositories import (
    SqlAssessmentRepository,
    SqlDecisionRepository,
    SqlDraftRepository,
    SqlPlanRepository,
    SqlProfileRepository,
    SqlSessionRepository,
    SqlUserRepository,
)
from limberup.adapters.db.revision import count_writes
from limberup.adapters.db.sqlite_writes import release_writer, serialize_sqlite_writes


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions on ``engine`` whose loaded values stay readable after a commit, and whose
    writes move the data revision on (see ``revision.py``)."""
    factory = sessionmaker(engine, expire_on_commit=False)
    count_writes(factory)
    if engine.dialect.name == "sqlite":
        serialize_sqlite_writes(factory)
    return factory


class SqlUnitOfWork:
    """A unit of work on a relational database; see the module's docstring."""

    users: SqlUserRepository
    profiles: SqlProfileRepository
    assessments: SqlAssessmentRepository
    plans: SqlPlanRepository
    sessions: SqlSessionRepository
    decisions: SqlDecisionRepository
    drafts: SqlDraftRepository

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory
        self._session: Session | None = None

    def __enter__(self) -> Self:
        session = self._session = self._factory()
        self.users = SqlUserRepository(session)
        self.profiles = SqlProfileRepository(session)
        self.assessments = SqlAssessmentRepository(session)
        self.plans = SqlPlanRepository(session)
        self.sessions = SqlSessionRepository(session)
        self.decisions = SqlDecisionRepository(session)
        self.drafts = SqlDraftRepository(session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        session = self._active()
        session.rollback()  # a no-op after commit(); undoes anything left uncommitted
        release_writer(session)  # in case no commit or rollback event ran
        session.close()
        self._session = None

    def commit(self) -> None:
        self._active().commit()

    def rollback(self) -> None:
        self._active().rollback()

    def _active(self) -> Session:
        if self._session is None:
            raise RuntimeError("use the unit of work inside a `with` block")
        return self._session

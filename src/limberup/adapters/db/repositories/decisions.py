"""Progression decisions, per user and week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import Session

from limberup.adapters.db.orm import DecisionRow
from limberup.domain.logbook import StoredDecision
from limberup.domain.progression.decisions import Action

_ALL = (  # built once, so SQLAlchemy reuses its compiled form
    select(DecisionRow)
    .where(DecisionRow.user_id == bindparam("user_id"))
    .order_by(DecisionRow.week_start, DecisionRow.exercise_id)
)
_OF_WEEK = _ALL.where(DecisionRow.week_start == bindparam("week_start"))


class SqlDecisionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def replace_week(
        self, user_id: int, week_start: dt.date, decisions: Sequence[StoredDecision]
    ) -> None:
        """Make ``decisions`` the week's decisions, dropping any made before for that week."""
        self._session.execute(
            delete(DecisionRow).where(
                DecisionRow.user_id == user_id, DecisionRow.week_start == week_start
            )
        )
        self._session.add_all(
            DecisionRow(
                user_id=user_id,
                week_start=week_start,
                exercise_id=decision.exercise_id,
                action=decision.action.value,
                reason=decision.reason,
                replacement_id=decision.replacement_id,
            )
            for decision in decisions
        )
        self._session.flush()

    def list(self, user_id: int) -> tuple[StoredDecision, ...]:
        """Every decision of the user, by week then drill."""
        return self._decisions(self._session.scalars(_ALL, {"user_id": user_id}))

    def of_week(self, user_id: int, week_start: dt.date) -> tuple[StoredDecision, ...]:
        """The decisions that shaped the week of ``week_start``, by drill."""
        parameters = {"user_id": user_id, "week_start": week_start}
        return self._decisions(self._session.scalars(_OF_WEEK, parameters))

    @staticmethod
    def _decisions(rows: Iterable[DecisionRow]) -> tuple[StoredDecision, ...]:
        return tuple(
            StoredDecision(
                week_start=row.week_start,
                exercise_id=row.exercise_id,
                action=Action(row.action),
                reason=row.reason,
                replacement_id=row.replacement_id,
            )
            for row in rows
        )

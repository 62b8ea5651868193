"""Assessments and retests: the raw input as recorded and the findings it gave then."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from limberup.adapters.db.orm import AssessmentRow
from limberup.adapters.db.statements import insert_unless_present
from limberup.domain.assessment import Assessment, AssessmentResult
from limberup.domain.logbook import AssessmentKind, StoredAssessment


class SqlAssessmentRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, user_id: int, record: StoredAssessment) -> StoredAssessment:
        """Store ``record``; with a UUID already stored, return the stored record instead."""
        insert_unless_present(
            self._session,
            AssessmentRow,
            {
                "uuid": str(record.uuid),
                "user_id": user_id,
                "kind": record.kind.value,
                "taken_on": record.taken_on,
                "inputs": record.inputs.model_dump(mode="json", exclude_none=True),
                "findings": record.result.model_dump(mode="json"),
                "recorded_at": record.recorded_at,
            },
            key=("user_id", "uuid"),
        )
        stored = self.get(user_id, record.uuid)
        assert stored is not None
        return stored

    def get(self, user_id: int, record_uuid: uuid.UUID) -> StoredAssessment | None:
        row = self._session.scalar(
            select(AssessmentRow).where(
                AssessmentRow.user_id == user_id, AssessmentRow.uuid == str(record_uuid)
            )
        )
        return None if row is None else _record(row)

    def list(self, user_id: int) -> tuple[StoredAssessment, ...]:
        """Every assessment of the user, oldest first (by date, then by when it was stored)."""
        rows = self._session.scalars(
            select(AssessmentRow)
            .where(AssessmentRow.user_id == user_id)
            .order_by(AssessmentRow.taken_on, AssessmentRow.recorded_at, AssessmentRow.id)
        )
        return tuple(_record(row) for row in rows)

    def recent(self, user_id: int, *, limit: int) -> tuple[StoredAssessment, ...]:
        """The user's ``limit`` newest assessments, oldest first (read newest first in SQL)."""
        order = (AssessmentRow.taken_on, AssessmentRow.recorded_at, AssessmentRow.id)
        rows = self._session.scalars(
            select(AssessmentRow)
            .where(AssessmentRow.user_id == user_id)
            .order_by(*(column.desc() for column in order))
            .limit(limit)
        )
        return tuple(reversed([_record(row) for row in rows]))


def _record(row: AssessmentRow) -> StoredAssessment:
    return StoredAssessment(
        uuid=uuid.UUID(row.uuid),
        kind=AssessmentKind(row.kind),
        taken_on=row.taken_on,
        inputs=Assessment.model_validate(row.inputs),
        result=AssessmentResult.model_validate(row.findings),
        recorded_at=row.recorded_at,
    )

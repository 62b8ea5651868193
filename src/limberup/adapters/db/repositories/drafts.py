"""Self-test drafts: the wizard's answers so far, one per user, kept until it finishes."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from limberup.adapters.db.orm import AssessmentDraftRow
from limberup.adapters.db.statements import insert_unless_present
from limberup.domain.logbook import AssessmentDraft


class SqlDraftRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, user_id: int) -> AssessmentDraft | None:
        row = self._session.scalar(
            select(AssessmentDraftRow).where(AssessmentDraftRow.user_id == user_id)
        )
        if row is None:
            return None
        return AssessmentDraft(
            uuid=uuid.UUID(row.uuid), answers=row.answers, updated_at=row.updated_at
        )

    def save(self, user_id: int, draft: AssessmentDraft) -> None:
        """Make ``draft`` the user's draft, replacing the one they had."""
        values = {
            "user_id": user_id,
            "uuid": str(draft.uuid),
            "answers": draft.answers,
            "updated_at": draft.updated_at,
        }
        # Insert-or-nothing first, so two first saves at once cannot both insert.
        if not insert_unless_present(self._session, AssessmentDraftRow, values, key=("user_id",)):
            self._session.execute(
                update(AssessmentDraftRow)
                .where(AssessmentDraftRow.user_id == user_id)
                .values(uuid=values["uuid"], answers=draft.answers, updated_at=draft.updated_at)
            )

    def drop(self, user_id: int) -> None:
        self._session.execute(
            delete(AssessmentDraftRow).where(AssessmentDraftRow.user_id == user_id)
        )

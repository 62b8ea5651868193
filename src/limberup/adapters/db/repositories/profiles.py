"""Profiles: one per user, stored as the planner's ``Profile`` in JSON."""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from limberup.adapters.db.orm import ProfileRow
from limberup.adapters.db.statements import insert_or_update
from limberup.domain.logbook import StoredProfile
from limberup.domain.planning.week import Profile

_OF_USER = select(ProfileRow).where(ProfileRow.user_id == bindparam("user_id"))  # built once


class SqlProfileRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, user_id: int) -> StoredProfile | None:
        row = self._session.scalar(_OF_USER, {"user_id": user_id})
        if row is None:
            return None
        return StoredProfile(profile=Profile.model_validate(row.data), updated_at=row.updated_at)

    def save(self, user_id: int, stored: StoredProfile) -> StoredProfile:
        """Store the user's profile, replacing the one they had."""
        insert_or_update(
            self._session,
            ProfileRow,
            {
                "user_id": user_id,
                "data": stored.profile.model_dump(mode="json"),
                "updated_at": stored.updated_at,
            },
            key=("user_id",),
        )
        return stored

"""Users: every stored row belongs to one."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from limberup.adapters.db.orm import UserRow
from limberup.adapters.db.statements import insert_unless_present


class SqlUserRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def ensure(
        self, username: str, *, display_name: str, user_uuid: uuid.UUID, now: dt.datetime
    ) -> int:
        """The id of the user called ``username``, creating them the first time.

        Two processes starting at once still make one user: the insert does nothing when the
        name is taken, and both read back the same row.
        """
        insert_unless_present(
            self._session,
            UserRow,
            {
                "uuid": str(user_uuid),
                "username": username,
                "display_name": display_name,
                "role": "runner",
                "created_at": now,
            },
            key=("username",),
        )
        found = self.find(username)
        assert found is not None  # just inserted, or there already
        return found

    def find(self, username: str) -> int | None:
        """The id of the user called ``username``, if there is one."""
        return self._session.scalar(select(UserRow.id).where(UserRow.username == username))

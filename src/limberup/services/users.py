"""Who the data belongs to. Single-user mode keeps everything under one local user."""

from __future__ import annotations

import datetime as dt
import uuid

from limberup.services.unit_of_work import UnitOfWork

LOCAL_USERNAME = "local"
LOCAL_DISPLAY_NAME = "Local runner"


def local_user(uow: UnitOfWork, *, now: dt.datetime | None = None) -> int:
    """The id of the one local user of single-user mode, created on first use.

    Calling it again, or from two processes at once, returns the same user.
    """
    with uow:
        found = uow.users.find(LOCAL_USERNAME)  # a read: a read-only copy still opens
        if found is not None:
            return found
        user_id = uow.users.ensure(
            LOCAL_USERNAME,
            display_name=LOCAL_DISPLAY_NAME,
            user_uuid=uuid.uuid4(),
            now=now or utc_now(),
        )
        uow.commit()
    return user_id


def find_local_user(uow: UnitOfWork) -> int | None:
    """The id of the local user if one is stored, writing nothing (for read-only storage)."""
    with uow:
        return uow.users.find(LOCAL_USERNAME)


def utc_now() -> dt.datetime:
    """The current time, aware, in UTC: every stored time is."""
    return dt.datetime.now(dt.UTC)

"""Session listings read one page in SQL, newest first, on both backends."""

from __future__ import annotations

import datetime as dt

import pytest

from limberup.domain.logbook import SessionStatus
from limberup.exceptions import UnknownSessionError
from tests.integration.storage.conftest import UowFactory
from tests.unit.storage.builders import session_log, stored_plan


def test_pages_follow_the_cursor_and_filter_by_status(uow: UowFactory, user_id: int) -> None:
    plan = stored_plan()
    logs = [
        session_log(
            plan,
            day=plan.week_start + dt.timedelta(days=n % 7),
            status=SessionStatus.FINISHED if n % 2 else SessionStatus.IN_PROGRESS,
        )
        for n in range(9)
    ]
    with uow() as work:
        work.plans.add(user_id, plan)
        for log in logs:
            work.sessions.add(user_id, log)
        work.commit()
    with uow() as work:
        everything = work.sessions.list(user_id)
        newest_first = [log.uuid for log in reversed(everything)]
        seen = []
        after = None
        while page := work.sessions.newest(user_id, limit=4, after=after):
            seen += [log.uuid for log in page]
            after = page[-1].uuid
        assert seen == newest_first
        finished = work.sessions.newest(user_id, statuses=(SessionStatus.FINISHED,), limit=50)
        assert [log.uuid for log in finished] == [
            log.uuid for log in reversed(everything) if log.status is SessionStatus.FINISHED
        ]
        with pytest.raises(UnknownSessionError):
            work.sessions.newest(user_id, limit=1, after=plan.uuid)

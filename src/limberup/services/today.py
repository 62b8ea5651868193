"""What the today page puts first: the session that matters now, and the one to pick up again.

Both read a :class:`~limberup.services.sessions.PlannedDay` and nothing else, so every door
(the web page, a future terminal view) makes the same choice.
"""

from __future__ import annotations

import datetime as dt

from limberup.domain.logbook import SessionLog, SessionStatus
from limberup.domain.vocabulary import Context
from limberup.services.sessions import PlannedDay, PlannedSession


def drills_done(log: SessionLog) -> int:
    """How many drills of a log were finished, not counting those skipped."""
    return sum(1 for item in log.items if item.finished_at is not None and not item.skipped)


def session_now(day: PlannedDay, *, at: dt.time | None = None) -> PlannedSession | None:
    """The session that matters now: the pre-run before the day's run, else the first not done.

    Args:
        day: the day's plan and logs.
        at: the local time now, when the day is today; once the run's time has come, a pre-run
            not done goes last (it can still be started, but it no longer comes before the run).

    Returns:
        None when every session of the day is done, or none is planned.
    """
    left = [planned for planned in day.sessions if not planned.done]
    run_time = day.day.run_time if day.day is not None and day.day.run else None
    run_started = at is not None and run_time is not None and at >= run_time
    pre_run = [planned for planned in left if planned.session.context is Context.PRE_RUN]
    others = [planned for planned in left if planned.session.context is not Context.PRE_RUN]
    ordered = others + pre_run if run_started else pre_run + others
    return ordered[0] if ordered else None


def resume_offer(day: PlannedDay) -> PlannedSession | None:
    """The one session to offer to pick up again: the day's most recently started session that
    is still in progress with at least one drill done (a session with nothing done is simply
    started again, and other days' sessions are never offered)."""
    started = [
        planned
        for planned in day.sessions
        if planned.log is not None
        and planned.log.status is SessionStatus.IN_PROGRESS
        and drills_done(planned.log) > 0
    ]
    return max(started, key=_started_at, default=None)


def _started_at(planned: PlannedSession) -> dt.datetime:
    assert planned.log is not None  # only sessions with a log are offered
    return planned.log.started_at

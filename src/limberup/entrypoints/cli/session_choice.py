"""Which of the day's sessions a command means: ``1``, ``2``... or a kind such as ``pre_run``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from limberup.domain.logbook import SessionLog
from limberup.domain.planning.plain_words import CONTEXT_LABELS
from limberup.entrypoints.cli.errors import fail
from limberup.services.sessions import PlannedSession


def resumable(unfinished: Sequence[SessionLog], day: dt.date) -> tuple[SessionLog, ...]:
    """The unfinished sessions ``go`` may offer on ``day``: that day's first, then earlier
    days' (newest first); never a later day's, which is left as it is."""
    offered = [log for log in unfinished if log.day <= day]
    return tuple(sorted(offered, key=lambda log: (log.day != day, -log.day.toordinal())))


def choose_session(planned: Sequence[PlannedSession], wanted: str | None) -> PlannedSession | None:
    """The session ``wanted`` names, or the first one not done yet when it names none.

    Returns:
        None when nothing is planned, or when every session is done and none was named.

    Exits with code 2 when ``wanted`` names no session of the day.
    """
    if wanted is None:
        return next((session for session in planned if not session.done), None)
    text = wanted.strip().lower().replace("-", "_")
    if text.isdigit() and 1 <= int(text) <= len(planned):
        return planned[int(text) - 1]
    for session in planned:
        if text in (session.session.context.value, CONTEXT_LABELS[session.session.context]):
            return session
    names = [f"{n}" for n in range(1, len(planned) + 1)]
    names += [session.session.context.value for session in planned]
    allowed = ", ".join(names) if planned else "nothing: no session is planned that day"
    fail(f"SESSION: one of {allowed} (got {wanted!r})")

"""Looking back: everything stored for a runner, and each test per side over time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from limberup.domain.assessment import UnitSystem
from limberup.domain.logbook import SessionLog, StoredAssessment, StoredDecision, StoredPlan
from limberup.domain.progress.adherence import Adherence, adherence
from limberup.domain.progress.series import ProgressSeries, progress_series
from limberup.services.unit_of_work import UnitOfWork

RECENT_RETESTS = 52
"""Progress charts the last this many assessments (a year of weekly retests)."""
RECENT_WEEKS = 12
"""Adherence covers this many weeks by default: this one and the eleven before it."""
MOST_WEEKS = 104
"""The most weeks one answer covers (two years): a read is bounded by what it shows."""
STREAK_PAGE = 366
"""Days read at a time while following a current streak back past the weeks shown (a year:
most streaks end inside one page, and an index on the day keeps each page a short read)."""


@dataclass(frozen=True, slots=True)
class History:
    """A runner's records, each kind oldest first."""

    assessments: tuple[StoredAssessment, ...]
    plans: tuple[StoredPlan, ...]
    sessions: tuple[SessionLog, ...]
    decisions: tuple[StoredDecision, ...]


def history(uow: UnitOfWork, user_id: int) -> History:
    """Every assessment, plan version, session log and progression decision of the runner."""
    with uow:
        return History(
            assessments=uow.assessments.list(user_id),
            plans=uow.plans.list(user_id),
            sessions=uow.sessions.list(user_id),
            decisions=uow.decisions.list(user_id),
        )


def progress(
    uow: UnitOfWork, user_id: int, *, units: UnitSystem | None = None
) -> tuple[ProgressSeries, ...]:
    """Each test per side over the recent retests, with its norm band.

    Args:
        units: distances in cm or inches; by default the profile's units (metric without one).
    """
    with uow:
        assessments = uow.assessments.recent(user_id, limit=RECENT_RETESTS)
        stored = uow.profiles.get(user_id)
    if units is None:
        units = UnitSystem(stored.profile.units) if stored else UnitSystem.METRIC
    return progress_series([(a.taken_on, a.inputs) for a in assessments], units=units)


def adherence_summary(
    uow: UnitOfWork, user_id: int, *, today: dt.date, weeks: int = RECENT_WEEKS
) -> Adherence:
    """Sessions kept against sessions planned, and streaks, in the ``weeks`` up to ``today``.

    Only those weeks are read, so the cost stays the same as the history grows; the current
    streak alone is followed further back, for as long as it runs.
    """
    since = today - dt.timedelta(days=today.weekday(), weeks=weeks - 1)
    with uow:
        plans = uow.plans.list(user_id, since=since)
        started = uow.plans.first_made(user_id)
        finished = uow.sessions.finished_slots(user_id, since=since)
        carried_on = any(day == since for day, _ in finished)
        before = _days_in_a_row_before(uow, user_id, since) if carried_on else 0
    return adherence(
        plans, finished, today=today, since=since, started=started, streak_before=before
    )


def _days_in_a_row_before(uow: UnitOfWork, user_id: int, day: dt.date) -> int:
    """How many days in a row, ending the day before ``day``, have a session finished."""
    count = 0
    expected = day - dt.timedelta(days=1)
    while True:
        days = uow.sessions.finished_days(
            user_id, before=expected + dt.timedelta(days=1), limit=STREAK_PAGE
        )
        for found in days:
            if found != expected:
                return count
            count += 1
            expected -= dt.timedelta(days=1)
        if len(days) < STREAK_PAGE:
            return count

"""Looking back: everything stored for a runner, and each test per side over time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from limberup.domain.assessment import UnitSystem
from limberup.domain.logbook import SessionLog, StoredAssessment, StoredDecision, StoredPlan
from limberup.domain.progress.adherence import Adherence, adherence
from limberup.domain.progress.series import ProgressSeries, progress_series
from limberup.services.unit_of_work import UnitOfWork


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
    """Each test per side over time, with its norm band.

    Args:
        units: distances in cm or inches; by default the profile's units (metric without one).
    """
    with uow:
        assessments = uow.assessments.list(user_id)
        stored = uow.profiles.get(user_id)
    if units is None:
        units = UnitSystem(stored.profile.units) if stored else UnitSystem.METRIC
    return progress_series([(a.taken_on, a.inputs) for a in assessments], units=units)


def adherence_summary(uow: UnitOfWork, user_id: int, *, today: dt.date) -> Adherence:
    """Sessions kept against sessions planned, and streaks, up to ``today``."""
    with uow:
        plans = uow.plans.list(user_id)
        finished = uow.sessions.finished_slots(user_id)
    return adherence(plans, finished, today=today)

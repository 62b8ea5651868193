"""This week's plan: generated from the stored profile, assessments and history, then kept.

Each new week's plan follows the progression decisions: every drill of the week before gets a
history from the stored retests and session logs (``domain.drill_history``), the progression
engine decides (advance, hold, maintain, regress, stop), the decisions are stored for the
week, and the planner works with them. A plan made again for the same week is stored as the
next version; sessions logged from an earlier version keep pointing at it.
"""

from __future__ import annotations

import datetime as dt
import uuid

from limberup.catalog.loader import load_catalogue
from limberup.domain.catalog import Catalogue
from limberup.domain.logbook import StoredAssessment, StoredDecision, StoredPlan
from limberup.domain.progression.decisions import Action, Decision, decide_all
from limberup.domain.progression.history import drill_histories, standing
from limberup.services.errors import MissingProfileError
from limberup.services.unit_of_work import UnitOfWork
from limberup.services.users import utc_now

KEEP_GOING = "moved up to it in an earlier week: keep going"


def week_of(day: dt.date) -> dt.date:
    """The Monday that starts the week of ``day``."""
    return day - dt.timedelta(days=day.weekday())


def current_plan(
    uow: UnitOfWork,
    user_id: int,
    week_start: dt.date,
    *,
    catalogue: Catalogue | None = None,
    now: dt.datetime | None = None,
) -> StoredPlan:
    """The week's stored plan (its newest version), generated and stored if there is none.

    Raises:
        MissingProfileError: no profile is stored yet.
    """
    with uow:
        existing = uow.plans.current(user_id, week_start)
    if existing is not None:
        return existing
    return generate_plan(uow, user_id, week_start, catalogue=catalogue, now=now)


def generate_plan(
    uow: UnitOfWork,
    user_id: int,
    week_start: dt.date,
    *,
    catalogue: Catalogue | None = None,
    now: dt.datetime | None = None,
    plan_uuid: uuid.UUID | None = None,
) -> StoredPlan:
    """Plan the week from what is stored, store the decisions and the plan (a new version).

    Args:
        uow: the unit of work.
        user_id: whose week.
        week_start: the week's first day.
        catalogue: the exercise library (default: the installed one).
        now: when the plan is made (default: the current time).
        plan_uuid: the client's id for the plan; a retried call returns the stored plan.

    Raises:
        MissingProfileError: no profile is stored yet.
        UnknownIdError: the profile names a drill the catalogue no longer has.
    """
    # The solver stack (HiGHS, numpy) loads slowly: only a use case that plans pays for it.
    from limberup.services.planning import plan_for

    catalogue = catalogue or load_catalogue()
    with uow:
        if plan_uuid is not None and (stored := uow.plans.get(user_id, plan_uuid)) is not None:
            return stored
        profile = uow.profiles.get(user_id)
        if profile is None:
            raise MissingProfileError
        assessments = uow.assessments.list(user_id)
        known = catalogue.by_id()
        histories = [
            history
            for history in drill_histories(
                week_start,
                uow.plans.list(user_id),
                uow.sessions.list(user_id),
                assessments,
            )
            if history.exercise_id in known
        ]
        decided = {d.exercise_id: d for d in decide_all(histories, catalogue)}
        ladder = standing(uow.decisions.list(user_id), week_start)
        for drill in sorted(ladder.reached - decided.keys()):
            if drill in known:  # keep a progression reached earlier open, though not decided
                decided[drill] = Decision(drill, Action.HOLD, KEEP_GOING)
        latest = _latest(assessments, before=week_start + dt.timedelta(days=7))
        plan = plan_for(
            profile.profile,
            latest.inputs if latest else None,
            week_start,
            decisions=decided,
            retired=ladder.retired,
            catalogue=catalogue,
        )
        uow.decisions.replace_week(
            user_id,
            week_start,
            [
                StoredDecision(
                    week_start=week_start,
                    exercise_id=d.exercise_id,
                    action=d.action,
                    reason=d.reason,
                    replacement_id=d.replacement_id,
                )
                for d in decided.values()
            ],
        )
        stored = uow.plans.add(
            user_id,
            StoredPlan(
                uuid=plan_uuid or uuid.uuid4(),
                week_start=week_start,
                version=uow.plans.next_version(user_id, week_start),
                catalogue_version=plan.catalogue_version,
                plan=plan,
                created_at=now or utc_now(),
            ),
        )
        uow.commit()
    return stored


def week_decisions(
    uow: UnitOfWork, user_id: int, week_start: dt.date
) -> tuple[StoredDecision, ...]:
    """The progression decisions that shaped the week's plan."""
    with uow:
        return tuple(d for d in uow.decisions.list(user_id) if d.week_start == week_start)


def _latest(
    assessments: tuple[StoredAssessment, ...], *, before: dt.date
) -> StoredAssessment | None:
    earlier = [a for a in assessments if a.taken_on < before]
    return earlier[-1] if earlier else None

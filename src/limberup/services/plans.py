"""The week's plan: made from the stored profile, assessments and history, then kept.

Each new week's plan follows the progression decisions: every drill of the week before gets a
history from the stored retests and session logs (``domain.progression.history``), the
progression engine decides (advance, hold, maintain, regress, stop), the decisions are stored
for the week, and the planner works with them. A plan made again for the same week is stored
as the next version; sessions logged from an earlier version keep pointing at it.

One rule lives here for every door (CLI, API, pages): a change to the profile or a new
assessment plans the current week again from today (:func:`replan_from_today`), and the days
that have passed keep what was planned for them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any, Literal

from limberup.domain.assessment.evaluate import evaluate, read_all
from limberup.domain.assessment.inputs import Assessment, Pain
from limberup.domain.assessment.pain import needs_referral
from limberup.domain.assessment.reading import Reading
from limberup.domain.assessment.results import AssessmentResult
from limberup.domain.catalog import Catalogue
from limberup.domain.dose_fit import severity_of
from limberup.domain.logbook import StoredAssessment, StoredDecision, StoredPlan, StoredProfile
from limberup.domain.planning.planner import PlanRequest, plan_week
from limberup.domain.planning.week import (
    TEST_REGIONS,
    FindingInput,
    Findings,
    PlanSource,
    Profile,
    WeekPlan,
)
from limberup.domain.progression.decisions import Action, Decision, DrillPain, decide_all
from limberup.domain.progression.history import drill_histories, pains_in_week, standing
from limberup.domain.vocabulary import Side, Status, TestId
from limberup.exceptions import MissingProfileError, UnknownIdError
from limberup.services.dates import storable_week
from limberup.services.runtime import Runtime
from limberup.services.unit_of_work import UnitOfWork

KEEP_GOING = "moved up to it in an earlier week: keep going"


def week_of(day: dt.date) -> dt.date:
    """The Monday that starts the week of ``day``."""
    return day - dt.timedelta(days=day.weekday())


def parse_profile(data: Any) -> Profile:
    """Validate a profile given as parsed JSON.

    Raises:
        pydantic.ValidationError: naming each bad field, the value and what is allowed.
    """
    return Profile.model_validate(data)


def check_profile_ids(profile: Profile, catalogue: Catalogue) -> None:
    """Refuse drill ids in ``avoid`` and ``prefer`` that are not in the catalogue."""
    known = {exercise.id for exercise in catalogue.exercises}
    for field in ("avoid", "prefer"):
        for index, exercise_id in enumerate(getattr(profile, field)):
            if exercise_id not in known:
                raise UnknownIdError(f"{field}.{index}", exercise_id, known)


def findings_for_planning(
    assessment: Assessment, result: AssessmentResult, pain: Pain | None = None
) -> Findings:
    """What the planner needs of an assessment: the findings and what hurts.

    Args:
        assessment: the latest assessment.
        result: its evaluation.
        pain: the latest pain screen answered, when this assessment skipped it: pain stays
            until the runner says it has gone.
    """
    pain = assessment.pain if assessment.pain is not None else pain
    painful = set(pain.where if pain else ())
    tests = {finding.test for finding in result.findings if finding.status is Status.PAINFUL}
    tests |= {TestId(test) for test in (pain.during_tests if pain else ())}
    tests.discard(TestId.PAIN)
    for test in tests:
        painful |= TEST_REGIONS.get(test, frozenset())
    unplaced = pain is not None and pain.at_rest and not pain.where
    readings = read_all(assessment)
    return Findings(
        items=tuple(
            FindingInput(
                id=f.id,
                test=f.test,
                side=f.side,
                status=f.status,
                severity=_severity(readings, f.test, f.side),
            )
            for f in result.findings
            if f.test is not TestId.PAIN
        ),
        hypermobile=result.hypermobile,
        refer=result.refer or needs_referral(pain),
        painful_regions=frozenset(painful),
        pain_unplaced=unplaced,
        painful_tests=frozenset(tests),
    )


def plan_for(
    runtime: Runtime,
    profile: Profile,
    assessment: Assessment | None,
    week_start: dt.date,
    *,
    decisions: Mapping[str, Decision] | None = None,
    retired: frozenset[str] = frozenset(),
    pain: Pain | None = None,
    hurt: Mapping[str, DrillPain] | None = None,
) -> WeekPlan:
    """Plan the week of ``week_start`` for a runner and their latest assessment, unstored.

    Args:
        pain: the latest pain screen answered, if ``assessment`` skipped it.
        hurt: drills that hurt this week.

    Raises:
        UnknownIdError: ``avoid`` or ``prefer`` names a drill that does not exist.
    """
    catalogue = runtime.catalogue
    check_profile_ids(profile, catalogue)
    findings = Findings()
    if assessment is not None:
        findings = findings_for_planning(assessment, evaluate(assessment), pain)
    request = PlanRequest(
        profile, findings, week_start, dict(decisions or {}), retired, dict(hurt or {})
    )
    return plan_week(request, catalogue, runtime.solver)


def current_plan(
    uow: UnitOfWork, runtime: Runtime, user_id: int, week_start: dt.date
) -> StoredPlan:
    """The week's stored plan (its newest version), made and stored if there is none.

    A week far from today (``dates.STORED_WEEKS_AROUND_TODAY``) is made to be shown and not
    stored: looking months ahead or back leaves nothing behind.

    Raises:
        MissingProfileError: no profile is stored yet.
    """
    with uow:
        existing = uow.plans.current(user_id, week_start)
    if existing is not None:
        return existing
    if not storable_week(week_start, runtime.clock.today()):
        return generate_plan(uow, runtime, user_id, week_start, store=False)
    return generate_plan(uow, runtime, user_id, week_start)


def replan_from_today(uow: UnitOfWork, runtime: Runtime, user_id: int) -> StoredPlan | None:
    """Plan the current week again after the profile or the findings changed.

    Days before today keep what the stored plan had for them; from today on the week follows
    the new profile and findings. A week not planned yet is left to be planned when first
    asked for, and nothing is planned before the runner has a profile.
    """
    today = runtime.clock.today()
    week = week_of(today)
    with uow:
        if uow.profiles.get(user_id) is None or uow.plans.current(user_id, week) is None:
            return None
    return generate_plan(uow, runtime, user_id, week, keep_before=today)


def generate_plan(
    uow: UnitOfWork,
    runtime: Runtime,
    user_id: int,
    week_start: dt.date,
    *,
    plan_uuid: uuid.UUID | None = None,
    keep_before: dt.date | None = None,
    store: bool = True,
) -> StoredPlan:
    """Plan the week from what is stored, store the decisions and the plan (a new version).

    Args:
        uow: the unit of work.
        runtime: the catalogue, solver and clock to plan with.
        user_id: whose week.
        week_start: the week's first day.
        plan_uuid: the client's id for the plan; a retried call returns the stored plan.
        keep_before: days before this date keep what the current version planned.
        store: False to make the plan only to be shown, storing nothing.

    Raises:
        MissingProfileError: no profile is stored yet.
        UnknownIdError: the profile names a drill the catalogue no longer has.
    """
    catalogue = runtime.catalogue
    with uow:
        if plan_uuid is not None and (stored := uow.plans.get(user_id, plan_uuid)) is not None:
            return stored
        profile = uow.profiles.get(user_id)
        if profile is None:
            raise MissingProfileError
        assessments = uow.assessments.list(user_id)
        decided, retired = _decisions(uow, user_id, week_start, catalogue, assessments)
        before = week_start + dt.timedelta(days=7)
        latest = _latest(assessments, before=before)
        plan = plan_for(
            runtime,
            profile.profile,
            latest.inputs if latest else None,
            week_start,
            decisions=decided,
            retired=retired,
            pain=_pain_screen(assessments, before=before),
            hurt=pains_in_week(week_start, uow.sessions.list(user_id)),
        )
        earlier = uow.plans.current(user_id, week_start) if keep_before else None
        if earlier is not None and keep_before is not None:
            plan = plan.keeping_days_before(keep_before, earlier.plan)
        plan = plan.model_copy(
            update={"source": _source(plan, profile, latest, keep_before if earlier else None)}
        )
        shown = StoredPlan(
            uuid=plan_uuid or uuid.uuid4(),
            week_start=week_start,
            version=uow.plans.next_version(user_id, week_start),
            catalogue_version=plan.catalogue_version,
            plan=plan,
            created_at=runtime.clock.now(),
        )
        if not store:
            return shown
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
        stored = uow.plans.add(user_id, shown)
        uow.commit()
    return stored


def week_decisions(
    uow: UnitOfWork, user_id: int, week_start: dt.date
) -> tuple[StoredDecision, ...]:
    """The progression decisions that shaped the week's plan."""
    with uow:
        return uow.decisions.of_week(user_id, week_start)


def _severity(
    readings: Mapping[TestId, Mapping[Side, Reading]], test: TestId, side: Side | None
) -> Literal["mild", "moderate", "marked"] | None:
    """How far short of its norm the finding's side fell, where the test counts it."""
    reading = readings.get(test, {}).get(side) if side is not None else None
    found = severity_of(reading.scale.shortfall) if reading and reading.scale else None
    return found.value if found else None


def _decisions(
    uow: UnitOfWork,
    user_id: int,
    week_start: dt.date,
    catalogue: Catalogue,
    assessments: tuple[StoredAssessment, ...],
) -> tuple[dict[str, Decision], frozenset[str]]:
    known = catalogue.by_id()
    histories = [
        history
        for history in drill_histories(
            week_start, uow.plans.list(user_id), uow.sessions.list(user_id), assessments
        )
        if history.exercise_id in known
    ]
    decided = {d.exercise_id: d for d in decide_all(histories, catalogue)}
    stored = uow.decisions.list(user_id)
    ladder = standing(stored, week_start)
    for drill in sorted(ladder.reached - decided.keys()):
        if drill in known:  # keep a progression reached earlier open, though not decided
            decided[drill] = Decision(drill, Action.HOLD, KEEP_GOING)
    return decided, ladder.retired | _still_stopped(stored, assessments, week_start)


def _still_stopped(
    decisions: tuple[StoredDecision, ...],
    assessments: tuple[StoredAssessment, ...],
    week_start: dt.date,
) -> frozenset[str]:
    """Drills stopped for pain in an earlier week, until a later pain screen says none.

    A stopped drill does not come back by itself the week after: the runner answers the pain
    questions of a new assessment or retest without pain first.
    """
    week_end = week_start + dt.timedelta(days=7)
    cleared = [
        a.taken_on
        for a in assessments
        if a.taken_on < week_end and a.inputs.pain is not None and not needs_referral(a.inputs.pain)
    ]
    last_clear = max(cleared, default=dt.date.min)
    return frozenset(
        d.exercise_id
        for d in decisions
        if d.action is Action.STOP and d.week_start < week_start and last_clear < d.week_start
    )


def _source(
    plan: WeekPlan,
    profile: StoredProfile,
    assessment: StoredAssessment | None,
    kept_before: dt.date | None,
) -> PlanSource:
    return PlanSource(
        catalogue_version=plan.catalogue_version,
        profile_updated_at=profile.updated_at,
        assessment_uuid=assessment.uuid if assessment else None,
        kept_before=kept_before,
    )


def _pain_screen(assessments: tuple[StoredAssessment, ...], *, before: dt.date) -> Pain | None:
    """The latest pain screen answered: one assessment that skips it does not clear pain."""
    answered = [
        a.inputs.pain for a in assessments if a.taken_on < before and a.inputs.pain is not None
    ]
    return answered[-1] if answered else None


def _latest(
    assessments: tuple[StoredAssessment, ...], *, before: dt.date
) -> StoredAssessment | None:
    earlier = [a for a in assessments if a.taken_on < before]
    return earlier[-1] if earlier else None

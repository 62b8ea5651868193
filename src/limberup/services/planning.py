"""Plan a week from a profile and an assessment, as the CLI and the API ask for it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from limberup.adapters.solver.highs import HighsSolver
from limberup.catalog.loader import catalogue_version, load_catalogue
from limberup.domain.assessment.evaluate import evaluate
from limberup.domain.assessment.inputs import Assessment
from limberup.domain.assessment.results import AssessmentResult
from limberup.domain.catalog import Catalogue
from limberup.domain.planning.planner import PlanRequest, plan_week
from limberup.domain.planning.week import TEST_REGIONS, FindingInput, Findings, Profile, WeekPlan
from limberup.domain.progression.decisions import Decision
from limberup.domain.vocabulary import Status, TestId
from limberup.exceptions import UnknownIdError


def findings_for_planning(assessment: Assessment, result: AssessmentResult) -> Findings:
    """What the planner needs of an assessment: the findings and the regions that hurt."""
    painful = set(assessment.pain.where if assessment.pain else ())
    for finding in result.findings:
        if finding.status is Status.PAINFUL:
            painful |= TEST_REGIONS.get(finding.test, frozenset())
    return Findings(
        items=tuple(
            FindingInput(id=f.id, test=f.test, side=f.side, status=f.status)
            for f in result.findings
            if f.test is not TestId.PAIN
        ),
        hypermobile=result.hypermobile,
        refer=result.refer,
        painful_regions=frozenset(painful),
    )


def check_profile_ids(profile: Profile, catalogue: Catalogue) -> None:
    """Refuse drill ids in ``avoid`` and ``prefer`` that are not in the catalogue."""
    known = {exercise.id for exercise in catalogue.exercises}
    for field in ("avoid", "prefer"):
        for index, exercise_id in enumerate(getattr(profile, field)):
            if exercise_id not in known:
                raise UnknownIdError(f"{field}.{index}", exercise_id, known)


def parse_profile(data: Any) -> Profile:
    """Validate a profile given as parsed JSON.

    Raises:
        pydantic.ValidationError: naming each bad field, the value and what is allowed.
    """
    return Profile.model_validate(data)


def plan_for(
    profile: Profile,
    assessment: Assessment | None,
    week_start: dt.date,
    *,
    decisions: Mapping[str, Decision] | None = None,
    retired: frozenset[str] = frozenset(),
    catalogue: Catalogue | None = None,
) -> WeekPlan:
    """Plan the week of ``week_start`` for a runner and their latest assessment.

    Raises:
        UnknownIdError: ``avoid`` or ``prefer`` names a drill that does not exist.
    """
    catalogue = catalogue or load_catalogue()
    check_profile_ids(profile, catalogue)
    findings = Findings()
    if assessment is not None:
        findings = findings_for_planning(assessment, evaluate(assessment))
    request = PlanRequest(profile, findings, week_start, dict(decisions or {}), retired)
    return plan_week(request, catalogue, HighsSolver(), catalogue_version=catalogue_version())

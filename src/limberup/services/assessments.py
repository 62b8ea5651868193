"""Use cases of the self-assessment: read one, judge it, compare two, store and list them.

Validation happens before anything is stored: an assessment that is refused leaves no trace.
A replay with the same client UUID returns the stored record. A new assessment plans the
current week again from today (``services.plans.replan_from_today``), whichever door it came
through. An assessment can also be kept as a JSON file in the contract's input shape, which
``assess evaluate`` reads back.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from limberup.adapters.jsonfile import read_json
from limberup.domain.assessment import (
    Assessment,
    AssessmentResult,
    RetestChange,
    UnitSystem,
    compare,
    evaluate,
)
from limberup.domain.logbook import AssessmentDraft, AssessmentKind, StoredAssessment
from limberup.exceptions import InputError
from limberup.services.dates import refuse_future
from limberup.services.plans import replan_from_today
from limberup.services.runtime import Runtime
from limberup.services.unit_of_work import UnitOfWork


def parse_assessment(data: Any) -> Assessment:
    """Validate an assessment given as parsed JSON.

    Raises:
        pydantic.ValidationError: naming each bad field, the value and what is allowed.
    """
    return Assessment.model_validate(data)


def read_assessment_file(path: Path) -> Assessment:
    """Read and validate an assessment from a JSON file in the contract's input shape.

    Raises:
        InputFileError: the file is missing, unreadable or not JSON.
        pydantic.ValidationError: the JSON is not a valid assessment.
    """
    return parse_assessment(read_json(path, what="assessment file"))


def assess(assessment: Assessment, *, units: UnitSystem = UnitSystem.METRIC) -> AssessmentResult:
    """Judge a validated assessment.

    Args:
        assessment: what the runner recorded.
        units: how distances are shown in the findings.

    Returns:
        The findings, the hypermobility and referral flags and the FMS scores.
    """
    return evaluate(assessment, units=units)


def assess_file(
    path: Path, *, units: UnitSystem = UnitSystem.METRIC
) -> tuple[Assessment, AssessmentResult]:
    """Read, validate and judge an assessment file; errors as :func:`read_assessment_file`."""
    assessment = read_assessment_file(path)
    return assessment, assess(assessment, units=units)


def compare_assessments(
    previous: Assessment, current: Assessment, *, units: UnitSystem = UnitSystem.METRIC
) -> tuple[RetestChange, ...]:
    """The change of each side of each test recorded in both, against its smallest real change.

    Args:
        previous: the earlier assessment.
        current: the later one.
        units: how distances are shown.
    """
    return compare(previous, current, units=units)


def export_assessment(assessment: Assessment, path: Path) -> None:
    """Write an assessment as JSON in the contract's input shape, for ``assess evaluate``.

    Args:
        assessment: a validated assessment.
        path: the file to write (replaced if it exists).
    """
    data = assessment.model_dump(mode="json", exclude_none=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def record_assessment(
    uow: UnitOfWork,
    runtime: Runtime,
    user_id: int,
    assessment: Assessment,
    *,
    record_uuid: uuid.UUID | None = None,
    kind: AssessmentKind | None = None,
) -> StoredAssessment:
    """Judge a validated assessment, store it with its findings, and plan the week again.

    Args:
        uow: the unit of work.
        runtime: the catalogue, solver and clock (the week is planned again with them).
        user_id: whose assessment it is.
        assessment: the validated input.
        record_uuid: the client's id for this record; a retried call passes the same one.
        kind: assessment or retest; by default a retest when an earlier one is stored.

    Returns:
        The stored record; the earlier one when ``record_uuid`` was stored before.

    Raises:
        InputError: the assessment is dated after the runner's today; nothing is stored.
    """
    refuse_future("date", assessment.date, runtime.clock.today())
    result = evaluate(assessment)  # stored in the contract's metric form, shown in any units
    with uow:
        if record_uuid is not None and (found := uow.assessments.get(user_id, record_uuid)):
            return found  # a replay changes nothing, so nothing is planned again
        if kind is None:
            earlier = [a for a in uow.assessments.list(user_id) if a.taken_on <= assessment.date]
            kind = AssessmentKind.RETEST if earlier else AssessmentKind.ASSESSMENT
        stored = uow.assessments.add(
            user_id,
            StoredAssessment(
                uuid=record_uuid or uuid.uuid4(),
                kind=kind,
                taken_on=assessment.date,
                inputs=assessment,
                result=result,
                recorded_at=runtime.clock.now(),
            ),
        )
        uow.commit()
    replan_from_today(uow, runtime, user_id)
    return stored


def record_assessment_data(
    uow: UnitOfWork,
    runtime: Runtime,
    user_id: int,
    data: Mapping[str, Any],
    *,
    record_uuid: uuid.UUID | None = None,
) -> StoredAssessment:
    """Validate an assessment given as parsed JSON, then store it as :func:`record_assessment`.

    Raises:
        pydantic.ValidationError: naming each bad field; nothing is stored.
    """
    assessment = Assessment.model_validate(data)
    return record_assessment(uow, runtime, user_id, assessment, record_uuid=record_uuid)


def list_assessments(uow: UnitOfWork, user_id: int) -> tuple[StoredAssessment, ...]:
    """The runner's assessments, oldest first."""
    with uow:
        return uow.assessments.list(user_id)


TESTS_RECORDED = (
    "slr",
    "knee_to_wall",
    "standing_hip",
    "tibial_rotation",
    "thoracic_rotation",
    "beighton",
)


def start_draft(
    uow: UnitOfWork, runtime: Runtime, user_id: int, answers: Mapping[str, Any]
) -> AssessmentDraft:
    """Begin the self-test wizard again: a new draft, with a new record id, replaces any other."""
    draft = AssessmentDraft(
        uuid=uuid.uuid4(), answers=dict(answers), updated_at=runtime.clock.now()
    )
    with uow:
        uow.drafts.save(user_id, draft)
        uow.commit()
    return draft


def get_draft(uow: UnitOfWork, user_id: int) -> AssessmentDraft | None:
    """The wizard's answers so far, or None when no wizard is under way."""
    with uow:
        return uow.drafts.get(user_id)


def save_draft(
    uow: UnitOfWork, runtime: Runtime, draft: AssessmentDraft, user_id: int
) -> AssessmentDraft:
    """Keep ``draft``'s answers (a step done, or skipped) until the wizard finishes."""
    saved = draft.model_copy(update={"updated_at": runtime.clock.now()})
    with uow:
        uow.drafts.save(user_id, saved)
        uow.commit()
    return saved


def finish_draft(
    uow: UnitOfWork, runtime: Runtime, user_id: int, draft: AssessmentDraft
) -> StoredAssessment:
    """Store the draft as an assessment (under the draft's id), then let the draft go.

    Raises:
        InputError: every test was skipped and no pain was reported; nothing is stored.
        pydantic.ValidationError: an answer is out of range; nothing is stored.
    """
    assessment = Assessment.model_validate(draft.answers)
    if not recorded_anything(assessment):
        raise InputError(
            "tests",
            "all skipped",
            "a result for at least one test (every test was skipped, so there is nothing to save)",
        )
    stored = record_assessment(uow, runtime, user_id, assessment, record_uuid=draft.uuid)
    with uow:
        uow.drafts.drop(user_id)
        uow.commit()
    return stored


def recorded_anything(assessment: Assessment) -> bool:
    """Whether the assessment holds a result or a report of pain, not only a date and age."""
    if any(getattr(assessment, test) is not None for test in TESTS_RECORDED):
        return True
    pain = assessment.pain
    return pain is not None and bool(pain.at_rest or pain.during_tests or pain.where)

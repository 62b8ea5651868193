"""Keep assessments: judge one, store its raw input and findings, list them.

Validation happens before anything is stored: an assessment that is refused leaves no trace.
A replay with the same client UUID returns the stored record.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from limberup.domain.assessment import Assessment, evaluate
from limberup.domain.logbook import AssessmentKind, StoredAssessment
from limberup.services.unit_of_work import UnitOfWork
from limberup.services.users import utc_now


def record_assessment(
    uow: UnitOfWork,
    user_id: int,
    assessment: Assessment,
    *,
    record_uuid: uuid.UUID | None = None,
    kind: AssessmentKind | None = None,
    now: dt.datetime | None = None,
) -> StoredAssessment:
    """Judge a validated assessment and store it with its findings.

    Args:
        uow: the unit of work.
        user_id: whose assessment it is.
        assessment: the validated input.
        record_uuid: the client's id for this record; a retried call passes the same one.
        kind: assessment or retest; by default a retest when an earlier one is stored.
        now: when it is stored (default: the current time).

    Returns:
        The stored record; the earlier one when ``record_uuid`` was stored before.
    """
    result = evaluate(assessment)  # stored in the contract's metric form, shown in any units
    with uow:
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
                recorded_at=now or utc_now(),
            ),
        )
        uow.commit()
    return stored


def record_assessment_data(
    uow: UnitOfWork,
    user_id: int,
    data: Mapping[str, Any],
    *,
    record_uuid: uuid.UUID | None = None,
    now: dt.datetime | None = None,
) -> StoredAssessment:
    """Validate an assessment given as parsed JSON, then store it as :func:`record_assessment`.

    Raises:
        pydantic.ValidationError: naming each bad field; nothing is stored.
    """
    assessment = Assessment.model_validate(data)
    return record_assessment(uow, user_id, assessment, record_uuid=record_uuid, now=now)


def list_assessments(uow: UnitOfWork, user_id: int) -> tuple[StoredAssessment, ...]:
    """The runner's assessments, oldest first."""
    with uow:
        return uow.assessments.list(user_id)

"""What the API answers about stored records, kept apart from how they are stored.

The storage types (``domain.logbook``) may grow columns and internals; these are the shapes
the API promises. Each is made from its stored record by :func:`answer`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field

from limberup.domain.assessment import Assessment, AssessmentResult
from limberup.domain.logbook import AssessmentKind
from limberup.domain.planning.week import Profile, WeekPlan
from limberup.domain.progression.decisions import Action


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)


class ProfileOut(_Out):
    """The runner's profile and when it last changed (its revision)."""

    profile: Profile
    updated_at: dt.datetime


class AssessmentOut(_Out):
    """A stored assessment or retest: what was entered and what it found then."""

    uuid: uuid.UUID
    kind: AssessmentKind
    taken_on: dt.date
    inputs: Assessment
    result: AssessmentResult
    recorded_at: dt.datetime


class PlanOut(_Out):
    """A stored week plan: one version of the week (a newer version replaces it)."""

    uuid: uuid.UUID
    week_start: dt.date
    version: int = Field(ge=1)
    catalogue_version: str
    plan: WeekPlan
    created_at: dt.datetime


class DecisionOut(_Out):
    """A progression decision that shaped a week's plan, with its reason."""

    week_start: dt.date
    exercise_id: str
    action: Action
    reason: str
    replacement_id: str | None = None


Out = TypeVar("Out", bound=_Out)


def answer(shape: type[Out], record: object) -> Out:
    """The API's answer of ``shape`` for a stored record (read attribute by attribute)."""
    return shape.model_validate(record, from_attributes=True)

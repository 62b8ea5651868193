"""What a runner has done and kept: stored assessments, weekly plans and session logs.

These are the values storage keeps and hands back, as frozen pydantic models; the database
rows that hold them live in ``adapters/db`` and are converted at the repository boundary.
Each record that a client may send twice carries a client-made ``uuid``: storing it again
returns the stored record (see ``docs/storage.md``).
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from limberup.domain.assessment import Assessment, AssessmentResult
from limberup.domain.planning.week import Profile, Session, WeekPlan
from limberup.domain.progression.decisions import Action
from limberup.domain.values import PlanDate, Timestamp, WeekStart
from limberup.domain.vocabulary import Context, Region, Side

PAIN_MAX = 10
EASE_MIN, EASE_MAX = 1, 5
NOTES_MAX = 2000


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class AssessmentKind(StrEnum):
    ASSESSMENT = "assessment"
    """The first assessment, or one taken from scratch."""
    RETEST = "retest"
    """A weekly retest, compared with the one before it."""


class SessionStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    """Started and not finished: the player offers to resume it."""
    FINISHED = "finished"
    ABANDONED = "abandoned"
    """Left unfinished on purpose; what was done stays logged."""


class StoredProfile(_Record):
    """A runner's profile and when it last changed."""

    profile: Profile
    updated_at: Timestamp


class StoredAssessment(_Record):
    """An assessment as it was recorded: the raw input and what it found then."""

    uuid: uuid_module.UUID
    kind: AssessmentKind
    taken_on: PlanDate
    inputs: Assessment
    result: AssessmentResult
    recorded_at: Timestamp


class AssessmentDraft(_Record):
    """The self-test answers so far, kept until the runner finishes the wizard.

    ``uuid`` is the id the finished assessment will be stored under, so finishing twice
    stores one record; ``answers`` are in the assessment's JSON shape, not yet validated.
    """

    uuid: uuid_module.UUID
    answers: dict[str, Any]
    updated_at: Timestamp


class StoredPlan(_Record):
    """A generated week. A new plan for the same week is stored as the next ``version``."""

    uuid: uuid_module.UUID
    week_start: WeekStart
    version: Annotated[int, Field(ge=1)]
    catalogue_version: str
    plan: WeekPlan
    created_at: Timestamp

    def day(self, date: dt.date) -> tuple[Session, ...]:
        """The sessions planned on ``date`` (none when the date is outside the week)."""
        for day in self.plan.days:
            if day.date == date:
                return day.sessions
        return ()


class ItemLog(_Record):
    """What was done of one planned item (drill) of a session.

    ``finished_at`` is None while the item is only partly done (the player was stopped in it);
    a resumed session starts again at the first item that is not finished.
    """

    item_index: Annotated[int, Field(ge=0)]
    exercise_id: Annotated[str, Field(min_length=1, max_length=80)]
    variant_id: Annotated[str, Field(max_length=80)] | None = None
    sets_done: Annotated[int, Field(ge=0, le=100)] = 0
    reps_done: Annotated[int, Field(ge=0, le=10_000)] = 0
    holds_done: Annotated[int, Field(ge=0, le=1_000)] = 0
    sides: tuple[Side, ...] = ()
    """The sides worked, in order; empty for a drill done on both at once."""
    skipped: bool = False
    pain: Annotated[int, Field(ge=0, le=PAIN_MAX)] | None = None
    """0-10; None when not asked."""
    pain_region: Region | None = None
    ease: Annotated[int, Field(ge=EASE_MIN, le=EASE_MAX)] | None = None
    """1 (very hard) to 5 (very easy)."""
    notes: Annotated[str, Field(max_length=NOTES_MAX)] | None = None
    finished_at: Timestamp | None = None

    @model_validator(mode="after")
    def _pain_has_a_place(self) -> Self:
        if self.pain and self.pain_region is None:
            raise ValueError("pain_region: say where it hurts when pain is 1 or more")
        if len(set(self.sides)) != len(self.sides):
            raise ValueError(f"sides: each side at most once (got {list(self.sides)})")
        return self

    @property
    def painful(self) -> bool:
        return bool(self.pain)


class SessionLog(_Record):
    """One planned session as it was done: when, how far, and each item's log."""

    uuid: uuid_module.UUID
    plan_uuid: uuid_module.UUID | None
    """The plan (version) the session came from."""
    week_start: WeekStart
    day: PlanDate
    context: Context
    session_index: Annotated[int, Field(ge=0)]
    """Which session of that day's plan (0 is the first)."""
    started_at: Timestamp
    finished_at: Timestamp | None = None
    status: SessionStatus = SessionStatus.IN_PROGRESS
    items: tuple[ItemLog, ...] = ()

    def item(self, index: int) -> ItemLog | None:
        """The log of item ``index``, if any."""
        return next((item for item in self.items if item.item_index == index), None)

    def finished_items(self) -> frozenset[int]:
        return frozenset(item.item_index for item in self.items if item.finished_at is not None)

    def resume_at(self, item_count: int) -> int | None:
        """The first item not finished yet, or None when every one of ``item_count`` is."""
        done = self.finished_items()
        return next((index for index in range(item_count) if index not in done), None)


class StoredDecision(_Record):
    """A progression decision, kept for the week whose plan it shaped."""

    week_start: WeekStart
    exercise_id: str
    action: Action
    reason: str
    replacement_id: str | None = None

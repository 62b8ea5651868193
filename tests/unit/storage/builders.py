"""Records for storage tests: a profile, assessments, a small week plan, session logs."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from limberup.domain.assessment import Assessment, evaluate
from limberup.domain.logbook import (
    AssessmentKind,
    ItemLog,
    SessionLog,
    SessionStatus,
    StoredAssessment,
    StoredPlan,
)
from limberup.domain.planning.week import Day, Item, ItemPart, Profile, Session, Weekday, WeekPlan
from limberup.domain.vocabulary import Context, Side

MONDAY = dt.date(2026, 11, 16)
NOW = dt.datetime(2026, 11, 16, 7, 30, 15, 123456, tzinfo=dt.UTC)

PROFILE = Profile.model_validate(
    {
        "age": 38,
        "run_days": ["tue", "thu", "sat"],
        "run_times": {"tue": "07:00", "thu": "07:00", "sat": "09:30"},
        "equipment": ["wall", "doorway", "strap", "light_band", "foam_roller"],
        "minutes": {"pre_run": 10, "rest_day": 20, "daily": 8, "micro_break": 3},
        "units": "metric",
    }
)


def assessment(
    taken_on: dt.date = MONDAY, *, slr_left: float | dict[str, Any] = 64, **extra: Any
) -> Assessment:
    """An assessment with a failed left straight-leg raise and a short left ankle.

    Args:
        slr_left: the left leg's angle, or the side's whole input (``{"fms_score": 2}``).
    """
    left = (
        slr_left if isinstance(slr_left, dict) else {"angle_deg": slr_left, "down_leg_moved": True}
    )
    data: dict[str, Any] = {
        "date": taken_on.isoformat(),
        "age": 38,
        "slr": {"left": left, "right": {"angle_deg": 85, "down_leg_moved": False}},
        "knee_to_wall": {"left": {"distance_cm": 8.0}, "right": {"distance_cm": 10.5}},
    }
    return Assessment.model_validate(data | extra)


def stored_assessment(
    taken_on: dt.date = MONDAY, *, record_uuid: uuid.UUID | None = None, slr_left: float = 64
) -> StoredAssessment:
    inputs = assessment(taken_on, slr_left=slr_left)
    return StoredAssessment(
        uuid=record_uuid or uuid.uuid4(),
        kind=AssessmentKind.ASSESSMENT,
        taken_on=taken_on,
        inputs=inputs,
        result=evaluate(inputs),
        recorded_at=NOW,
    )


SERVES = {
    "assisted_slr": ("slr_limited",),
    "ankle_band_mobilization": ("knee_to_wall_limited",),
}
"""The findings a hand-made item serves: the test its drill trains."""


def item(exercise_id: str, *, reps: int = 5, sides: int = 2, hold_s: float | None = None) -> Item:
    return Item(
        exercise_id=exercise_id,
        variant_id=None,
        name=exercise_id.replace("_", " ").capitalize(),
        sets=1,
        reps=reps,
        reps_unit="reps",
        hold_s=hold_s,
        hold_breaths=None,
        sides=sides,
        minutes=1.0,
        level="low",
        why="because a test says so",
        serves=SERVES.get(exercise_id, ()),
        parts=(
            ItemPart(
                variant_id=None,
                name=exercise_id,
                sets=1,
                reps=reps,
                reps_unit="reps",
                hold_s=hold_s,
                hold_breaths=None,
            ),
        ),
    )


def week_plan(week_start: dt.date = MONDAY, *, drills: tuple[str, ...] = ()) -> WeekPlan:
    """A hand-made week: one daily session every day with ``drills`` (two by default)."""
    drills = drills or ("leg_swings", "assisted_slr")
    days = tuple(
        Day(
            date=week_start + dt.timedelta(days=offset),
            weekday=list(Weekday)[offset],
            run=offset in (1, 3, 5),
            sessions=(
                Session(
                    context=Context.DAILY,
                    minutes=2.0,
                    budget_minutes=8.0,
                    items=tuple(item(drill) for drill in drills),
                ),
            ),
        )
        for offset in range(7)
    )
    return WeekPlan(
        week_start=week_start,
        optimal=True,
        solver_status="optimal",
        objective=12.5,
        days=days,
        catalogue_version="test",
    )


def stored_plan(
    week_start: dt.date = MONDAY,
    *,
    version: int = 1,
    plan_uuid: uuid.UUID | None = None,
    drills: tuple[str, ...] = (),
) -> StoredPlan:
    return StoredPlan(
        uuid=plan_uuid or uuid.uuid4(),
        week_start=week_start,
        version=version,
        catalogue_version="test",
        plan=week_plan(week_start, drills=drills),
        created_at=NOW,
    )


def item_log(index: int, exercise_id: str, **fields: Any) -> ItemLog:
    values: dict[str, Any] = {
        "sets_done": 1,
        "reps_done": 10,
        "sides": (Side.LEFT, Side.RIGHT),
        "finished_at": NOW + dt.timedelta(minutes=index + 1),
    }
    return ItemLog(item_index=index, exercise_id=exercise_id, **(values | fields))


def session_log(
    plan: StoredPlan,
    *,
    day: dt.date | None = None,
    session_uuid: uuid.UUID | None = None,
    items: tuple[ItemLog, ...] = (),
    status: SessionStatus = SessionStatus.IN_PROGRESS,
) -> SessionLog:
    day = day or plan.week_start
    return SessionLog(
        uuid=session_uuid or uuid.uuid4(),
        plan_uuid=plan.uuid,
        week_start=plan.week_start,
        day=day,
        context=Context.DAILY,
        session_index=0,
        started_at=dt.datetime.combine(day, dt.time(7, 30), tzinfo=dt.UTC),
        finished_at=None if status is SessionStatus.IN_PROGRESS else NOW,
        status=status,
        items=items,
    )

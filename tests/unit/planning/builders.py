"""Hand-made slots, drills and candidates for the planner's unit tests."""

from __future__ import annotations

import datetime as dt

from limberup.domain.catalog import Exercise
from limberup.domain.dosing import DoseLevel, Part
from limberup.domain.planning.candidates import Candidate, Drill, Slot
from limberup.domain.vocabulary import Context

MONDAY = dt.date(2026, 11, 23)


def slot(
    index: int, *, day: int = 0, context: Context = Context.DAILY, budget_s: float = 600
) -> Slot:
    return Slot(index, day, MONDAY + dt.timedelta(days=day), context, budget_s)


def part(*, hold_s: float = 0.0, hold_breaths: int = 0) -> Part:
    return Part(None, "part", 1, 5, "reps", hold_s, hold_breaths)


def drill(exercise: Exercise, *, max_days: int = 7, serves: tuple[str, ...] = ()) -> Drill:
    return Drill(exercise, (DoseLevel.LOW,), max_days, serves)


def candidate(index: int, at: Slot, of: Drill, *, seconds: float = 60.0) -> Candidate:
    return Candidate(index, at, of, DoseLevel.LOW, (part(),), seconds)

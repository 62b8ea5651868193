"""Check a finished week against every hard rule, independently of how it was built.

Tests run this on every plan they generate; the rules are restated here from the plan's
own contents, not from the model's constraints, so a mistake in the model shows up.
"""

from __future__ import annotations

from collections import defaultdict

from limberup.domain.catalog import Catalogue, Range
from limberup.domain.dosing import Part
from limberup.domain.planning.candidates import (
    ASSISTED_SLR,
    LEG_LOWERING_1,
    SLR_FINDING,
    Drill,
    pre_run_safe,
    week_drills,
)
from limberup.domain.planning.explain import PRE_RUN_PHASES
from limberup.domain.planning.notes import NoteCode
from limberup.domain.planning.planner import PlanRequest
from limberup.domain.planning.week import Item, Session, WeekPlan
from limberup.domain.session.timeline import PlayerItem, item_seconds
from limberup.domain.vocabulary import Context

PAIR_NOTES = {NoteCode.PAIR_UNAVAILABLE, NoteCode.PAIR_MISSED_DAYS}
MINUTES_TOLERANCE = 0.051
"""Minutes are shown to one decimal; allow for that rounding."""


def violations(plan: WeekPlan, request: PlanRequest, catalogue: Catalogue) -> list[str]:
    """Every broken rule, as a sentence naming the day and drill; empty when all hold."""
    drills = {
        d.exercise.id: d
        for d in week_drills(
            catalogue, request.profile, request.findings, request.decisions, request.retired
        )
    }
    problems: list[str] = []
    days_done: defaultdict[str, set[int]] = defaultdict(set)
    for index, day in enumerate(plan.days):
        today = [item for session in day.sessions for item in session.items]
        for exercise_id in {i.exercise_id for i in today}:
            days_done[exercise_id].add(index)
        if len(today) != len({i.exercise_id for i in today}):
            problems.append(f"{day.date}: a drill appears twice in one day")
        for session in day.sessions:
            problems.extend(
                _session_problems(f"{day.date} {session.context.value}", session, drills)
            )
        if day.run and not any(s.context is Context.PRE_RUN for s in day.sessions):
            explained = any(
                (n.code is NoteCode.PRE_RUN_TOO_SHORT and n.date == day.date)
                or n.code is NoteCode.NO_PRE_RUN_MINUTES
                for n in plan.notes
            )
            if not explained:
                problems.append(f"{day.date}: a run day without a pre-run session or a note")
    for exercise_id, days in days_done.items():
        allowed = drills[exercise_id].max_days if exercise_id in drills else 0
        if len(days) > allowed:
            problems.append(f"{exercise_id}: on {len(days)} days, its dose allows {allowed}")
    problems.extend(_pair_problems(plan, request, drills))
    if (request.findings.painful_regions or request.findings.refer) and not plan.referral:
        problems.append("pain was reported but the plan shows no referral message")
    return problems


def _session_problems(where: str, session: Session, drills: dict[str, Drill]) -> list[str]:
    problems: list[str] = []
    if session.minutes > session.budget_minutes + MINUTES_TOLERANCE:
        problems.append(f"{where}: {session.minutes} min over {session.budget_minutes}")
    total = 0.0
    for item in session.items:
        drill = drills.get(item.exercise_id)
        if drill is None:
            problems.append(f"{where}: {item.exercise_id} is not allowed for this runner")
            continue
        parts = item_parts(item)
        total += item_seconds(PlayerItem(drill.exercise, parts))
        problems.extend(_item_problems(where, drill, parts, session.context))
    if abs(total / 60 - session.minutes) > MINUTES_TOLERANCE:
        problems.append(f"{where}: shows {session.minutes} min, the player takes {total / 60:.2f}")
    if session.context is Context.PRE_RUN:
        problems.extend(_pre_run_order(where, session.items, drills))
    return problems


def item_parts(item: Item) -> tuple[Part, ...]:
    """A planned item's parts as the player takes them."""
    return tuple(
        Part(
            p.variant_id,
            p.name,
            p.sets,
            p.reps,
            p.reps_unit,
            p.hold_s or 0.0,
            p.hold_breaths or 0,
            p.rest_s or 0.0,
        )
        for p in item.parts
    )


def _item_problems(
    where: str, drill: Drill, parts: tuple[Part, ...], context: Context
) -> list[str]:
    exercise = drill.exercise
    problems = []
    if context is Context.PRE_RUN and not pre_run_safe(exercise, parts):
        problems.append(f"{where}: {exercise.id} is not a pre-run drill or holds 60 s or more")
    for part in parts:
        dose = exercise.dose_of(part.variant_id)
        for name, value, span in (
            ("sets", part.sets, dose.sets),
            ("reps", part.reps, dose.reps),
            ("hold_s", part.hold_s, dose.hold_s),
            ("hold_breaths", part.hold_breaths, dose.hold_breaths),
        ):
            if span is not None and not _within(value, span):
                problems.append(
                    f"{where}: {exercise.id} {name} {value} outside {span.min:g}-{span.max:g}"
                )
    return problems


def _within(value: float, span: Range) -> bool:
    return span.min <= value <= span.max


def _pre_run_order(where: str, items: tuple[Item, ...], drills: dict[str, Drill]) -> list[str]:
    phases = [
        PRE_RUN_PHASES.index(m)
        if (m := drills[i.exercise_id].exercise.modality) in PRE_RUN_PHASES
        else len(PRE_RUN_PHASES)
        for i in items
        if i.exercise_id in drills
    ]
    if phases != sorted(phases):
        return [f"{where}: pre-run drills out of seed 004's order (roll, activate, hinge, kick)"]
    return []


def _pair_problems(plan: WeekPlan, request: PlanRequest, drills: dict[str, Drill]) -> list[str]:
    if not request.findings.has(SLR_FINDING):
        return []
    first = next((d for d in drills.values() if ASSISTED_SLR in (d.exercise.id, d.replaces)), None)
    second = next(
        (d for d in drills.values() if LEG_LOWERING_1 in (d.exercise.id, d.replaces)), None
    )
    if first is None or second is None:
        return (
            []
            if any(n.code in PAIR_NOTES for n in plan.notes)
            else ["failed straight-leg raise, pair unavailable, and no note says so"]
        )
    problems = []
    for day in plan.days:
        ids = [[i.exercise_id for i in s.items] for s in day.sessions]
        together = any(
            first.exercise.id in s
            and s.index(first.exercise.id) + 1 < len(s)
            and s[s.index(first.exercise.id) + 1] == second.exercise.id
            for s in ids
        )
        if not together and not any(n.code in PAIR_NOTES for n in plan.notes):
            problems.append(f"{day.date}: the corrective pair is missing or out of order")
    return problems

"""Plan a runner's week: candidates, the integer program, the solver, and the readable plan.

Example:
    >>> plan = plan_week(PlanRequest(profile, findings, week_start), catalogue, HighsSolver())
    >>> plan.optimal
    True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from limberup.domain.catalog import Catalogue
from limberup.domain.dosing import DoseLevel, Part, sides_of
from limberup.domain.planning.candidates import (
    ASSISTED_SLR,
    LEG_LOWERING_1,
    SLR_FINDING,
    Candidate,
    Drill,
    Slot,
    candidates,
    dose_options,
    pre_run_safe,
    shortened,
    week_drills,
    week_slots,
)
from limberup.domain.planning.explain import session_order, why
from limberup.domain.planning.gates import PAIN_GATES, Gate, gates
from limberup.domain.planning.integer_program import Solver, SolveStatus
from limberup.domain.planning.model import build_model
from limberup.domain.planning.notes import NoteCode, PlanNote
from limberup.domain.planning.placer import fill_week, greedy_week, raise_doses
from limberup.domain.planning.prep import prep_step
from limberup.domain.planning.safety import left_out_of_retest, needs_referral, safety_notes
from limberup.domain.planning.score import PairRule, prep_steps_held
from limberup.domain.planning.week import (
    Day,
    Findings,
    Item,
    ItemPart,
    Profile,
    Session,
    Weekday,
    WeekPlan,
)
from limberup.domain.progression.decisions import Decision, DrillPain
from limberup.domain.vocabulary import Context, TestId

REFERRAL = (
    "You reported pain. LimberUp leaves out drills that load the painful area and cannot "
    "tell you why it hurts: please see a physiotherapist or doctor before working into it."
)
MEANWHILE = (
    " Until then, keep to everyday movement that does not bring the pain on, leave out "
    "what LimberUp has taken off the plan, and note when it hurts and what eases it, to tell "
    "the clinician. Pain after a fall or a blow, with swelling, numbness or weakness, or pain "
    "that wakes you at night needs to be seen soon."
)
"""What to do while waiting to be seen: no exercise prescription, only what keeps it calm."""
RETEST_TESTS = (
    TestId.SLR,
    TestId.KNEE_TO_WALL,
    TestId.STANDING_HIP,
    TestId.TIBIAL_ROTATION,
    TestId.THORACIC_ROTATION,
)
SOLVER_TIME_LIMIT_S = 10.0


@dataclass(frozen=True, slots=True)
class PlanRequest:
    """Everything a week depends on besides the catalogue."""

    profile: Profile
    findings: Findings
    week_start: dt.date
    decisions: Mapping[str, Decision] = field(default_factory=dict)
    retired: frozenset[str] = frozenset()
    hurt: Mapping[str, DrillPain] = field(default_factory=dict)
    """Drills that hurt this week (``progression.history.pains_in_week``)."""


def plan_week(request: PlanRequest, catalogue: Catalogue, solver: Solver) -> WeekPlan:
    """The best week the rules allow, or a feasible one marked not optimal if the solver fails."""
    profile, findings = request.profile, request.findings
    problem = prepare(request, catalogue)
    slots, options, pair = problem.slots, problem.candidates, problem.pair
    notes = list(problem.notes)
    model = build_model(options, slots, findings=findings, profile=profile, pair=pair)
    solution = solver.solve(model.program, time_limit_s=SOLVER_TIME_LIMIT_S)
    if solution.status in (SolveStatus.OPTIMAL, SolveStatus.FEASIBLE):
        # The runner's own doses come before any further drill: raise, then fill.
        chosen = raise_doses(
            model.chosen(solution.values), problem.fuller, findings=findings, pair=pair
        )
        chosen = fill_week(chosen, options, findings=findings, profile=profile, pair=pair)
        objective = solution.objective
    else:
        chosen = greedy_week(options, slots, findings=findings, profile=profile, pair=pair)
        objective = 0.0
        notes.append(PlanNote(code=NoteCode.SOLVER_UNFINISHED, detail=solution.detail))
    chosen = raise_doses(chosen, problem.fuller, findings=findings, pair=pair)
    notes.extend(_rule_notes(request, slots, chosen, pair, problem.drills))
    notes.extend(safety_notes(request, catalogue, problem.closed, _recorded_tests(findings)))
    refer = needs_referral(request)
    return WeekPlan(
        week_start=request.week_start,
        optimal=solution.status is SolveStatus.OPTIMAL,
        solver_status=solution.status.value,
        objective=round(objective, 6),
        days=_days(request, slots, chosen, pair),
        notes=tuple(notes),
        refer=refer,
        referral=REFERRAL + MEANWHILE if refer else None,
        catalogue_version=catalogue.version,
    )


@dataclass(frozen=True, slots=True)
class WeekProblem:
    """The week before optimisation: its sessions, the drills allowed, every candidate."""

    slots: tuple[Slot, ...]
    drills: tuple[Drill, ...]
    candidates: tuple[Candidate, ...]
    """Each drill at its lightest dose: what the model chooses among."""
    pair: PairRule | None
    notes: tuple[PlanNote, ...]
    fuller: Mapping[tuple[int, str], tuple[Candidate, ...]] = field(default_factory=dict)
    """The drill's doses in a session, lightest first, by (slot index, drill id): what
    :func:`raise_doses` may swap in where the minutes allow."""
    closed: Mapping[str, Gate] = field(default_factory=dict)
    """Drills a gate keeps out of the week, by id, with the reason."""


def prepare(request: PlanRequest, catalogue: Catalogue) -> WeekProblem:
    """Apply the filtering rules: which sessions exist and which drills may go in each."""
    profile, findings = request.profile, request.findings
    slots = week_slots(profile, request.week_start)
    drills = week_drills(
        catalogue, profile, findings, request.decisions, request.retired, hurt=request.hurt
    )
    closed = gates(catalogue.exercises, profile, findings, request.hurt)
    options = candidates(slots, drills, level=DoseLevel.LOW)
    notes: list[PlanNote] = []
    pair = _pair_rule(drills, options, slots, findings, notes, closed=closed)
    if pair is not None:
        options = (*options, *_short_pair(pair, drills, options, slots))
        pair = _pair_rule(drills, options, slots, findings, [], closed=closed)
    # A dose shortened to fit (the brief pre-run step, the short pair) may go back up to the
    # runner's start where the minutes allow; never above it: the weeks move doses up.
    fuller: dict[tuple[int, str], tuple[Candidate, ...]] = {}
    for c in options:
        key = (c.slot.index, c.drill.exercise.id)
        fuller[key] = (*fuller.get(key, ()), c)
    return WeekProblem(slots, drills, options, pair, tuple(notes), fuller, closed)


def _short_pair(
    pair: PairRule, drills: Sequence[Drill], options: Sequence[Candidate], slots: Sequence[Slot]
) -> tuple[Candidate, ...]:
    """The corrective pair at the bottom of its ranges, in each session other than a pre-run
    where the runner's own start (``dose_fit``) leaves no room for both drills.

    Seed 001 asks for the pair every day while the test fails: a runner with few minutes
    gets it at a smaller dose (the limited side's extra rep and an older runner's longer hold
    kept) rather than not at all; :func:`raise_doses` moves it back up where time is left.
    """
    paired = [d for d in drills if d.exercise.id in (pair.first, pair.second)]
    if all(d.fit.start == 0 for d in paired):
        return ()
    short = [shortened(d) for d in paired]
    open_slots = [s for s in slots if s.context is not Context.PRE_RUN and s.day not in pair.days]
    extra = candidates(open_slots, short, level=DoseLevel.LOW)
    return tuple(replace(c, index=len(options) + i) for i, c in enumerate(extra))


def _pair_rule(
    drills: Sequence[Drill],
    options: Sequence[Candidate],
    slots: Sequence[Slot],
    findings: Findings,
    notes: list[PlanNote],
    *,
    closed: Mapping[str, Gate],
) -> PairRule | None:
    if not findings.has(SLR_FINDING) or findings.pain_unplaced:
        return None
    first = _current(drills, ASSISTED_SLR)
    second = _current(drills, LEG_LOWERING_1)
    if first is None or second is None:
        missing = [closed[d] for d in (ASSISTED_SLR, LEG_LOWERING_1) if d in closed]
        reason = min(missing, key=list(Gate).index) if missing else None
        notes.append(PlanNote(code=NoteCode.PAIR_UNAVAILABLE, detail=_pair_reason(reason)))
        return None
    days = set()
    for slot in slots:
        if slot.context is Context.PRE_RUN:
            continue
        needed = [
            min(
                (
                    c.seconds
                    for c in options
                    if c.slot.index == slot.index and c.drill.exercise.id == d.exercise.id
                ),
                default=None,
            )
            for d in (first, second)
        ]
        if None not in needed and sum(n for n in needed if n is not None) <= slot.budget_s:
            days.add(slot.day)
    limit = min(first.max_days, second.max_days)
    return PairRule(first.exercise.id, second.exercise.id, frozenset(sorted(days)[:limit]))


def _pair_reason(reason: Gate | None) -> str | None:
    if reason in PAIN_GATES:
        return "pain"
    return reason.value if reason is not None else None


def _current(drills: Sequence[Drill], base_id: str) -> Drill | None:
    for drill in drills:
        if base_id in (drill.exercise.id, drill.replaces):
            return drill
    return None


def _rule_notes(
    request: PlanRequest,
    slots: Sequence[Slot],
    chosen: Sequence[Candidate],
    pair: PairRule | None,
    drills: Sequence[Drill],
) -> list[PlanNote]:
    profile = request.profile
    week = [request.week_start + dt.timedelta(days=i) for i in range(7)]
    notes: list[PlanNote] = []
    if request.findings.pain_unplaced:
        return notes  # an empty week for pain: no advice on minutes or kit
    used_slots = {c.slot.index for c in chosen}
    run_days = [s for s in slots if s.context is Context.PRE_RUN]
    if not any(profile.minutes.of(c) for c in Context if c is not Context.GYM_WARMUP):
        notes.append(PlanNote(code=NoteCode.NO_MINUTES))
    # More minutes help only if some drill may go before a run at all: when the gates left
    # none, the note says so rather than asking for time.
    any_pre_run = not _gated(request) or any(_may_go_pre_run(d) for d in drills)
    for slot in run_days:
        if slot.index not in used_slots:
            code = NoteCode.PRE_RUN_TOO_SHORT if any_pre_run else NoteCode.PRE_RUN_GATED
            notes.append(PlanNote(code=code, date=slot.date, minutes=slot.budget_s / 60))
    if profile.minutes.pre_run == 0 and any(profile.runs_on(day) for day in week):
        notes.append(PlanNote(code=NoteCode.NO_PRE_RUN_MINUTES))
    if pair is not None:
        done = {c.slot.day for c in chosen if c.drill.exercise.id == pair.first}
        missing = sorted(set(range(7)) - done)
        if missing:
            notes.append(PlanNote(code=NoteCode.PAIR_MISSED_DAYS, count=len(missing)))
    notes.extend(_prep_left_out(run_days, chosen, drills))
    return notes


def _prep_left_out(
    run_days: Sequence[Slot], chosen: Sequence[Candidate], drills: Sequence[Drill]
) -> list[PlanNote]:
    """One note naming the preparation steps the runner has the kit for that some pre-run
    session had no minutes for (a step the kit or a gate rules out is not "left out")."""
    possible = {
        step: drill.exercise.name
        for drill in drills
        if (step := prep_step(drill.exercise.id)) is not None and _may_go_pre_run(drill)
    }
    held = prep_steps_held(chosen)
    short = [s for s in run_days if any((s.index, step) not in held for step in possible)]
    if not short or not {c.slot.index for c in chosen} & {s.index for s in short}:
        return []  # no pre-run at all is PRE_RUN_TOO_SHORT's note
    left_out = sorted({step for s in short for step in possible if (s.index, step) not in held})
    return [
        PlanNote(
            code=NoteCode.PREP_LEFT_OUT,
            count=len(short),
            minutes=min(s.budget_s for s in short) / 60,
            detail=", ".join(possible[step] for step in left_out),
        )
    ]


def _may_go_pre_run(drill: Drill) -> bool:
    lightest = dose_options(drill)[:1]
    return Context.PRE_RUN in drill.exercise.contexts and any(
        pre_run_safe(drill.exercise, dosed.parts) for dosed in lightest
    )


def _gated(request: PlanRequest) -> bool:
    findings = request.findings
    return bool(
        findings.painful_regions
        or request.hurt
        or findings.hypermobile
        or request.profile.hypermobile
    )


def _days(
    request: PlanRequest, slots: Sequence[Slot], chosen: Sequence[Candidate], pair: PairRule | None
) -> tuple[Day, ...]:
    profile = request.profile
    order_pair = (pair.first, pair.second) if pair else None
    retest_day = _retest_day(request)
    tested = _retest_tests(request.findings)
    days: list[Day] = []
    for index in range(7):
        date = request.week_start + dt.timedelta(days=index)
        sessions = []
        for slot in (s for s in slots if s.day == index):
            picked = [c for c in chosen if c.slot.index == slot.index]
            if not picked:
                continue
            items = tuple(
                _item(c, request, pair_role=_pair_role(c, pair))
                for c in session_order(picked, slot.context, order_pair)
            )
            sessions.append(
                Session(
                    context=slot.context,
                    minutes=round(sum(c.seconds for c in picked) / 60, 1),
                    budget_minutes=slot.budget_s / 60,
                    items=items,
                )
            )
        weekday = Weekday.of(date)
        days.append(
            Day(
                date=date,
                weekday=weekday,
                run=profile.runs_on(date),
                run_time=profile.run_times.get(weekday) if profile.runs_on(date) else None,
                sessions=tuple(sessions),
                retest=tested if date == retest_day else (),
            )
        )
    return tuple(days)


def _item(candidate: Candidate, request: PlanRequest, *, pair_role: int) -> Item:
    exercise = candidate.drill.exercise
    parts = tuple(_item_part(part) for part in candidate.parts)
    first = parts[0]
    return Item(
        exercise_id=exercise.id,
        variant_id=None,
        name=exercise.name,
        sets=first.sets,
        reps=first.reps,
        reps_unit=first.reps_unit,
        hold_s=first.hold_s,
        hold_breaths=first.hold_breaths,
        sides=sides_of(exercise),
        minutes=round(candidate.seconds / 60, 1),
        level=candidate.level.value,
        why=why(candidate, request.findings.items, pair_role=pair_role),
        serves=candidate.drill.serves,
        parts=parts,
    )


def _pair_role(candidate: Candidate, pair: PairRule | None) -> int:
    if pair is None:
        return 0
    return {pair.first: 1, pair.second: 2}.get(candidate.drill.exercise.id, 0)


def _item_part(part: Part) -> ItemPart:
    return ItemPart(
        variant_id=part.variant_id,
        name=part.name,
        sets=part.sets,
        reps=part.reps,
        reps_unit=part.reps_unit,
        hold_s=part.hold_s or None,
        hold_breaths=part.hold_breaths or None,
        rest_s=part.rest_s or None,
        hold_at=part.hold_at,
        hold_per_set=part.hold_per_set,
        limited_side=part.limited_side,
        extra_reps=part.extra_reps,
    )


def _retest_day(request: PlanRequest) -> dt.date:
    """The last day of the week without a run, rested legs giving a fairer measure."""
    for index in range(6, -1, -1):
        date = request.week_start + dt.timedelta(days=index)
        if not request.profile.runs_on(date):
            return date
    return request.week_start + dt.timedelta(days=6)


def _recorded_tests(findings: Findings) -> tuple[TestId, ...]:
    """The tests the findings come from (every test before any is recorded)."""
    tested = {item.test for item in findings.items} | findings.painful_tests
    return tuple(t for t in RETEST_TESTS if t in tested) or RETEST_TESTS


def _retest_tests(findings: Findings) -> tuple[TestId, ...]:
    """The tests recorded, less those that hurt or load a region that hurts."""
    left_out = left_out_of_retest(findings)
    return tuple(t for t in _recorded_tests(findings) if t not in left_out)


__all__ = ["PlanRequest", "plan_week"]

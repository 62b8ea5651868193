"""Which drills may go into which session of the week: the hard rules that filter candidates.

A candidate is one drill at one dose level in one session slot. Everything the rules forbid
outright (the gates of ``gates``: pain, hypermobility, kit, drills avoided; static holds before
a run) never becomes a candidate; the rules that tie candidates together (time
budgets, days a week, the corrective pair) are constraints of the model in ``model``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from limberup.domain.catalog import Catalogue, Dose, Exercise, OurNumber, Range
from limberup.domain.dose_fit import Severity, fit_for
from limberup.domain.dosing import BOTTOM, DoseLevel, Fit, Part, prescribe
from limberup.domain.planning.gates import gate
from limberup.domain.planning.prep import brief, prep_step
from limberup.domain.planning.session_shape import one_per_pattern
from limberup.domain.planning.week import Findings, Profile, Weekday
from limberup.domain.progression.decisions import Action, Decision, DrillPain, safe_regression
from limberup.domain.session.timeline import BREATH_S, PlayerItem, item_seconds
from limberup.domain.vocabulary import Context, Equipment, Modality

PRE_RUN_MODALITIES = frozenset(
    {Modality.DYNAMIC, Modality.ACTIVATION, Modality.SOFT_TISSUE, Modality.STRENGTH}
)
MAX_PRE_RUN_HOLD_S = 60.0
"""Static holds of 60 s or more per muscle cost about 4-5 % of performance (Behm 2016)."""
DEFAULT_MAINTENANCE_DAYS = 2
"""Ours, where a drill's dose has no days a week: ACSM's floor of 2-3 days a week."""

HURT_THIS_WEEK = "it hurt this week: an easier drill that spares it, at the lowest dose"

ASSISTED_SLR = "assisted_slr"
LEG_LOWERING_1 = "leg_lowering_1"
SLR_FINDING = "slr_limited"


@dataclass(frozen=True, slots=True)
class Slot:
    """One session of the week: a day and a context with its time budget."""

    index: int
    day: int
    date: dt.date
    context: Context
    budget_s: float
    at_pool: bool = False
    """The runner is at a pool that day: the only days a water drill is offered."""


@dataclass(frozen=True, slots=True)
class Drill:
    """A drill as this week will use it, after progression decisions."""

    exercise: Exercise
    levels: tuple[DoseLevel, ...]
    max_days: int
    serves: tuple[str, ...]
    decision: Decision | None = None
    replaces: str | None = None
    fit: Fit = BOTTOM
    """Where in its ranges the runner starts (``dose_fit``): severity, age, weeks, side."""


@dataclass(frozen=True, slots=True)
class Candidate:
    index: int
    slot: Slot
    drill: Drill
    level: DoseLevel
    parts: tuple[Part, ...]
    seconds: float


def week_slots(profile: Profile, week_start: dt.date) -> tuple[Slot, ...]:
    """The sessions the budgets allow: pre-run and after-run on run days, rest-day work on
    the others, the daily session every day, micro breaks on work days."""
    slots: list[Slot] = []
    for day in range(7):
        date = week_start + dt.timedelta(days=day)
        runs = profile.runs_on(date)
        contexts = [Context.PRE_RUN, Context.POST_RUN] if runs else [Context.REST_DAY]
        contexts.append(Context.DAILY)
        if Weekday.of(date) in profile.work_days:
            contexts.append(Context.MICRO_BREAK)
        for context in contexts:
            budget = profile.minutes.of(context) * 60
            if budget > 0:
                slots.append(
                    Slot(len(slots), day, date, context, budget, at_pool=profile.at_pool(date))
                )
    return tuple(slots)


def week_drills(
    catalogue: Catalogue,
    profile: Profile,
    findings: Findings,
    decisions: Mapping[str, Decision],
    retired: frozenset[str] = frozenset(),
    *,
    hurt: Mapping[str, DrillPain] | None = None,
) -> tuple[Drill, ...]:
    """Every drill the runner may do this week, with progression decisions applied.

    Args:
        decisions: last week's progression decision for each drill on its plan.
        retired: drills the runner has moved past to their progression in earlier weeks.
        hurt: drills that hurt this week: they leave it, an easier drill that stretches
            nothing that hurt taking their place where there is one.
    """
    hurt = hurt or {}
    present = {item.id for item in findings.items}
    reached = {*decisions, *(d.replacement_id for d in decisions.values() if d.replacement_id)}
    locked = (locked_progressions(catalogue) - reached) | retired
    drills: dict[str, Drill] = {}
    for exercise in catalogue.exercises:
        decision = decisions.get(exercise.id)
        if exercise.id in locked or (decision and decision.action is Action.STOP):
            continue
        chosen, replaces = _apply(exercise, decision, catalogue)
        if chosen.id in hurt and not hurt[chosen.id].stops:
            easier = safe_regression(chosen, hurt[chosen.id].regions, catalogue)
            if easier is None or easier.id in drills:
                continue
            # Its lowest dose: a decision with no replacement of its own keeps the low level.
            decision = Decision(chosen.id, Action.REGRESS, HURT_THIS_WEEK)
            chosen, replaces = easier, chosen.id
        if gate(chosen, profile, findings, hurt) is not None:
            continue
        if chosen.id in drills and replaces is None:
            continue  # a replacement already took this drill's place
        serves = tuple(sorted(set(chosen.targets) & present))
        drills[chosen.id] = Drill(
            exercise=chosen,
            levels=_levels(decision),
            max_days=_max_days(chosen, decision),
            serves=serves,
            decision=decision,
            replaces=replaces,
            fit=_fit(findings, serves, profile, decision),
        )
    return tuple(drills.values())


def shortened(drill: Drill) -> Drill:
    """The drill started at the bottom of its ranges, keeping the rest of its fit."""
    return replace(drill, fit=replace(drill.fit, start=0.0))


def _our_days(exercise: Exercise) -> Range | None:
    """Our days a week where the article gives none (``ours``): a figure we export is kept."""
    ours = next((o.value for o in exercise.ours if o.field == "dose.days_per_week"), None)
    return None if ours is None else Range(min=ours, max=ours)


def locked_progressions(catalogue: Catalogue) -> frozenset[str]:
    """Drills that are the next level of another: a runner reaches them by advancing."""
    return frozenset(link for exercise in catalogue.exercises for link in exercise.progressions)


@dataclass(frozen=True, slots=True)
class Dosed:
    """A drill at one dose level, with its parts and how long the player takes for it."""

    level: DoseLevel
    parts: tuple[Part, ...]
    seconds: float


def dose_options(drill: Drill) -> tuple[Dosed, ...]:
    """The drill's distinct doses, lightest first (a dose with no range is offered once)."""
    options: list[Dosed] = []
    for level in drill.levels:
        parts = prescribe(drill.exercise, level, drill.fit)
        if options and options[-1].parts == parts:
            continue
        options.append(Dosed(level, parts, item_seconds(PlayerItem(drill.exercise, parts))))
    return tuple(options)


def candidates(
    slots: Iterable[Slot], drills: Sequence[Drill], *, level: DoseLevel | None = None
) -> tuple[Candidate, ...]:
    """Every (slot, drill, dose) that suits the slot's context and fits its budget alone.

    Args:
        level: only this dose level (a drill without it is offered at its lightest), or
            every level when None.
    """
    doses = {drill.exercise.id: _pick_level(dose_options(drill), level) for drill in drills}
    out: list[Candidate] = []
    for slot in slots:
        fitting: list[tuple[Drill, Dosed]] = []
        for drill in drills:
            if (
                slot.context not in drill.exercise.contexts
                and not _daily_fit(drill, slot)
                and not _after_run_fit(drill, slot)
            ):
                continue
            if _needs_pool(drill.exercise) and not slot.at_pool:
                continue
            for dosed in _slot_doses(slot, drill, doses[drill.exercise.id]):
                if slot.context is Context.PRE_RUN and not pre_run_safe(
                    drill.exercise, dosed.parts
                ):
                    continue
                if dosed.seconds <= slot.budget_s:
                    fitting.append((drill, dosed))
        if one_per_pattern(slot.context, slot.budget_s):
            fitting = _one_version_each(slot, fitting)
        for drill, dosed in fitting:
            out.append(Candidate(len(out), slot, drill, dosed.level, dosed.parts, dosed.seconds))
    return tuple(out)


def _one_version_each(
    slot: Slot, fitting: Sequence[tuple[Drill, Dosed]]
) -> list[tuple[Drill, Dosed]]:
    """A short session is offered one drill of each movement pattern (``session_shape``).

    The version kept serves the most findings, a warm-up step first; among equals it turns
    with the day of the week, so the week still sees each version. Choosing here rather than
    in the model keeps the integer program small (the rule as rows doubled the solve time).
    """

    def worth(drill: Drill) -> tuple[int, int]:
        return (len(drill.serves), int(prep_step(drill.exercise.id) is not None))

    by_pattern: dict[str, list[Drill]] = {}
    for drill, _ in fitting:
        pattern = drill.exercise.pattern
        if pattern is not None and drill not in by_pattern.setdefault(pattern, []):
            by_pattern[pattern].append(drill)
    kept: set[str] = set()
    for versions in by_pattern.values():
        best = max(worth(d) for d in versions)
        equals = sorted((d for d in versions if worth(d) == best), key=lambda d: d.exercise.id)
        kept.add(equals[slot.day % len(equals)].exercise.id)
    return [
        (drill, dosed)
        for drill, dosed in fitting
        if drill.exercise.pattern is None or drill.exercise.id in kept
    ]


def _slot_doses(slot: Slot, drill: Drill, doses: tuple[Dosed, ...]) -> tuple[Dosed, ...]:
    """The doses a drill is offered at in a session: before a run, a preparation step also
    at its brief dose (``prep.brief``), so a short budget keeps the steps."""
    if slot.context is not Context.PRE_RUN or prep_step(drill.exercise.id) is None:
        return doses
    parts = brief(doses[0].parts)
    if parts == doses[0].parts:
        return doses
    seconds = item_seconds(PlayerItem(drill.exercise, parts))
    return (Dosed(doses[0].level, parts, seconds), *doses)


def _pick_level(options: tuple[Dosed, ...], level: DoseLevel | None) -> tuple[Dosed, ...]:
    if level is None:
        return options
    return tuple(o for o in options if o.level is level) or options[:1]


def pre_run_safe(exercise: Exercise, parts: Iterable[Part]) -> bool:
    """Dynamic, activation, soft-tissue or strength work only, and no hold of 60 s or more.

    The hold limit is about stretching a muscle still (Behm 2016); rolling a muscle is not
    stretching it, so a foam roll is not held to it (its own dose is kept short instead).
    """
    if exercise.modality not in PRE_RUN_MODALITIES:
        return False
    if exercise.modality is Modality.SOFT_TISSUE:
        return True
    return all(
        part.hold_s < MAX_PRE_RUN_HOLD_S and part.hold_breaths * BREATH_S < MAX_PRE_RUN_HOLD_S
        for part in parts
    )


def _needs_pool(exercise: Exercise) -> bool:
    return any(options == {Equipment.POOL} for options in exercise.equipment_options())


def _after_run_fit(drill: Drill, slot: Slot) -> bool:
    # Straight after a run the body is warm: the rest-day work (held stretches, band work,
    # the corrective pair) fits there, without making the runner wait for a rest day.
    return slot.context is Context.POST_RUN and Context.REST_DAY in drill.exercise.contexts


def _daily_fit(drill: Drill, slot: Slot) -> bool:
    # The daily session is for work done every day: a drill made for rest days fits it too,
    # as seed 001 asks for its rest-day drills daily while the test is failed.
    return (
        slot.context is Context.DAILY
        and Context.REST_DAY in drill.exercise.contexts
        and bool(drill.serves)
    )


def _apply(
    exercise: Exercise, decision: Decision | None, catalogue: Catalogue
) -> tuple[Exercise, str | None]:
    if decision is None or decision.replacement_id is None:
        return exercise, None
    replacement = catalogue.get(decision.replacement_id)
    if _dose_is_empty(replacement.dose) and not _has_our_dose(replacement):
        # A drill with no dose, the article's or ours: carry the current one over.
        carried = OurNumber(
            field="dose",
            value=0,
            reason=f"the article gives no dose for this drill; carried over from {exercise.name}",
        )
        replacement = replace_exercise(replacement, dose=exercise.dose, ours=(carried,))
    return replacement, exercise.id


def replace_exercise(exercise: Exercise, **changes: object) -> Exercise:
    return exercise.model_copy(update=changes)


def _has_our_dose(exercise: Exercise) -> bool:
    return any(entry.field.startswith("dose.") for entry in exercise.ours)


def _dose_is_empty(dose: Dose) -> bool:
    return all(
        value is None
        for value in (dose.sets, dose.reps, dose.hold_s, dose.hold_breaths, dose.days_per_week)
    )


def _fit(
    findings: Findings, serves: tuple[str, ...], profile: Profile, decision: Decision | None
) -> Fit:
    served = [
        (item.side, Severity(item.severity) if item.severity else None)
        for item in findings.items
        if item.id in serves
    ]
    return fit_for(
        served,
        age=profile.age,
        # A drill moved up to starts its own range afresh; only practice of it counts.
        weeks_practised=decision.weeks_practised if decision and not decision.replacement_id else 0,
        from_bottom=decision is not None
        and decision.action in (Action.REGRESS, Action.MAINTAIN, Action.STOP),
    )


def _levels(decision: Decision | None) -> tuple[DoseLevel, ...]:
    if decision is None or decision.replacement_id is not None:
        return (DoseLevel.LOW, DoseLevel.HIGH)
    if decision.action in (Action.REGRESS, Action.MAINTAIN):
        return (DoseLevel.LOW,)
    if decision.action is Action.ADVANCE:
        return (DoseLevel.HIGH,)
    return (DoseLevel.LOW, DoseLevel.HIGH)


def _max_days(exercise: Exercise, decision: Decision | None) -> int:
    days = exercise.dose.days_per_week or _our_days(exercise)
    if decision is not None and decision.action is Action.MAINTAIN:
        # The fewest days of the dose's range; a single figure (seed 001's "every day while
        # the test fails") describes the corrective phase, so maintenance falls to our floor.
        if days is not None and 1 <= days.min < days.max:
            return int(days.min)
        return DEFAULT_MAINTENANCE_DAYS
    return int(days.max) if days is not None else 7

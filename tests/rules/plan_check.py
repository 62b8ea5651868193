"""Check a finished week against every hard rule, independently of how it was built.

The rules are restated here from the written method (METHOD.md "Rules that follow", the
README and docs/planning.md) and checked against the catalogue data alone: nothing comes from
the planner's filters, model or wording, only the plan's value types. A mistake in the planner
therefore shows up here instead of being repeated. One function per rule; each returns the
broken cases as sentences naming the day and the drill.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from limberup.domain.catalog import Catalogue, Exercise, Range
from limberup.domain.planning.notes import NoteCode
from limberup.domain.planning.week import (
    Findings,
    Item,
    ItemPart,
    Profile,
    Session,
    Weekday,
    WeekPlan,
)
from limberup.domain.vocabulary import Context, Equipment, Laterality, Modality, Position

PRE_RUN_MODALITIES = frozenset(
    {Modality.DYNAMIC, Modality.ACTIVATION, Modality.SOFT_TISSUE, Modality.STRENGTH}
)
"""docs/planning.md: before a run, moving and activating work only; no held stretch."""
PRE_RUN_HOLD_LIMIT_S = 60.0
"""METHOD.md: no static hold of 60 s or more per muscle before a run."""
BREATH_S = 10.0
"""The player's paced breath (4 s in, 6 s out), for holds counted in breaths."""
PREP_STEPS = (
    {"foam_rolling"},
    {"drive_backs"},
    {"deadlift", "kettlebell_swing"},
    {"straight_leg_walking_kicks"},
)
"""Seed 004's four steps before a run, in order: roll, drive-backs, hinge, walking kicks."""
BRIEF_PREP_HOLD_S = 15.0
"""Issue 13: a short pre-run keeps the steps at a smaller dose (one set; rolls of 15 s or more)."""
FLOW = {
    Position.SUPINE: 0,
    Position.PRONE: 0,
    Position.SIDE_LYING: 0,
    Position.SEATED: 0,
    Position.VARIOUS: 0,
    Position.KNEELING: 1,
    Position.HALF_KNEELING: 1,
    Position.STANDING: 2,
    Position.WALKING: 3,
}
"""Issue 13: sessions flow floor, kneeling, standing, moving; a pre-run ends on its feet."""
EVERYDAY = {
    Equipment.WALL,
    Equipment.DOORWAY,
    Equipment.ROOM_CORNER,
    Equipment.TOWEL,
    Equipment.CHAIR,
    Equipment.BED_OR_COUCH,
}
"""Issue 13: everyday things are assumed unless the runner says they lack one."""
MOST_DRILLS = {
    "pre_run": 6,
    "post_run": 4,
    "rest_day": 8,
    "daily": 4,
    "micro_break": 2,
    "gym_warmup": 6,
}
"""docs/planning.md: the most drills one session holds."""
SHORT_SESSION_MIN = 10.0
"""docs/planning.md: a session of ten minutes or less holds one drill per movement pattern."""
SLR_FINDING = "slr_limited"
PAIR = ("assisted_slr", "leg_lowering_1")
"""Seed 001's corrective pair for a failed straight-leg raise: first, then second."""
OLDER_FROM_AGE = 60
"""METHOD.md (ACSM, Garber 2011): older adults hold 30-60 s; LimberUp counts them from 60."""
OLDER_HOLD_S = 30.0
MAINTENANCE_FLOOR_DAYS = 2
"""README: a passed test drops to the maintenance dose, at least ACSM's 2 days a week."""
MINUTES_TOLERANCE = 0.051
"""Minutes are shown to one decimal; allow for that rounding."""


def violations(
    plan: WeekPlan,
    catalogue: Catalogue,
    profile: Profile,
    findings: Findings,
    *,
    maintained: frozenset[str] = frozenset(),
    hurt: frozenset[str] = frozenset(),
) -> list[str]:
    """Every broken rule; empty when all hold.

    Args:
        maintained: drills whose test now passes (progression's maintenance dose).
        hurt: drills that hurt this week: they may not appear, and cannot form the pair.
    """
    exercises = {e.id: e for e in catalogue.exercises}
    return [
        *unknown_drills(plan, exercises),
        *only_owned_kit(plan, exercises, profile),
        *no_avoided_drill(plan, profile),
        *pre_run_modalities(plan, exercises),
        *no_long_hold_before_a_run(plan),
        *pre_run_order(plan, exercises),
        *position_flow(plan, exercises),
        *session_shape(plan, exercises),
        *doses_within_ranges(plan, exercises),
        *days_a_week_within_dose(plan, exercises, maintained),
        *once_a_day(plan),
        *within_budgets(plan, profile),
        *minutes_add_up(plan),
        *corrective_pair(plan, exercises, profile, findings, hurt),
        *[
            f"{where}: {item.exercise_id} hurt this week"
            for where, _, item in _placed(plan)
            if item.exercise_id in hurt
        ],
        *no_static_hold_for_hypermobile(plan, exercises, profile, findings),
        *no_painful_region(plan, exercises, findings),
        *referral_when_pain(plan, findings),
        *every_item_says_why(plan, exercises, findings),
        *run_days_warmed_up(plan),
        *older_runners_hold_longer(plan, exercises, profile),
        *limited_side_gets_more(plan, exercises, findings),
        *named_holds_timed(plan, exercises),
    ]


def _explained(plan: WeekPlan, code: NoteCode, date: dt.date | None = None) -> bool:
    """Whether the plan carries a note with this code (on this date, when one is given).

    Pain with no place explains every gap: the week holds no drill on purpose.
    """
    return any(
        n.code is NoteCode.PAIN_UNPLACED or (n.code is code and (date is None or n.date == date))
        for n in plan.notes
    )


def _placed(plan: WeekPlan) -> Iterable[tuple[str, Session, Item]]:
    for day in plan.days:
        for session in day.sessions:
            for item in session.items:
                yield f"{day.date} {session.context.value}", session, item


def _known(plan: WeekPlan, exercises: dict[str, Exercise]) -> Iterable[tuple[str, Item, Exercise]]:
    """Each placed item with its catalogue entry (an unknown drill is reported once, apart)."""
    for where, _, item in _placed(plan):
        if (exercise := exercises.get(item.exercise_id)) is not None:
            yield where, item, exercise


def _pre_run(plan: WeekPlan) -> Iterable[tuple[str, Session]]:
    for day in plan.days:
        for session in day.sessions:
            if session.context is Context.PRE_RUN:
                yield f"{day.date} pre-run", session


def unknown_drills(plan: WeekPlan, exercises: dict[str, Exercise]) -> list[str]:
    return [
        f"{where}: {item.exercise_id} is not in the catalogue"
        for where, _, item in _placed(plan)
        if item.exercise_id not in exercises
    ]


def only_owned_kit(plan: WeekPlan, exercises: dict[str, Exercise], profile: Profile) -> list[str]:
    problems = []
    for where, _, exercise in _known(plan, exercises):
        owned = (set(profile.equipment) - {Equipment.POOL}) | (EVERYDAY - set(profile.lacks))
        if Weekday.of(dt.date.fromisoformat(where[:10])) in profile.pool_days:
            owned.add(Equipment.POOL)  # a pool only on the days the runner is at one
        for need in exercise.equipment:
            # The TOML names one item, or a list of items any one of which will do.
            options = set(need) if isinstance(need, tuple) else {need}
            if not options & owned:
                problems.append(f"{where}: {exercise.id} needs one of {sorted(options)}")
    return problems


def no_avoided_drill(plan: WeekPlan, profile: Profile) -> list[str]:
    return [
        f"{where}: {item.exercise_id} is one the runner avoids"
        for where, _, item in _placed(plan)
        if item.exercise_id in profile.avoid
    ]


def pre_run_modalities(plan: WeekPlan, exercises: dict[str, Exercise]) -> list[str]:
    problems = []
    for where, session in _pre_run(plan):
        for item in session.items:
            exercise = exercises.get(item.exercise_id)
            if exercise is not None and exercise.modality not in PRE_RUN_MODALITIES:
                problems.append(f"{where}: {exercise.id} is {exercise.modality.value} work")
    return problems


def no_long_hold_before_a_run(plan: WeekPlan) -> list[str]:
    problems = []
    for where, session in _pre_run(plan):
        for item in session.items:
            for part in item.parts:
                held = max(part.hold_s or 0.0, (part.hold_breaths or 0) * BREATH_S)
                if held >= PRE_RUN_HOLD_LIMIT_S:
                    problems.append(f"{where}: {item.exercise_id} holds {held:g} s")
    return problems


def pre_run_order(plan: WeekPlan, exercises: dict[str, Exercise]) -> list[str]:
    problems = []
    for where, session in _pre_run(plan):
        ids = [i.exercise_id for i in session.items]
        steps = [n for i in ids for n, step in enumerate(PREP_STEPS) if i in step]
        if steps != sorted(steps):
            problems.append(f"{where}: out of seed 004's order (roll, drive-backs, hinge, kicks)")
        if "straight_leg_walking_kicks" in ids and ids[-1] != "straight_leg_walking_kicks":
            problems.append(f"{where}: the walking kicks are not last before the run")
    return problems


def position_flow(plan: WeekPlan, exercises: dict[str, Exercise]) -> list[str]:
    problems = []
    for day in plan.days:
        for session in day.sessions:
            flow = [FLOW[exercises[i.exercise_id].position] for i in session.items]
            # The corrective pair's second drill follows its first wherever that is.
            if flow != sorted(flow) and not _pair_breaks_flow(session):
                label = f"{day.date} {session.context.value}"
                problems.append(f"{label}: goes back down (floor, kneel, stand, move)")
    return problems


def _pair_breaks_flow(session: Session) -> bool:
    ids = [i.exercise_id for i in session.items]
    return all(drill in ids for drill in PAIR)


def session_shape(plan: WeekPlan, exercises: dict[str, Exercise]) -> list[str]:
    problems = []
    for day in plan.days:
        for session in day.sessions:
            label = f"{day.date} {session.context.value}"
            if len(session.items) > MOST_DRILLS[session.context.value]:
                problems.append(f"{label}: {len(session.items)} drills")
            if session.budget_minutes > SHORT_SESSION_MIN:
                continue
            patterns = [exercises[i.exercise_id].pattern for i in session.items]
            named = [p for p in patterns if p is not None]
            if len(named) != len(set(named)):
                problems.append(f"{label}: two drills of one movement pattern in {named}")
    return problems


def doses_within_ranges(plan: WeekPlan, exercises: dict[str, Exercise]) -> list[str]:
    problems = []
    brief = {
        (where, item.exercise_id)
        for where, session, item in _placed(plan)
        if session.context is Context.PRE_RUN
        and any(item.exercise_id in step for step in PREP_STEPS)
    }
    for where, item, exercise in _known(plan, exercises):
        if (where, item.exercise_id) in brief and all(
            part.sets == 1 and (part.hold_s or BRIEF_PREP_HOLD_S) >= BRIEF_PREP_HOLD_S
            for part in item.parts
        ):
            continue  # a preparation step at its brief dose
        for part in item.parts:
            dose = exercise.dose_of(part.variant_id)
            for name, value, span in (
                ("sets", part.sets, dose.sets),
                ("reps", part.reps, dose.reps),
                ("hold_s", part.hold_s or 0.0, dose.hold_s),
                ("hold_breaths", part.hold_breaths or 0, dose.hold_breaths),
            ):
                if span is not None and not _within(value, span):
                    problems.append(
                        f"{where}: {exercise.id} {name} {value} outside {span.min:g}-{span.max:g}"
                    )
    return problems


def older_runners_hold_longer(
    plan: WeekPlan, exercises: dict[str, Exercise], profile: Profile
) -> list[str]:
    """A runner of 60 or more holds a static stretch at least 30 s wherever the article's
    range reaches it; an active drill's end-range pause keeps its own range."""
    if profile.age is None or profile.age < OLDER_FROM_AGE:
        return []
    problems = []
    for where, item, exercise in _known(plan, exercises):
        if exercise.modality is not Modality.STATIC_HOLD:
            continue
        for part in item.parts:
            span = exercise.dose_of(part.variant_id).hold_s
            if span is not None and part.hold_s and part.hold_s < min(span.max, OLDER_HOLD_S):
                problems.append(
                    f"{where}: {exercise.id} holds {part.hold_s:g} s for a runner of "
                    f"{profile.age} (at least {min(span.max, OLDER_HOLD_S):g} s)"
                )
    return problems


def limited_side_gets_more(
    plan: WeekPlan, exercises: dict[str, Exercise], findings: Findings
) -> list[str]:
    """A one-sided drill serving a finding on one side only gives that side more reps; no
    other drill favours a side."""
    problems = []
    for where, item, exercise in _known(plan, exercises):
        sides = {f.side for f in findings.items if f.id in item.serves and f.side is not None}
        one_sided = exercise.laterality is Laterality.EACH_SIDE and len(sides) == 1
        expected = next(iter(sides)) if one_sided else None
        for part in item.parts:
            if part.limited_side != expected or (part.extra_reps > 0) != (expected is not None):
                problems.append(
                    f"{where}: {exercise.id} favours {part.limited_side} by {part.extra_reps} "
                    f"reps; its findings ask for {expected or 'neither side'}"
                )
    return problems


def named_holds_timed(plan: WeekPlan, exercises: dict[str, Exercise]) -> list[str]:
    """Every hold position the article names (and a once-a-set pause) reaches the plan."""
    problems = []
    for where, item, exercise in _known(plan, exercises):
        for part in item.parts:
            dose = exercise.dose_of(part.variant_id)
            if tuple(part.hold_at) != dose.hold_at or part.hold_per_set != dose.hold_per_set:
                problems.append(
                    f"{where}: {exercise.id} holds at {list(part.hold_at)}, the article names "
                    f"{list(dose.hold_at)}"
                )
    return problems


def _within(value: float, span: Range) -> bool:
    return span.min <= value <= span.max


def allowed_days(exercise: Exercise, *, maintained: bool) -> int:
    """Days a week the dose allows (the article's, else our exported figure); the
    maintenance dose is its fewest, at least our floor."""
    days = exercise.dose.days_per_week
    ours = [o.value for o in exercise.ours if o.field == "dose.days_per_week"]
    if days is None and ours:
        days = Range(min=ours[0], max=ours[0])
    if maintained:
        if days is not None and 1 <= days.min < days.max:
            return int(days.min)
        return MAINTENANCE_FLOOR_DAYS
    return int(days.max) if days is not None else 7


def days_a_week_within_dose(
    plan: WeekPlan, exercises: dict[str, Exercise], maintained: frozenset[str]
) -> list[str]:
    days: defaultdict[str, set[dt.date]] = defaultdict(set)
    for day in plan.days:
        for session in day.sessions:
            for item in session.items:
                days[item.exercise_id].add(day.date)
    problems = []
    for exercise_id, dates in days.items():
        exercise = exercises.get(exercise_id)
        if exercise is None:
            continue
        limit = allowed_days(exercise, maintained=exercise_id in maintained)
        if len(dates) > limit:
            problems.append(f"{exercise_id}: on {len(dates)} days, its dose allows {limit}")
    return problems


def once_a_day(plan: WeekPlan) -> list[str]:
    problems = []
    for day in plan.days:
        ids = [i.exercise_id for s in day.sessions for i in s.items]
        for exercise_id in sorted({i for i in ids if ids.count(i) > 1}):
            problems.append(f"{day.date}: {exercise_id} appears {ids.count(exercise_id)} times")
    return problems


def within_budgets(plan: WeekPlan, profile: Profile) -> list[str]:
    problems = []
    for day in plan.days:
        for session in day.sessions:
            budget = profile.minutes.of(session.context)
            if session.minutes > budget + MINUTES_TOLERANCE:
                problems.append(
                    f"{day.date} {session.context.value}: {session.minutes} min over {budget}"
                )
    return problems


def minutes_add_up(plan: WeekPlan) -> list[str]:
    """A session's minutes are its items' (each rounded to 0.1), and no item takes less
    time than its holds alone."""
    problems = []
    for day in plan.days:
        for session in day.sessions:
            where = f"{day.date} {session.context.value}"
            items = sum(i.minutes for i in session.items)
            slack = MINUTES_TOLERANCE * (len(session.items) + 1)
            if abs(items - session.minutes) > slack:
                problems.append(f"{where}: shows {session.minutes} min, its items {items:.1f}")
            for item in session.items:
                held = sum(_held_s(part, item.sides) for part in item.parts)
                if held / 60 > item.minutes + MINUTES_TOLERANCE:
                    problems.append(
                        f"{where}: {item.exercise_id} shows {item.minutes} min, "
                        f"its holds alone take {held / 60:.2f}"
                    )
    return problems


def _held_s(part: ItemPart, sides: int) -> float:
    """Seconds held in a part: each named position of each rep (or once a set), every side;
    the limited side's extra reps hold too."""
    per_hold = (part.hold_s or 0.0) + (part.hold_breaths or 0) * BREATH_S
    extra = part.extra_reps if part.limited_side is not None else 0
    reps = sides if part.hold_per_set else part.reps * sides + extra
    return part.sets * reps * max(1, len(part.hold_at)) * per_hold


def corrective_pair(
    plan: WeekPlan,
    exercises: dict[str, Exercise],
    profile: Profile,
    findings: Findings,
    hurt: frozenset[str] = frozenset(),
) -> list[str]:
    """While the straight-leg raise fails: the pair (or the drills it progressed to) every
    day, in one session, second straight after first; a coded note for each gap."""
    if not findings.has(SLR_FINDING):
        return []
    first_ids, second_ids = (_with_progressions(p, exercises) for p in PAIR)
    on_plan = {item.exercise_id for _, _, item in _placed(plan)}
    if not all(
        (base not in hurt and _usable(exercises[base], profile, findings))
        or bool((ids - {base}) & on_plan)
        for base, ids in zip(PAIR, (first_ids, second_ids), strict=True)
    ):
        if _explained(plan, NoteCode.PAIR_UNAVAILABLE):
            return []
        return ["the corrective pair cannot be done and no note says so"]
    problems = []
    missed = 0
    for day in plan.days:
        together = False
        for session in day.sessions:
            ids = [i.exercise_id for i in session.items]
            for position, exercise_id in enumerate(ids):
                after = ids[position + 1] if position + 1 < len(ids) else None
                before = ids[position - 1] if position > 0 else None
                if exercise_id in first_ids and after in second_ids:
                    together = True
                elif exercise_id in first_ids:
                    problems.append(f"{day.date}: {exercise_id} without its second straight after")
                elif exercise_id in second_ids and before not in first_ids:
                    problems.append(f"{day.date}: {exercise_id} without its first just before")
        missed += not together
    if missed and not (
        _explained(plan, NoteCode.PAIR_MISSED_DAYS) or _explained(plan, NoteCode.PAIR_UNAVAILABLE)
    ):
        problems.append(f"the corrective pair is missing on {missed} days and no note says so")
    return problems


def _usable(exercise: Exercise, profile: Profile, findings: Findings) -> bool:
    """Whether the rules let this runner do the drill at all (kit, wishes, pain, joints)."""
    owned = (set(profile.equipment) - {Equipment.POOL}) | (EVERYDAY - set(profile.lacks))
    hypermobile = findings.hypermobile or bool(profile.hypermobile)
    return (
        all((set(n) if isinstance(n, tuple) else {n}) & owned for n in exercise.equipment)
        and exercise.id not in profile.avoid
        and not set(exercise.loads or exercise.regions) & findings.painful_regions
        and not findings.pain_unplaced
        and not (hypermobile and (exercise.modality is Modality.STATIC_HOLD or exercise.risks))
    )


def _with_progressions(exercise_id: str, exercises: dict[str, Exercise]) -> set[str]:
    reached, frontier = {exercise_id}, [exercise_id]
    while frontier:
        exercise = exercises.get(frontier.pop())
        for link in exercise.progressions if exercise else ():
            if link not in reached:
                reached.add(link)
                frontier.append(link)
    return reached


def no_static_hold_for_hypermobile(
    plan: WeekPlan, exercises: dict[str, Exercise], profile: Profile, findings: Findings
) -> list[str]:
    if not (findings.hypermobile or profile.hypermobile):
        return []
    return [
        f"{where}: {item.exercise_id} is a static hold or a stretch ({exercise.risks}) "
        "for a hypermobile runner"
        for where, item, exercise in _known(plan, exercises)
        if exercise.modality is Modality.STATIC_HOLD or exercise.risks
    ]


def no_painful_region(
    plan: WeekPlan, exercises: dict[str, Exercise], findings: Findings
) -> list[str]:
    problems = []
    for where, _, item in _placed(plan):
        exercise = exercises.get(item.exercise_id)
        loads = set(exercise.loads or exercise.regions) if exercise else set()
        hurt = loads & findings.painful_regions
        if hurt:
            problems.append(f"{where}: {item.exercise_id} loads painful {sorted(hurt)}")
        if findings.pain_unplaced:
            problems.append(f"{where}: {item.exercise_id} planned despite pain with no place")
    return problems


def referral_when_pain(plan: WeekPlan, findings: Findings) -> list[str]:
    pain = findings.painful_regions or findings.refer or findings.pain_unplaced
    if pain and not (plan.refer and plan.referral):
        return ["pain was reported but the plan shows no referral message"]
    return []


def every_item_says_why(
    plan: WeekPlan, exercises: dict[str, Exercise], findings: Findings
) -> list[str]:
    """A why on every item; it serves exactly the findings present that the drill targets."""
    present = {f.id for f in findings.items}
    problems = []
    for where, _, item in _placed(plan):
        exercise = exercises.get(item.exercise_id)
        if not item.why.strip():
            problems.append(f"{where}: {item.exercise_id} has no why")
        if exercise is not None and set(item.serves) != set(exercise.targets) & present:
            problems.append(
                f"{where}: {item.exercise_id} serves {sorted(item.serves)}, "
                f"it targets {sorted(set(exercise.targets) & present)} of the findings"
            )
    return problems


def run_days_warmed_up(plan: WeekPlan) -> list[str]:
    return [
        f"{day.date}: a run day without a pre-run session or a note"
        for day in plan.days
        if day.run
        and not any(s.context is Context.PRE_RUN for s in day.sessions)
        and not _explained(plan, NoteCode.PRE_RUN_TOO_SHORT, day.date)
        and not _explained(plan, NoteCode.PRE_RUN_GATED, day.date)
        and not _explained(plan, NoteCode.NO_PRE_RUN_MINUTES)
    ]

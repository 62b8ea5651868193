"""The week as an integer program: one binary per candidate, plus coverage indicators.

Maximises :func:`~limberup.domain.planning.score.score` (the same weights) over the
candidates at their lightest dose, subject to the rules that tie candidates together:

- each session within its time budget, and within its shape (``session_shape``: a few drills,
  one per movement pattern in a short session);
- each drill at most once a day, and on no more days than its dose allows;
- while the straight-leg raise fails, the assisted raise and leg lowering share a session
  (both or neither), and the pair counts once per day it is done.

Coverage indicators (a finding served on a day, a region or plane in the week, a drill used,
a day with work, a step of the pre-run preparation in a session, a rule kept) are continuous
in [0, 1] and bounded by the binaries they count; as the objective rewards them, at an
optimum they equal 0 or 1.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from limberup.domain.planning.candidates import Candidate, Slot
from limberup.domain.planning.integer_program import IntegerProgram
from limberup.domain.planning.score import (
    ACTIVE_DAY_GAIN,
    FINDING_DAY_GAIN,
    PLANE_GAIN,
    PREFERRED_GAIN,
    PREP_STEP_GAIN,
    REGION_GAIN,
    RULE_GAIN,
    VARIETY_GAIN,
    PairRule,
    prep_steps_held,
    severities,
)
from limberup.domain.planning.session_shape import MAX_DRILLS, one_per_pattern
from limberup.domain.planning.week import Findings, Profile
from limberup.domain.vocabulary import RUNNING_REGIONS, Context


@dataclass(frozen=True, slots=True)
class WeekModel:
    program: IntegerProgram
    candidates: tuple[Candidate, ...]
    """Candidate ``i`` is the program's variable ``i``."""

    def chosen(self, values: Sequence[float]) -> tuple[Candidate, ...]:
        return tuple(c for c in self.candidates if values[c.index] > 0.5)


def build_model(
    candidates: Sequence[Candidate],
    slots: Sequence[Slot],
    *,
    findings: Findings,
    profile: Profile,
    pair: PairRule | None,
) -> WeekModel:
    ip = IntegerProgram()
    for candidate in candidates:
        ip.add_variable(f"x{candidate.index}")
    _budgets(ip, candidates)
    _session_shape(ip, candidates)
    _drill_limits(ip, candidates)
    _pre_run_rule(ip, candidates, slots)
    if pair is not None:
        _pair_rule(ip, candidates, pair)
    _coverage(ip, candidates, findings, frozenset(profile.prefer))
    return WeekModel(ip, tuple(candidates))


def _indicator(ip: IntegerProgram, name: str, gain: float, over: Sequence[int]) -> None:
    """A [0, 1] variable worth ``gain`` that can be 1 only if one of ``over`` is chosen."""
    if not over:
        return
    z = ip.add_variable(name, gain=gain, integer=False)
    ip.add_row({z: 1.0, **dict.fromkeys(over, -1.0)}, upper=0.0)


def _budgets(ip: IntegerProgram, candidates: Sequence[Candidate]) -> None:
    by_slot: dict[int, list[Candidate]] = defaultdict(list)
    for candidate in candidates:
        by_slot[candidate.slot.index].append(candidate)
    for members in by_slot.values():
        if sum(c.seconds for c in members) > members[0].slot.budget_s:
            ip.add_row({c.index: c.seconds for c in members}, upper=members[0].slot.budget_s)


def _session_shape(ip: IntegerProgram, candidates: Sequence[Candidate]) -> None:
    """At most ``MAX_DRILLS`` drills a session; one per movement pattern in a short one."""
    by_slot: dict[int, list[Candidate]] = defaultdict(list)
    for candidate in candidates:
        by_slot[candidate.slot.index].append(candidate)
    for members in by_slot.values():
        slot = members[0].slot
        cap = MAX_DRILLS[slot.context]
        if len({c.drill.exercise.id for c in members}) > cap:
            ip.add_row(dict.fromkeys((c.index for c in members), 1.0), upper=float(cap))
        if not one_per_pattern(slot.context, slot.budget_s):
            continue
        patterns: dict[str, list[int]] = defaultdict(list)
        for c in members:
            if c.drill.exercise.pattern is not None:
                patterns[c.drill.exercise.pattern].append(c.index)
        for same in patterns.values():
            if len({candidates[i].drill.exercise.id for i in same}) > 1:
                ip.add_row(dict.fromkeys(same, 1.0), upper=1.0)


def _drill_limits(ip: IntegerProgram, candidates: Sequence[Candidate]) -> None:
    per_day: dict[tuple[str, int], list[int]] = defaultdict(list)
    per_week: dict[str, list[int]] = defaultdict(list)
    for c in candidates:
        per_day[(c.drill.exercise.id, c.slot.day)].append(c.index)
        per_week[c.drill.exercise.id].append(c.index)
    for members in per_day.values():
        if len(members) > 1:
            ip.add_row(dict.fromkeys(members, 1.0), upper=1.0)
    limits = {c.drill.exercise.id: c.drill.max_days for c in candidates}
    for drill, members in per_week.items():
        days = len({candidates[i].slot.day for i in members})
        if days > limits[drill]:
            ip.add_row(dict.fromkeys(members, 1.0), upper=float(limits[drill]))


def _pre_run_rule(
    ip: IntegerProgram, candidates: Sequence[Candidate], slots: Sequence[Slot]
) -> None:
    for slot in slots:
        if slot.context is Context.PRE_RUN:
            members = [c.index for c in candidates if c.slot.index == slot.index]
            _indicator(ip, f"pre_run{slot.index}", RULE_GAIN, members)


def _pair_rule(ip: IntegerProgram, candidates: Sequence[Candidate], pair: PairRule) -> None:
    firsts: dict[int, list[int]] = defaultdict(list)
    seconds: dict[int, list[int]] = defaultdict(list)
    for c in candidates:
        if c.drill.exercise.id == pair.first:
            firsts[c.slot.index].append(c.index)
        elif c.drill.exercise.id == pair.second:
            seconds[c.slot.index].append(c.index)
    for slot in firsts.keys() | seconds.keys():
        row = dict.fromkeys(firsts[slot], 1.0) | dict.fromkeys(seconds[slot], -1.0)
        ip.add_row(row, lower=0.0, upper=0.0)
    for day in sorted(pair.days):
        members = [
            i for members in firsts.values() for i in members if candidates[i].slot.day == day
        ]
        _indicator(ip, f"pair{day}", RULE_GAIN, members)


def _coverage(
    ip: IntegerProgram, candidates: Sequence[Candidate], findings: Findings, prefer: frozenset[str]
) -> None:
    weights = severities(findings)
    served: dict[tuple[str, int], list[int]] = defaultdict(list)
    regions: dict[object, list[int]] = defaultdict(list)
    planes: dict[object, list[int]] = defaultdict(list)
    drills: dict[object, list[int]] = defaultdict(list)
    days: dict[object, list[int]] = defaultdict(list)
    steps: dict[tuple[int, int], list[int]] = defaultdict(list)
    for c in candidates:
        exercise = c.drill.exercise
        for held in prep_steps_held((c,)):
            steps[held].append(c.index)
        for finding in c.drill.serves:
            if finding in weights:
                served[(finding, c.slot.day)].append(c.index)
        for region in exercise.regions:
            if region in RUNNING_REGIONS:
                regions[region].append(c.index)
        for plane in exercise.planes:
            planes[plane].append(c.index)
        drills[exercise.id].append(c.index)
        days[c.slot.day].append(c.index)
    for (finding, day), members in served.items():
        _indicator(ip, f"serve_{finding}_{day}", FINDING_DAY_GAIN * weights[finding], members)
    for gain, groups in ((REGION_GAIN, regions), (PLANE_GAIN, planes), (ACTIVE_DAY_GAIN, days)):
        for key, members in groups.items():
            _indicator(ip, f"cover_{key}", gain, members)
    for drill, members in drills.items():
        gain = VARIETY_GAIN + (PREFERRED_GAIN if drill in prefer else 0.0)
        _indicator(ip, f"drill_{drill}", gain, members)
    for (slot, step), members in steps.items():
        _indicator(ip, f"prep{slot}_{step}", PREP_STEP_GAIN, members)

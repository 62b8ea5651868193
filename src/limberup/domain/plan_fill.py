"""After the optimum: fill leftover minutes and raise doses, without leaving the optimum.

The objective only counts what is covered, so adding a drill can never lower it; at an optimum
it cannot raise it either. Filling and dosing are therefore tie-breaks among optimal weeks,
chosen to give the runner full sessions: drills that serve a finding first, then preferred
ones, then those used on fewest days, and the fuller dose wherever the time allows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from limberup.domain.plan_candidates import Candidate
from limberup.domain.plan_score import PairRule, severities
from limberup.domain.planning import Findings, Profile


def fill_week(
    chosen: Sequence[Candidate],
    options: Sequence[Candidate],
    *,
    findings: Findings,
    profile: Profile,
    pair: PairRule | None,
) -> list[Candidate]:
    """``chosen`` plus every further drill that still keeps the rules, most useful first."""
    week = list(chosen)
    weights = severities(findings)
    paired = {pair.first, pair.second} if pair else set()
    used = _seconds_used(week)
    days = _days_used(week)

    def priority(c: Candidate) -> tuple[float, int, int, float, int]:
        serves = sum(weights.get(f, 0.0) for f in c.drill.serves)
        preferred = int(c.drill.exercise.id in profile.prefer)
        return (-serves, -preferred, len(days[c.drill.exercise.id]), c.seconds, c.index)

    for slot_index in sorted({c.slot.index for c in options}):
        pool = [c for c in options if c.slot.index == slot_index]
        for c in sorted(pool, key=priority):
            drill = c.drill.exercise.id
            if drill in paired or c.slot.day in days[drill] or len(days[drill]) >= c.drill.max_days:
                continue
            if used[slot_index] + c.seconds <= c.slot.budget_s:
                week.append(c)
                used[slot_index] += c.seconds
                days[drill].add(c.slot.day)
    return week


def raise_doses(
    week: Sequence[Candidate],
    fuller: Mapping[tuple[int, str], Candidate],
    *,
    findings: Findings,
    pair: PairRule | None,
) -> list[Candidate]:
    """Swap in the fuller dose of each drill while its session has the minutes for it."""
    weights = severities(findings)
    paired = {pair.first, pair.second} if pair else set()
    used = _seconds_used(week)
    result = list(week)

    def priority(i: int) -> tuple[int, float, int]:
        c = result[i]
        serves = sum(weights.get(f, 0.0) for f in c.drill.serves)
        return (-int(c.drill.exercise.id in paired), -serves, c.index)

    for i in sorted(range(len(result)), key=priority):
        current = result[i]
        better = fuller.get((current.slot.index, current.drill.exercise.id))
        if better is None or better.level is current.level:
            continue
        extra = better.seconds - current.seconds
        if used[current.slot.index] + extra <= current.slot.budget_s:
            result[i] = better
            used[current.slot.index] += extra
    return result


def _seconds_used(week: Sequence[Candidate]) -> defaultdict[int, float]:
    used: defaultdict[int, float] = defaultdict(float)
    for c in week:
        used[c.slot.index] += c.seconds
    return used


def _days_used(week: Sequence[Candidate]) -> defaultdict[str, set[int]]:
    days: defaultdict[str, set[int]] = defaultdict(set)
    for c in week:
        days[c.drill.exercise.id].add(c.slot.day)
    return days

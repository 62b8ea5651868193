"""A feasible week without the solver, for when it fails: greedy, and reported as not optimal."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from limberup.domain.plan_candidates import Candidate
from limberup.domain.plan_score import PairRule, item_gain, severities
from limberup.domain.planning import Findings, Profile


def greedy_week(
    candidates: Sequence[Candidate], *, findings: Findings, profile: Profile, pair: PairRule | None
) -> tuple[Candidate, ...]:
    """Fill each session with the most valuable drills that still fit every rule."""
    weights = severities(findings)

    def value(candidate: Candidate) -> float:
        served = sum(weights.get(f, 0.0) for f in candidate.drill.serves)
        is_pair = pair is not None and candidate.drill.exercise.id in (pair.first, pair.second)
        return (1000.0 if is_pair else 0.0) + 10 * served + item_gain(candidate, profile)

    used_s: defaultdict[int, float] = defaultdict(float)
    days_used: dict[str, set[int]] = {}
    chosen: list[Candidate] = []
    by_slot = sorted(candidates, key=lambda c: (c.slot.index, -value(c)))
    for candidate in by_slot:
        group = [candidate]
        if pair is not None and candidate.drill.exercise.id == pair.second:
            continue  # added together with the first
        if pair is not None and candidate.drill.exercise.id == pair.first:
            partner = _partner(candidates, candidate, pair.second)
            if partner is None:
                continue
            group.append(partner)
        if all(_fits(c, days_used) for c in group) and _fits_together(group, used_s):
            for c in group:
                chosen.append(c)
                used_s[c.slot.index] += c.seconds
                days_used.setdefault(c.drill.exercise.id, set()).add(c.slot.day)
    return tuple(chosen)


def _partner(candidates: Sequence[Candidate], first: Candidate, second: str) -> Candidate | None:
    options = [
        c for c in candidates if c.slot.index == first.slot.index and c.drill.exercise.id == second
    ]
    return min(options, key=lambda c: c.seconds, default=None)


def _fits(candidate: Candidate, days_used: dict[str, set[int]]) -> bool:
    days = days_used.get(candidate.drill.exercise.id, set())
    return candidate.slot.day not in days and len(days) < candidate.drill.max_days


def _fits_together(group: Sequence[Candidate], used_s: defaultdict[int, float]) -> bool:
    slot = group[0].slot
    return used_s[slot.index] + sum(c.seconds for c in group) <= slot.budget_s

"""A week without the solver, for when it fails: greedy, keeps every rule, reported not optimal."""

from __future__ import annotations

from collections.abc import Sequence

from limberup.domain.plan_candidates import Candidate, Slot
from limberup.domain.plan_fill import fill_week
from limberup.domain.plan_score import PairRule
from limberup.domain.planning import Findings, Profile
from limberup.domain.vocabulary import Context


def greedy_week(
    options: Sequence[Candidate],
    slots: Sequence[Slot],
    *,
    findings: Findings,
    profile: Profile,
    pair: PairRule | None,
) -> list[Candidate]:
    """The corrective pair where it fits, the lightest drill before each run, then fill."""
    week: list[Candidate] = []
    if pair is not None:
        for day in sorted(pair.days):
            week.extend(_pair_on(day, options, pair))
    for slot in slots:
        if slot.context is Context.PRE_RUN:
            lightest = min(
                (c for c in options if c.slot.index == slot.index),
                key=lambda c: c.seconds,
                default=None,
            )
            if lightest is not None:
                week.append(lightest)
    return fill_week(week, options, findings=findings, profile=profile, pair=pair)


def _pair_on(day: int, options: Sequence[Candidate], pair: PairRule) -> list[Candidate]:
    for slot_index in sorted({c.slot.index for c in options if c.slot.day == day}):
        here = [c for c in options if c.slot.index == slot_index]
        first = next((c for c in here if c.drill.exercise.id == pair.first), None)
        second = next((c for c in here if c.drill.exercise.id == pair.second), None)
        if first and second and first.seconds + second.seconds <= first.slot.budget_s:
            return [first, second]
    return []

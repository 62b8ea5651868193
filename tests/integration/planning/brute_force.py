"""Exhaustive search over every week the rules allow: the reference the solver must match.

It walks the sessions one by one, trying every subset of each session's candidates that fits
its budget, and scores each complete week with ``plan_score.score``, which is written apart
from the integer program.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import combinations

from limberup.domain.planning.candidates import Candidate
from limberup.domain.planning.planner import WeekProblem
from limberup.domain.planning.score import PairRule, score
from limberup.domain.planning.week import Findings, Profile
from limberup.domain.vocabulary import Context


def session_choices(
    options: Sequence[Candidate], pair: PairRule | None
) -> list[tuple[Candidate, ...]]:
    """Every subset of one session's candidates that fits its budget and keeps the pair whole."""
    out = []
    for size in range(len(options) + 1):
        for chosen in combinations(options, size):
            drills = [c.drill.exercise.id for c in chosen]
            if len(drills) != len(set(drills)):
                continue
            if chosen and sum(c.seconds for c in chosen) > chosen[0].slot.budget_s:
                continue
            if pair is not None and (pair.first in drills) != (pair.second in drills):
                continue
            out.append(chosen)
    return out


def weeks(problem: WeekProblem) -> Iterator[tuple[Candidate, ...]]:
    per_slot = [
        session_choices([c for c in problem.candidates if c.slot.index == s.index], problem.pair)
        for s in problem.slots
    ]

    def walk(index: int, so_far: tuple[Candidate, ...]) -> Iterator[tuple[Candidate, ...]]:
        if index == len(per_slot):
            yield so_far
            return
        for choice in per_slot[index]:
            week = so_far + choice
            if _within_limits(week):
                yield from walk(index + 1, week)

    yield from walk(0, ())


def count_weeks(problem: WeekProblem) -> int:
    total = 1
    for s in problem.slots:
        total *= len(
            session_choices(
                [c for c in problem.candidates if c.slot.index == s.index], problem.pair
            )
        )
    return total


def _within_limits(week: Sequence[Candidate]) -> bool:
    per_day = Counter((c.drill.exercise.id, c.slot.day) for c in week)
    if any(n > 1 for n in per_day.values()):
        return False
    days = Counter(c.drill.exercise.id for c in week)
    return all(days[c.drill.exercise.id] <= c.drill.max_days for c in week)


def best_score(problem: WeekProblem, *, findings: Findings, profile: Profile) -> float:
    pre_run = [s.index for s in problem.slots if s.context is Context.PRE_RUN]
    return max(
        score(week, findings=findings, profile=profile, pre_run_slots=pre_run, pair=problem.pair)
        for week in weeks(problem)
    )

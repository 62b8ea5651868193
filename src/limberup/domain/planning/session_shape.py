"""How big a session may grow: a budget is a ceiling on time, not a target to fill.

A coach gives a handful of drills, not every drill that fits the minutes, and does not put
two versions of one movement into a short session (three straight-leg kicks in an eight-minute
warm-up teach nothing the first did not). Both limits are constraints of the integer model
(``model``) and of the placer's ledger (``placer``), so a filled week keeps them too.
"""

from __future__ import annotations

from collections.abc import Iterable

from limberup.domain.catalog import Exercise
from limberup.domain.vocabulary import Context

MAX_DRILLS: dict[Context, int] = {
    Context.PRE_RUN: 6,
    Context.REST_DAY: 8,
    Context.DAILY: 4,
    Context.MICRO_BREAK: 2,
    Context.GYM_WARMUP: 6,
}
"""Ours: the most drills one session holds. Before a run, seed 004's four steps and two
more; a rest day, about what 20-30 minutes of careful work takes; the daily session, the
corrective pair and two; a work break, two drills done at a desk."""
SHORT_SESSION_S = 10 * 60
"""Ours: a session of ten minutes or less holds one drill of each movement pattern."""


def patterns_repeated(exercises: Iterable[Exercise]) -> bool:
    """Whether two of ``exercises`` share a movement pattern (drills without one never do)."""
    seen: set[str] = set()
    for exercise in exercises:
        if exercise.pattern is None:
            continue
        if exercise.pattern in seen:
            return True
        seen.add(exercise.pattern)
    return False


def one_per_pattern(context: Context, budget_s: float) -> bool:
    """Whether a session of this kind and budget keeps to one drill per movement pattern."""
    return budget_s <= SHORT_SESSION_S

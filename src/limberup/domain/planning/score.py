"""What makes one week better than another: the planner's objective, stated once.

The integer program in ``model`` maximises exactly this score; :func:`score` computes it
straight from a set of chosen candidates, so tests can check the solver (and a brute-force
search) against an independent reckoning. The weights are ours: the two rules the budgets may
not always allow (a pre-run session on every run day, the corrective pair every day while the
straight-leg raise fails) outweigh everything else together, then the findings, then covering
the running regions and the three planes, then variety, preferences and spread.

Every gain counts something covered (a finding on a day, a region, a plane, a drill, a day),
never an item or a minute, so adding a drill never lowers the score. That lets the planner
fill leftover time and raise doses after the solve without leaving the optimum, and keeps the
model free of knapsack-style ties that make optimality slow to prove. All gains are whole
numbers, so the optimum is one too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from limberup.domain.planning.candidates import Candidate
from limberup.domain.planning.prep import prep_step
from limberup.domain.planning.week import Findings, Profile
from limberup.domain.vocabulary import RUNNING_REGIONS, Context, Region, Status

RULE_GAIN = 100_000.0
"""Per run day with a pre-run session and per day with the corrective pair."""
FINDING_DAY_GAIN = 10.0
"""Per day a finding is served, times its severity."""
REGION_GAIN = 4.0
PLANE_GAIN = 4.0
VARIETY_GAIN = 2.0
"""Per distinct drill in the week."""
PREFERRED_GAIN = 1.0
"""Per distinct drill the runner prefers."""
ACTIVE_DAY_GAIN = 3.0
"""Per day with any work: spread the work across the week."""
PREP_STEP_GAIN = 6.0
"""Per step of seed 004's pre-run preparation (``prep``) in each pre-run session: more than
a drill's variety or a preference, less than serving a finding on a day, so a limited ankle
still gets its drill before the run when the minutes allow only one of the two."""

SEVERITY = {Status.LIMITED: 1.0, Status.ASYMMETRIC: 0.8, Status.HYPERMOBILE: 1.0}
# x FINDING_DAY_GAIN: 10 and 8, whole numbers.
"""Per side: a side below its norm counts fully, a left-right gap a little less."""


def severities(findings: Findings) -> dict[str, float]:
    """Each finding id's weight: the sum over its sides, so two limited sides weigh double."""
    weights: dict[str, float] = {}
    for item in findings.items:
        weights[item.id] = weights.get(item.id, 0.0) + SEVERITY.get(item.status, 0.0)
    return {finding: weight for finding, weight in weights.items() if weight > 0}


@dataclass(frozen=True, slots=True)
class PairRule:
    """The corrective pair, as drills of this week: first, then second right after."""

    first: str
    second: str
    days: frozenset[int]
    """Days on which the pair can fit in some session; the rule applies to these."""


def score(
    chosen: Sequence[Candidate],
    *,
    findings: Findings,
    profile: Profile,
    pre_run_slots: Iterable[int],
    pair: PairRule | None,
) -> float:
    """The objective of a week made of ``chosen``, computed without the solver."""
    total = 0.0
    by_slot = {candidate.slot.index for candidate in chosen}
    total += RULE_GAIN * sum(1 for slot in pre_run_slots if slot in by_slot)
    if pair is not None:
        pair_days = {c.slot.day for c in chosen if c.drill.exercise.id == pair.first}
        total += RULE_GAIN * len(pair_days & pair.days)
    weights = severities(findings)
    served = {(f, c.slot.day) for c in chosen for f in c.drill.serves if f in weights}
    total += FINDING_DAY_GAIN * sum(weights[f] for f, _ in served)
    total += REGION_GAIN * len(covered_regions(chosen))
    total += PLANE_GAIN * len({p for c in chosen for p in c.drill.exercise.planes})
    drills = {c.drill.exercise.id for c in chosen}
    total += VARIETY_GAIN * len(drills) + PREFERRED_GAIN * len(drills & set(profile.prefer))
    total += ACTIVE_DAY_GAIN * len({c.slot.day for c in chosen})
    total += PREP_STEP_GAIN * len(prep_steps_held(chosen))
    return total


def prep_steps_held(chosen: Iterable[Candidate]) -> set[tuple[int, int]]:
    """The (pre-run session, preparation step) pairs ``chosen`` holds."""
    return {
        (c.slot.index, step)
        for c in chosen
        if c.slot.context is Context.PRE_RUN
        and (step := prep_step(c.drill.exercise.id)) is not None
    }


def covered_regions(chosen: Iterable[Candidate]) -> set[Region]:
    return {r for c in chosen for r in c.drill.exercise.regions if r in RUNNING_REGIONS}

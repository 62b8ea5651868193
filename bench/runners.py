"""Random but plausible runners and findings for the planner benchmarks (seeded, repeatable)."""

from __future__ import annotations

import random

from limberup.domain.planning.week import Budgets, FindingInput, Findings, Profile, Weekday
from limberup.domain.vocabulary import TARGETS, Equipment, Region, Side, Status, TestId

COMMON_KIT = [
    Equipment.WALL,
    Equipment.DOORWAY,
    Equipment.STRAP,
    Equipment.LIGHT_BAND,
    Equipment.FOAM_ROLLER,
    Equipment.TOWEL,
    Equipment.MAT,
    Equipment.BED_OR_COUCH,
    Equipment.STEP,
    Equipment.CHAIR,
]


def random_runner(rng: random.Random) -> tuple[Profile, Findings]:
    profile = Profile(
        run_days=tuple(
            sorted(rng.sample(list(Weekday), rng.randint(2, 6)), key=list(Weekday).index)
        ),
        equipment=tuple(rng.sample(list(Equipment), rng.randint(0, 6)) + COMMON_KIT[:3]),
        minutes=Budgets(
            pre_run=rng.choice([5, 8, 10, 15]),
            rest_day=rng.choice([0, 10, 20, 30]),
            daily=rng.choice([0, 5, 8, 12]),
            micro_break=rng.choice([0, 2, 3, 5]),
        ),
        age=rng.randint(18, 75),
    )
    findings = []
    for target in rng.sample(sorted(TARGETS - {"hypermobile"}), rng.randint(0, 5)):
        test, _, status = target.rpartition("_")
        findings.append(
            FindingInput(
                id=target, test=TestId(test), side=rng.choice(list(Side)), status=Status(status)
            )
        )
    hypermobile = rng.random() < 0.1
    painful = frozenset(rng.sample(list(Region), 1)) if rng.random() < 0.1 else frozenset()
    return profile, Findings(
        items=tuple(findings), hypermobile=hypermobile, refer=bool(painful), painful_regions=painful
    )

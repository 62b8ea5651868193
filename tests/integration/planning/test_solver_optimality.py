"""HiGHS's optimum equals an exhaustive search on small weeks, and keeps every rule."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from limberup.adapters.solver.highs import HighsSolver
from limberup.domain.catalog import Catalogue, Dose
from limberup.domain.planning.candidates import ASSISTED_SLR, LEG_LOWERING_1
from limberup.domain.planning.planner import PlanRequest, plan_week, prepare
from limberup.domain.planning.week import Budgets, FindingInput, Findings, Profile
from limberup.domain.vocabulary import (
    Context,
    Laterality,
    Modality,
    Plane,
    Region,
    Side,
    Status,
    TestId,
)
from tests.factories import catalogue, exercise, span
from tests.integration.planning.brute_force import best_score, count_weeks
from tests.rules.plan_check import violations
from tests.rules.player_time import player_mismatches

MONDAY = dt.date(2026, 11, 23)
TARGETS = ["slr_limited", "knee_to_wall_limited", "knee_to_wall_asymmetric", "hypermobile"]


def random_drill(rng: random.Random, drill_id: str, contexts: tuple[Context, ...]) -> object:
    return exercise(
        drill_id,
        modality=rng.choice([Modality.DYNAMIC, Modality.ACTIVATION, Modality.STRENGTH]),
        laterality=rng.choice(list(Laterality)),
        regions=tuple(rng.sample(sorted(Region), 2)),
        planes=tuple(rng.sample(sorted(Plane), rng.randint(1, 2))),
        contexts=contexts,
        targets=tuple(rng.sample(TARGETS, rng.randint(0, 2))),
        dose=Dose(
            sets=span(1),
            reps=span(rng.randint(3, 6), rng.randint(6, 12)),
            days_per_week=span(1, rng.randint(1, 3)),
        ),
    )


def random_week(rng: random.Random) -> tuple[Catalogue, PlanRequest]:
    drills = [random_drill(rng, f"drill_{n}", (Context.PRE_RUN,)) for n in range(3)]
    runs = tuple(sorted(rng.sample([MONDAY + dt.timedelta(days=d) for d in range(7)], 3)))
    profile = Profile(
        runs=runs, minutes=Budgets(pre_run=rng.choice([1.0, 1.5, 2.0, 2.5])), work_days=()
    )
    findings = Findings(
        items=tuple(
            FindingInput(
                id=f,
                test=TestId.KNEE_TO_WALL if "knee" in f else TestId.SLR,
                side=Side.LEFT,
                status=Status.ASYMMETRIC if "asym" in f else Status.LIMITED,
            )
            for f in rng.sample(TARGETS[1:3], rng.randint(0, 2))
        )
    )
    return catalogue(*drills), PlanRequest(profile, findings, MONDAY)  # type: ignore[arg-type]


def slr_week(rng: random.Random) -> tuple[Catalogue, PlanRequest]:
    pair = [
        exercise(
            ASSISTED_SLR,
            modality=Modality.STATIC_HOLD,
            contexts=(Context.DAILY,),
            regions=(Region.HAMSTRINGS,),
            targets=("slr_limited",),
            dose=Dose(reps=span(1), hold_breaths=span(1), days_per_week=span(7)),
        ),
        exercise(
            LEG_LOWERING_1,
            modality=Modality.ACTIVE_ROM,
            contexts=(Context.DAILY,),
            regions=(Region.HIP_FLEXORS,),
            targets=("slr_limited",),
            dose=Dose(reps=span(rng.randint(2, 3)), days_per_week=span(7)),
        ),
    ]
    others = [random_drill(rng, f"drill_{n}", (Context.DAILY,)) for n in range(1)]
    profile = Profile(minutes=Budgets(daily=rng.choice([1.0, 1.5, 2.0])), work_days=())
    findings = Findings(
        items=(
            FindingInput(id="slr_limited", test=TestId.SLR, side=Side.RIGHT, status=Status.LIMITED),
        )
    )
    return catalogue(*pair, *others), PlanRequest(profile, findings, MONDAY)  # type: ignore[arg-type]


@pytest.mark.parametrize("seed", range(15))
@pytest.mark.parametrize("make_week", [random_week, slr_week])
def test_solver_matches_exhaustive_search(seed: int, make_week: object) -> None:
    rng = random.Random(seed)
    cat, request = make_week(rng)  # type: ignore[operator]
    problem = prepare(request, cat)
    assert 1 < count_weeks(problem) <= 300_000, "keep the instance small enough to enumerate"
    plan = plan_week(request, cat, HighsSolver())
    assert plan.optimal
    expected = best_score(problem, findings=request.findings, profile=request.profile)
    assert plan.objective == pytest.approx(expected, abs=1e-6)
    assert violations(plan, cat, request.profile, request.findings) == []
    assert player_mismatches(plan, cat) == []

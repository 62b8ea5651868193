"""How fast the planner makes one runner's week, and a thousand different runners' weeks.

Run: .venv/bin/python bench/plan_week.py [--runners 1000] [--workers 2]
Prints the median and 95th percentile for the example runner (solver included) and the wall
time for many runners on a process pool, with how many plans HiGHS proved optimal.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from limberup.adapters.solver.highs import HighsSolver
from limberup.catalog.loader import load_catalogue
from limberup.domain.assessment import Assessment, evaluate
from limberup.domain.planning.planner import PlanRequest, plan_week
from limberup.domain.planning.week import Profile
from limberup.services.plans import findings_for_planning
from runners import random_runner

EXAMPLES = Path(__file__).resolve().parents[1] / "tests" / "data" / "examples"
MONDAY = dt.date(2026, 11, 23)


def example_request() -> PlanRequest:
    profile = Profile.model_validate(json.loads((EXAMPLES / "profile.json").read_text()))
    assessment = Assessment.model_validate(json.loads((EXAMPLES / "assessment.json").read_text()))
    return PlanRequest(profile, findings_for_planning(assessment, evaluate(assessment)), MONDAY)


def one_runner(repeats: int) -> None:
    catalogue, solver, request = load_catalogue(), HighsSolver(), example_request()
    plan_week(request, catalogue, solver)  # warm-up: first call pays for imports and caches
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        plan = plan_week(request, catalogue, solver)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(
        f"one runner (example profile + assessment), {repeats} runs: "
        f"median {statistics.median(times):.1f} ms, "
        f"p95 {times[int(0.95 * len(times)) - 1]:.1f} ms, "
        f"max {times[-1]:.1f} ms, optimal={plan.optimal}"
    )


def _plan_many(seeds: list[int]) -> tuple[int, int, list[float]]:
    catalogue, solver = load_catalogue(), HighsSolver()
    optimal, count, times = 0, 0, []
    for seed in seeds:
        profile, findings = random_runner(random.Random(seed))
        start = time.perf_counter()
        plan = plan_week(PlanRequest(profile, findings, MONDAY), catalogue, solver)
        times.append((time.perf_counter() - start) * 1000)
        optimal += plan.optimal
        count += 1
    return optimal, count, times


def many_runners(runners: int, workers: int) -> None:
    chunks = [list(range(w, runners, workers)) for w in range(workers)]
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(_plan_many, chunks))
    wall = time.perf_counter() - start
    optimal = sum(r[0] for r in results)
    times = sorted(t for r in results for t in r[2])
    print(
        f"{runners} different runners on {workers} workers: {wall:.1f} s wall, "
        f"{optimal}/{runners} proven optimal, per plan median {statistics.median(times):.1f} ms, "
        f"p95 {times[int(0.95 * len(times)) - 1]:.1f} ms, max {times[-1]:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument("--runners", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    one_runner(args.repeats)
    many_runners(args.runners, args.workers)


if __name__ == "__main__":
    main()

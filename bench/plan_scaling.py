"""How the planner's time grows with the catalogue: 40, 200 and about 900 exercises.

The curated drills come first; the rest are free-exercise-db entries imported and made
plannable with our defaults (``adapters.importers.plannable``); entries that cannot be planned
(unknown kit, no kind of work) still count toward the size but never become candidates.

Run: .venv/bin/python bench/plan_scaling.py [--runners 30]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time
from pathlib import Path

from limberup.adapters.importers import import_free_exercise_db
from limberup.adapters.importers.plannable import plannable
from limberup.adapters.solver.highs import HighsSolver
from limberup.catalog.loader import load_catalogue
from limberup.domain.catalog import Catalogue, Exercise
from limberup.domain.planning.model import build_model
from limberup.domain.planning.planner import PlanRequest, plan_week, prepare
from runners import random_runner

FREE_EXERCISE_DB = (
    Path(__file__).resolve().parents[1] / "tests" / "data" / "free-exercise-db" / "exercises.json"
)
MONDAY = dt.date(2026, 11, 23)


def catalogues() -> list[tuple[int, int, Catalogue]]:
    curated = load_catalogue()
    imported = import_free_exercise_db(FREE_EXERCISE_DB).exercises
    usable: list[Exercise | None] = [plannable(entry) for entry in imported]
    out = []
    for size in (40, 200, len(curated.exercises) + len(imported)):
        extra = usable[: size - len(curated.exercises)]
        exercises = curated.exercises + tuple(e for e in extra if e is not None)
        out.append((size, len(exercises), Catalogue(exercises=exercises)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runners", type=int, default=30)
    args = parser.parse_args()
    solver = HighsSolver()
    requests = [
        PlanRequest(*random_runner(random.Random(seed)), MONDAY) for seed in range(args.runners)
    ]
    print(f"{args.runners} random runners per catalogue size")
    for size, usable, catalogue in catalogues():
        times, optimal, variables = [], 0, []
        for request in requests:
            problem = prepare(request, catalogue)
            model = build_model(
                problem.candidates,
                problem.slots,
                findings=request.findings,
                profile=request.profile,
                pair=problem.pair,
            )
            variables.append(model.program.variable_count)
            start = time.perf_counter()
            plan = plan_week(request, catalogue, solver)
            times.append((time.perf_counter() - start) * 1000)
            optimal += plan.optimal
        times.sort()
        print(
            f"catalogue {size:4d} entries ({usable:3d} plannable): median "
            f"{statistics.median(times):7.1f} ms, max {times[-1]:7.1f} ms, "
            f"median model {statistics.median(variables):6.0f} variables, "
            f"{optimal}/{len(requests)} proven optimal"
        )


if __name__ == "__main__":
    main()

"""Five runners a physiotherapist would recognise, and the week LimberUp plans for each.

Run: .venv/bin/python bench/five_runners.py [--runner NAME]
Prints each runner's week session by session (drills in order, each dose in words, minutes
against the budget) and the plan's notes: the material for reviewing the planner as a coach
would, before and after a change (run it on both commits and compare).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from limberup.bootstrap import build_runtime
from limberup.domain.assessment import Assessment
from limberup.domain.planning.plain_words import CONTEXT_LABELS, dose_summary
from limberup.services.plans import parse_profile, plan_for

MONDAY = dt.date(2026, 11, 16)
PASSING = {
    "slr": {"left": {"angle_deg": 86}, "right": {"angle_deg": 85}},
    "knee_to_wall": {"left": {"distance_cm": 13}, "right": {"distance_cm": 12.5}},
    "standing_hip": {
        side: {"flexion": True, "abduction": True, "extension": True} for side in ("left", "right")
    },
    "thoracic_rotation": {"left": {"angle_deg": 55}, "right": {"angle_deg": 57}},
}
TRAIL_KIT = [
    "foam_roller",
    "light_band",
    "heavy_band",
    "strap",
    "kettlebell",
    "step",
    "bench",
    "mat",
    "band_anchor",
]
RUNNERS: dict[str, tuple[str, dict[str, Any], dict[str, Any]]] = {
    "beginner": (
        "a beginner, 30, three runs a week, no kit bought, a failed straight-leg raise",
        {
            "age": 30,
            "run_days": ["tue", "thu", "sat"],
            "minutes": {"pre_run": 5, "rest_day": 10, "daily": 5},
        },
        {"slr": {"left": {"angle_deg": 62}, "right": {"angle_deg": 65}}},
    ),
    "marathoner": (
        "a six-day marathoner, 41, 5 minutes before each run and nothing else, a foam roller",
        {
            "age": 41,
            "run_days": ["mon", "tue", "wed", "thu", "fri", "sat"],
            "equipment": ["foam_roller"],
            "minutes": {"pre_run": 5},
        },
        {
            "slr": {"left": {"angle_deg": 70}, "right": {"angle_deg": 72}},
            "knee_to_wall": {"left": {"distance_cm": 9}, "right": {"distance_cm": 10}},
        },
    ),
    "passed": (
        "a runner who passed every test, 35, four runs, generous minutes",
        {
            "age": 35,
            "run_days": ["mon", "wed", "fri", "sun"],
            "equipment": ["foam_roller", "light_band"],
            "minutes": {"pre_run": 10, "rest_day": 20, "daily": 10},
        },
        PASSING,
    ),
    "older": (
        "a 62-year-old with stiff ankles, three runs, a light band",
        {
            "age": 62,
            "run_days": ["mon", "wed", "sat"],
            "equipment": ["light_band"],
            "minutes": {"pre_run": 8, "rest_day": 15, "daily": 8},
        },
        {"knee_to_wall": {"left": {"distance_cm": 5}, "right": {"distance_cm": 7}}},
    ),
    "trail": (
        "a trail runner, 28, all the kit, big budgets, stiff hips and upper back",
        {
            "age": 28,
            "run_days": ["tue", "thu", "sat", "sun"],
            "equipment": TRAIL_KIT,
            "pool_days": ["wed"],
            "minutes": {"pre_run": 15, "rest_day": 30, "daily": 15, "micro_break": 5},
        },
        {
            "standing_hip": {
                "left": {"flexion": True, "abduction": False, "extension": False},
                "right": {"flexion": True, "abduction": True, "extension": False},
            },
            "thoracic_rotation": {"left": {"angle_deg": 38}, "right": {"angle_deg": 44}},
        },
    ),
}


def show(name: str) -> None:
    summary, profile_data, tests = RUNNERS[name]
    runtime = build_runtime()
    profile = parse_profile(profile_data)
    assessment = Assessment.model_validate({"date": MONDAY.isoformat(), **tests})
    plan = plan_for(runtime, profile, assessment, MONDAY)
    print(f"== {name}: {summary}")
    print(f"   optimal={plan.optimal}")
    for day in plan.days:
        for session in day.sessions:
            label = CONTEXT_LABELS[session.context]
            print(f"{day.date:%a} {label}: {session.minutes:g} of {session.budget_minutes:g} min")
            for item in session.items:
                print(f"    {item.name}: {dose_summary(item)}  [{item.why}]")
    for note in plan.notes:
        print(f"  note: {note.text}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runner", choices=sorted(RUNNERS), action="append")
    for name in parser.parse_args().runner or list(RUNNERS):
        show(name)


if __name__ == "__main__":
    main()

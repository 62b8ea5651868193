"""Examples of the session endpoints' JSON, shown in the OpenAPI schema."""

from __future__ import annotations

from typing import Any

SESSION_UUID = "0b9a3c1e-6f1d-4c55-9a57-2f1f3e9d8c21"
PLAN_UUID = "7d4f0c2a-1b8e-4f7a-93c6-5e2d1a0b9c84"

ITEM_DONE: dict[str, Any] = {
    "exercise_id": "assisted_slr",
    "sets_done": 1,
    "reps_done": 6,
    "holds_done": 6,
    "sides": ["left", "right"],
    "pain": 0,
    "finished_at": "2026-11-17T06:48:40Z",
}
ITEM_HURT: dict[str, Any] = {
    "exercise_id": "leg_lowering_1",
    "reps_done": 2,
    "holds_done": 2,
    "sides": ["left"],
    "pain": 3,
    "pain_region": "hamstrings",
    "finished_at": "2026-11-17T06:51:05Z",
}
START: dict[str, Any] = {
    "uuid": SESSION_UUID,
    "date": "2026-11-17",
    "index": 0,
    "plan_uuid": PLAN_UUID,
}
SESSION: dict[str, Any] = {
    "uuid": SESSION_UUID,
    "plan_uuid": PLAN_UUID,
    "date": "2026-11-17",
    "index": 0,
    "context": "daily",
    "status": "in_progress",
    "started_at": "2026-11-17T06:45:02Z",
    "finished_at": None,
    "duration_s": None,
    "items": [{"item_index": 0, **ITEM_DONE}],
    "items_planned": 2,
    "resume_at": 1,
}
DAY: dict[str, Any] = {
    "date": "2026-11-17",
    "weekday": "Tuesday",
    "run": True,
    "run_time": "07:00",
    "plan_uuid": PLAN_UUID,
    "retest": [],
    "notes": [],
    "referral": None,
    "sessions": [
        {
            "index": 0,
            "context": "pre_run",
            "minutes": 0.5,
            "budget_minutes": 2.0,
            "state": "not_started",
            "session_uuid": None,
            "items": [
                {
                    "index": 0,
                    "exercise_id": "toy_soldier",
                    "variant_id": None,
                    "name": "Toy soldier",
                    "sets": 1,
                    "reps": 20,
                    "reps_unit": "steps",
                    "hold_s": None,
                    "hold_breaths": None,
                    "sides": 1,
                    "minutes": 0.5,
                    "why": "pre-run dynamic hamstrings and hip flexors drill, sagittal plane",
                    "done": False,
                }
            ],
        }
    ],
}
TIMELINE: dict[str, Any] = {
    "date": "2026-11-17",
    "index": 0,
    "plan_uuid": PLAN_UUID,
    "context": "pre_run",
    "minutes": 0.5,
    "total_seconds": 30.0,
    "inhale_s": 4.0,
    "exhale_s": 6.0,
    "drills": [
        {
            "index": 0,
            "exercise_id": "toy_soldier",
            "variant_id": None,
            "name": "Toy soldier",
            "why": "pre-run dynamic hamstrings and hip flexors drill, sagittal plane",
            "minutes": 0.5,
            "laterality": "alternating",
            "regions": ["hamstrings", "hip_flexors"],
            "how": ["Walk forward, kicking one straight leg up at a time."],
            "cues": ["Tall through the trunk; the leg rises only as far as it stays straight."],
            "cautions": ["Kick lower if the back of the thigh pulls sharply."],
            "easier": ["Kick lower."],
            "pictures": [
                {
                    "url": "/pictures/toy_soldier.drill.1.svg",
                    "label": "Arms out in front",
                    "step": 0,
                    "role": "start",
                },
                {
                    "url": "/pictures/toy_soldier.drill.2.svg",
                    "label": "Straight leg up to the palms",
                    "step": 1,
                    "role": "end",
                },
            ],
        }
    ],
    "steps": [
        {
            "kind": "get_ready",
            "seconds": 10.0,
            "start_s": 0.0,
            "item_index": 0,
            "exercise_id": "toy_soldier",
            "title": "Toy soldier",
            "set": 0,
            "sets": 1,
            "side": None,
            "reps": 0,
            "reps_unit": "reps",
            "rep_number": 0,
            "rep_count": 0,
            "seconds_per_rep": 0.0,
            "breaths": 0,
            "cue": None,
            "say": "Get ready: Toy soldier",
        },
        {
            "kind": "work",
            "seconds": 20.0,
            "start_s": 10.0,
            "item_index": 0,
            "exercise_id": "toy_soldier",
            "title": "Toy soldier",
            "set": 1,
            "sets": 1,
            "side": None,
            "reps": 20,
            "reps_unit": "steps",
            "rep_number": 0,
            "rep_count": 20,
            "seconds_per_rep": 1.0,
            "breaths": 0,
            "cue": "Stay tall",
            "say": "Stay tall, 20 steps",
        },
    ],
    "session": None,
}

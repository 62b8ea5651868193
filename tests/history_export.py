"""A runner's export after months or years of use, for import tests and the import benchmark.

One real week comes from the app (its profile, an assessment and a planned week); the history
repeats it week after week as the runner would have lived it: a plan and a replan most weeks,
a third of the planned sessions logged item by item (most finished, some stopped part way), a retest
every week and each week's progression decisions. The result is an export the import accepts.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import random
import uuid
from pathlib import Path
from typing import Any

from limberup.adapters.db.database import open_database
from limberup.entrypoints.web.app import create_app
from limberup.settings import Settings
from tests.web_client import local_client

EXAMPLES = Path(__file__).parent / "data" / "examples"
LAST_MONDAY = dt.date(2026, 11, 23)
"""The real week; the history ends with it."""
REPLANNED_SHARE = 0.5
"""About half the weeks get a second plan version (a changed profile, a retest mid-week)."""
DONE_SHARE = 1 / 3
"""The example plans about 19 sessions a week (one of each kind a day); a keen runner does a
third of them: about 330 a year, 1,000 in three."""
FINISHED_SHARE = 0.8
ACTIONS = ("hold", "advance", "maintain")


def example(name: str) -> Any:
    return json.loads((EXAMPLES / name).read_text())


def one_real_week(data_dir: Path) -> dict[str, Any]:
    """An export from a fresh app: the example profile, one assessment and one planned week."""
    settings = Settings(data_dir=data_dir)
    engine = open_database(settings.resolved_database_url)
    try:
        with local_client(create_app(settings, engine)) as client:
            client.put("/api/v1/profile", json=example("profile.json")).raise_for_status()
            assessment = {"uuid": str(uuid.uuid4()), "assessment": example("assessment.json")}
            client.post("/api/v1/assessments", json=assessment).raise_for_status()
            week = client.get("/api/v1/plans/week", params={"date": LAST_MONDAY.isoformat()})
            week.raise_for_status()
            document: dict[str, Any] = client.get("/api/v1/export").json()
    finally:
        engine.dispose()
    return document


def history(seed: dict[str, Any], *, weeks: int, rng_seed: int = 14) -> dict[str, Any]:
    """``seed``'s one week lived ``weeks`` times, as one export document."""
    rng = random.Random(rng_seed)
    base_plan = seed["plans"][0]
    base_assessment = seed["assessments"][0]
    document = {**seed, "assessments": [], "plans": [], "sessions": [], "decisions": []}
    for week in range(weeks):
        shift = dt.timedelta(days=7 * (week - weeks + 1))
        monday = dt.date.fromisoformat(base_plan["week_start"]) + shift
        versions = 2 if rng.random() < REPLANNED_SHARE else 1
        plans = [_plan(base_plan, shift, version) for version in range(1, versions + 1)]
        document["plans"] += plans
        document["sessions"] += _sessions(plans[-1], rng)
        document["assessments"].append(_retest(base_assessment, monday, week))
        document["decisions"] += _decisions(plans[-1], monday, rng)
    document["exported_at"] = _stamp(dt.date.fromisoformat(base_plan["week_start"]), 20)
    return document


def _plan(base: dict[str, Any], shift: dt.timedelta, version: int) -> dict[str, Any]:
    plan = copy.deepcopy(base)
    week_start = _moved(plan["week_start"], shift)
    plan |= {"uuid": str(uuid.uuid4()), "week_start": week_start, "version": version}
    plan["created_at"] = _stamp(dt.date.fromisoformat(week_start), 6 + version)
    plan["plan"]["week_start"] = week_start
    for day in plan["plan"]["days"]:
        day["date"] = _moved(day["date"], shift)
    return plan


def _sessions(plan: dict[str, Any], rng: random.Random) -> list[dict[str, Any]]:
    logs = []
    for day in plan["plan"]["days"]:
        date = dt.date.fromisoformat(day["date"])
        for index, session in enumerate(day["sessions"]):
            if rng.random() >= DONE_SHARE:
                continue
            finished = rng.random() < FINISHED_SHARE
            items = session["items"] if finished else session["items"][: len(session["items"]) // 2]
            logs.append(
                {
                    "uuid": str(uuid.uuid4()),
                    "plan_uuid": plan["uuid"],
                    "week_start": plan["week_start"],
                    "day": day["date"],
                    "context": session["context"],
                    "session_index": index,
                    "started_at": _stamp(date, 7),
                    "finished_at": _stamp(date, 8) if finished else None,
                    "status": "finished" if finished else "abandoned",
                    "items": [_item(i, item, date, rng) for i, item in enumerate(items)],
                }
            )
    return logs


def _item(index: int, item: dict[str, Any], date: dt.date, rng: random.Random) -> dict[str, Any]:
    sides = ["left", "right"] if item["sides"] == 2 else []
    return {
        "item_index": index,
        "exercise_id": item["exercise_id"],
        "variant_id": item["variant_id"],
        "sets_done": item["sets"],
        "reps_done": item["sets"] * (item["reps"] or 0),
        "holds_done": item["sets"] if item["hold_s"] or item["hold_breaths"] else 0,
        "sides": sides,
        "skipped": False,
        "pain": None,
        "pain_region": None,
        "ease": rng.randint(2, 5),
        "notes": "felt looser on the left" if rng.random() < 0.05 else None,
        "finished_at": _stamp(date, 7, minute=index + 1),
    }


def _retest(base: dict[str, Any], monday: dt.date, week: int) -> dict[str, Any]:
    retest = copy.deepcopy(base)
    taken_on = monday.isoformat()
    retest |= {"uuid": str(uuid.uuid4()), "taken_on": taken_on, "recorded_at": _stamp(monday, 6)}
    retest["kind"] = "assessment" if week == 0 else "retest"
    retest["inputs"]["date"] = taken_on
    return retest


def _decisions(plan: dict[str, Any], monday: dt.date, rng: random.Random) -> list[dict[str, Any]]:
    sessions = [session for day in plan["plan"]["days"] for session in day["sessions"]]
    drills = sorted({item["exercise_id"] for session in sessions for item in session["items"]})
    return [
        {
            "week_start": monday.isoformat(),
            "exercise_id": drill,
            "action": rng.choice(ACTIONS),
            "reason": "practised on 5 of 7 days, and the retest held steady",
            "replacement_id": None,
        }
        for drill in drills[:4]
    ]


def _moved(date: str, shift: dt.timedelta) -> str:
    return (dt.date.fromisoformat(date) + shift).isoformat()


def _stamp(date: dt.date, hour: int, *, minute: int = 0) -> str:
    return f"{date.isoformat()}T{hour:02d}:{minute:02d}:00Z"

"""The terminal door: `limberup init` with a changed profile replans this week from today."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from tests.e2e.coach_helpers import run

PROFILE: dict[str, Any] = {
    "run_days": ["tue", "thu", "sat"],
    "equipment": ["wall", "doorway", "strap", "light_band"],
    "minutes": {"pre_run": 8, "rest_day": 15, "daily": 6},
}


def plan_now(tmp_path: Path) -> dict[str, Any]:
    shown = run(tmp_path, "plan", "--json")
    assert shown.returncode == 0, shown.stderr
    data: dict[str, Any] = json.loads(shown.stdout)
    return data


def test_init_with_a_changed_profile_replans_the_week_from_today(tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    first.write_text(json.dumps(PROFILE))
    assert run(tmp_path, "init", "--profile", first).returncode == 0
    before = plan_now(tmp_path)
    every_day = tmp_path / "every_day.json"
    every_day.write_text(
        json.dumps(PROFILE | {"run_days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]})
    )
    saved = run(tmp_path, "init", "--profile", every_day)
    assert saved.returncode == 0, saved.stderr
    after = plan_now(tmp_path)
    today = dt.date.today()
    assert after["source"]["kept_before"] == today.isoformat()
    gone_by = [day for day in after["days"] if day["date"] < today.isoformat()]
    assert gone_by == before["days"][: len(gone_by)]  # no past day is rewritten
    assert all(day["run"] for day in after["days"] if day["date"] >= today.isoformat())

"""Pain and dates through the terminal: `assess`, `plan` and `log`, on the machine's today."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pexpect

from limberup.catalog.loader import load_catalogue
from tests.e2e.coach_helpers import answer_slr_and_skip_to_pain, exported, run, set_up, spawn

PROFILE: dict[str, Any] = {
    "run_days": ["tue", "thu", "sat"],
    "equipment": ["wall", "doorway", "strap", "light_band", "mat"],
    "minutes": {"pre_run": 8, "rest_day": 15, "daily": 10},
}
CATALOGUE = load_catalogue()
TODAY = dt.date.today()
WEEK_AGO = TODAY - dt.timedelta(days=7)
"""The assessment's date: every week the tests look at then plans from its findings."""


def assess(data_dir: Path, day: dt.date, *, at_rest: bool = False, where: str = "none") -> None:
    """A failed straight-leg raise through the interactive command, then the pain screen."""
    child = spawn(data_dir, "assess", "--date", day.isoformat())
    answer_slr_and_skip_to_pain(child, 62, 64)
    child.sendline("y" if at_rest else "n")
    child.expect_exact("Which tests hurt?")
    child.sendline("none")
    if at_rest:
        child.expect_exact("Where?")
        child.sendline(where)
    child.expect("Kept in LimberUp's storage as your (assessment|retest)")  # before any option
    child.expect_exact("Save your answers to a JSON file?")
    child.sendline("")
    child.wait()


def week(data_dir: Path, day: dt.date = TODAY) -> dict[str, Any]:
    shown = run(data_dir, "plan", "--week-start", day.isoformat(), "--json")
    assert shown.returncode == 0, shown.stderr
    data: dict[str, Any] = json.loads(shown.stdout)
    return data


def drills_from(plan: dict[str, Any], day: dt.date) -> set[str]:
    return {
        item["exercise_id"]
        for d in plan["days"]
        if d["date"] >= day.isoformat()
        for s in d["sessions"]
        for item in s["items"]
    }


def session_with(plan: dict[str, Any], day: dt.date, drill: str) -> int:
    found = next(d for d in plan["days"] if d["date"] == day.isoformat())
    return next(
        number
        for number, s in enumerate(found["sessions"], start=1)
        if drill in {item["exercise_id"] for item in s["items"]}
    )


def log_pain(data_dir: Path, day: dt.date, session: int, drill: str, pain: int) -> str:
    """Log one session through `limberup log`, with pain in ``drill`` and none elsewhere."""
    name = CATALOGUE.get(drill).name
    child = spawn(data_dir, "log", str(session), "--date", day.isoformat())
    child.expect_exact("Did it go as planned")
    child.sendline("n")  # then drill by drill: details only where it did not
    while child.expect([r"Drill \d+ of \d+: ([^\r\n(]+)", pexpect.EOF]) == 0:
        hurt = str(child.match.group(1)).strip().startswith(name)
        child.expect_exact("As planned? (yes / partly / skipped)")
        if not hurt:
            child.sendline("yes")
            continue
        child.sendline("partly")
        while child.expect([r"(Sets|Reps|Holds|Sides) done", "Pain during it, 0-10"]) == 0:
            child.sendline("")  # what was planned
        child.sendline(str(pain))
        child.expect_exact("Where?")
        child.sendline("hamstrings")
        child.expect_exact("Notes (Enter to skip)")
        child.sendline("")
    child.wait()
    return str(child.before)


def test_pain_at_rest_with_no_place_empties_the_week_and_shows_the_referral(
    data_dir: Path,
) -> None:
    set_up(data_dir, PROFILE)
    assess(data_dir, TODAY, at_rest=True)
    plan = week(data_dir)
    assert (
        drills_from(plan, plan["week_start"] and dt.date.fromisoformat(plan["week_start"])) == set()
    )
    assert plan["refer"]
    assert "Until then" in plan["referral"]
    shown = run(data_dir, "plan")
    assert "without saying where" in " ".join(shown.stdout.split())
    assess(data_dir, TODAY, at_rest=True, where="knee")
    after = week(data_dir)
    assert drills_from(after, TODAY)
    assert all("knee" not in CATALOGUE.get(d).loaded() for d in drills_from(after, TODAY))


def test_pain_in_a_drill_takes_it_off_the_rest_of_the_week_and_twice_stops_it(
    data_dir: Path,
) -> None:
    set_up(data_dir, PROFILE)
    assess(data_dir, WEEK_AGO)
    before = week(data_dir)
    assert "leg_lowering_1" in drills_from(before, TODAY)
    yesterday = TODAY - dt.timedelta(days=1)
    earlier = week(data_dir, yesterday)
    session = session_with(before, TODAY, "leg_lowering_1")
    log_pain(data_dir, TODAY, session, "leg_lowering_1", pain=3)
    after = week(data_dir)
    assert "leg_lowering_1" not in drills_from(after, TODAY)
    gone = [d for d in after["days"] if d["date"] < TODAY.isoformat()]
    assert gone == before["days"][: len(gone)]  # past days untouched
    assert "drill_hurt" in [note["code"] for note in after["notes"]]
    assert not after["refer"]
    # The same drill hurt the day before too: two sessions in a row stop it, with a referral.
    log_pain(
        data_dir, yesterday, session_with(earlier, yesterday, "leg_lowering_1"), "leg_lowering_1", 2
    )
    stopped = week(data_dir)
    assert "leg_lowering_1" not in drills_from(stopped, TODAY)
    assert stopped["refer"]
    assert "physiotherapist" in stopped["referral"]
    assert "drill_stopped" in [note["code"] for note in stopped["notes"]]


def test_a_future_dated_log_or_assessment_is_refused_and_nothing_is_stored(
    data_dir: Path,
) -> None:
    set_up(data_dir, PROFILE)
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    logged = run(data_dir, "log", "1", "--date", tomorrow, "--as-planned")
    assert logged.returncode == 2
    assert "--date" in logged.stderr
    assert "on or before today" in logged.stderr
    assessed = run(data_dir, "assess", "--date", tomorrow)
    assert assessed.returncode == 2
    assert "--date" in assessed.stderr
    stored = exported(data_dir)
    assert stored["sessions"] == []
    assert stored["assessments"] == []

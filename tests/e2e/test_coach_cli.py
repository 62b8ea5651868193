"""The real ``limberup`` commands around storage: init, plan, today, log, history, progress,
export and import, and how each refuses bad input (exit 2, nothing stored, no traceback)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pexpect
import pytest

from limberup.adapters.db.database import open_database
from limberup.adapters.db.unit_of_work import SqlUnitOfWork, session_factory
from limberup.bootstrap import build_runtime
from limberup.services.assessments import record_assessment_data
from limberup.services.users import local_user
from tests.e2e.coach_helpers import (
    DAY,
    SHORT_WEEK,
    answer_slr_and_skip_to_pain,
    exported,
    run,
    set_up,
    spawn,
)

RUNTIME = build_runtime()

WEEK = "2026-11-16"


def test_init_asks_again_with_the_reason_shows_the_profile_back_and_stores_it(
    data_dir: Path,
) -> None:
    child = spawn(data_dir, "init")
    answers = [
        ("Which days do you run?", "tuesday, funday"),
        ("Which days do you run?", "Tuesday and Sat"),
        ("Usual run time on Tuesday", "25:00"),
        ("Usual run time on Tuesday", "7:15"),
        ("Usual run time on Saturday", ""),
        ("Minutes for drills before a run", "-3"),
        ("Minutes for drills before a run", "6"),
        ("Minutes for a session straight after a run", "3"),
        ("Minutes for a session on days without a run", ""),
        ("Minutes for a short session every day", "4"),
        ("Minutes for a work-break session", ""),
        ("Equipment you have", "wall, rope"),
        ("Equipment you have", "wall, foam roller, strap"),
        ("Everyday things you do not have to hand", "sofa"),
        ("Everyday things you do not have to hand", "chair, bed or couch"),
        ("Days you are at a pool", "Wednesday"),
        ("Your age", "200"),
        ("Your age", "41"),
        ("Units", "imp"),
        ("Not to hand", None),  # the profile shown back, before it is saved
        ("Wednesday", None),
        ("Save this profile?", ""),
    ]
    for question, reply in answers:
        child.expect_exact(question)
        if reply is not None:
            child.sendline(reply)
    child.expect("Profile saved")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    said = child.before or ""
    assert "Not accepted" not in said  # the refusals came earlier, each asked again
    profile = exported(data_dir)["profile"]["profile"]
    assert profile["run_days"] == ["tue", "sat"]
    assert profile["run_times"]["tue"].startswith("07:15")
    assert profile["minutes"] == {
        "pre_run": 6.0,
        "post_run": 3.0,
        "rest_day": 10.0,
        "daily": 4.0,
        "micro_break": 0.0,
    }
    assert profile["equipment"] == ["wall", "foam_roller", "strap"]
    assert profile["lacks"] == ["chair", "bed_or_couch"]
    assert profile["pool_days"] == ["wed"]
    assert (profile["age"], profile["units"]) == (41, "imperial")


def test_init_refusals_name_the_problem(data_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"run_days": ["funday"], "minutes": {"daily": -1}}), "utf-8")
    result = run(data_dir, "init", "--profile", bad)
    assert result.returncode == 2
    assert "profile.run_days.0" in result.stderr
    assert "'funday'" in result.stderr
    assert "profile.minutes.daily" in result.stderr
    assert "Traceback" not in result.stderr
    unknown = tmp_path / "unknown.json"
    unknown.write_text(json.dumps({"avoid": ["no_such_drill"]}), "utf-8")
    result = run(data_dir, "init", "--profile", unknown)
    assert result.returncode == 2
    assert "avoid.0" in result.stderr
    assert exported(data_dir)["profile"] is None


def test_the_week_is_stored_once_and_planned_again_on_request(data_dir: Path) -> None:
    assert run(data_dir, "plan", "--week-start", DAY).returncode == 2  # no profile yet
    set_up(data_dir)
    first = run(data_dir, "plan", "--week-start", DAY)
    assert first.returncode == 0, first.stderr
    assert "Week of Monday 16 November 2026" in first.stdout
    assert "version 1" in first.stdout
    again = run(data_dir, "plan", "--week-start", DAY, "--json")
    assert json.loads(again.stdout)["week_start"] == WEEK
    renewed = run(data_dir, "plan", "--week-start", DAY, "--new")
    assert "version 2" in renewed.stdout
    assert [p["version"] for p in exported(data_dir)["plans"]] == [1, 2]
    bad = run(data_dir, "plan", "--week-start", "16/11/2026")
    assert bad.returncode == 2
    assert "--week-start" in bad.stderr


def test_plan_generate_keeps_its_file_contract_and_stores_nothing(
    data_dir: Path, tmp_path: Path
) -> None:
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps(SHORT_WEEK), "utf-8")
    result = run(data_dir, "plan", "generate", "--profile", profile, "--week-start", WEEK, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["week_start"] == WEEK
    assert not (data_dir / "limberup.db").exists()


def test_today_then_log_as_planned_and_by_answers(data_dir: Path) -> None:
    set_up(data_dir, SHORT_WEEK | {"minutes": {"pre_run": 3, "daily": 8}})
    today = run(data_dir, "today", "--date", DAY)
    assert today.returncode == 0, today.stderr
    assert "1. pre-run" in today.stdout
    assert "2. daily" in today.stdout
    assert "not started" in today.stdout
    logged = run(data_dir, "log", "1", "--date", DAY, "--as-planned")
    assert logged.returncode == 0, logged.stderr
    child = spawn(data_dir, "log", "daily", "--date", DAY)
    child.expect_exact("every drill done, nothing hurt? (y/n) [y]")
    child.sendline("n")
    child.expect_exact("As planned? (yes / partly / skipped) [yes]")
    child.sendline("partly")
    child.expect_exact("Sets done")
    child.sendline("9")
    child.expect("9 is not between 0 and")
    child.sendline("1")
    child.expect_exact("Reps done")
    child.sendline("3")
    for _ in range(2):  # holds and sides, where the drill has them: take the defaults
        index = child.expect_exact(["Holds done", "Sides done", "Pain during it"])
        if index == 2:
            break
        child.sendline("")
    else:
        child.expect_exact("Pain during it")
    child.sendline("3")
    child.expect_exact("Where?")
    child.sendline("hip flexors")
    child.expect_exact("Notes")
    child.sendline("tight today")
    child.expect_exact("As planned? (yes / partly / skipped) [yes]")
    child.sendline("skipped")
    child.expect_exact("Did anything hurt?")
    child.sendline("")
    while child.expect_exact(["As planned? (yes / partly / skipped) [yes]", "Logged."]) == 0:
        child.sendline("")  # the rest as planned: one answer each, no details
    child.wait()
    after = run(data_dir, "today", "--date", DAY)
    assert after.stdout.count(" - done") == 2
    sessions = exported(data_dir)["sessions"]
    assert [s["context"] for s in sessions] == ["pre_run", "daily"]
    assert all(s["status"] == "finished" for s in sessions)
    first, second, *rest = sessions[1]["items"]
    assert (first["sets_done"], first["reps_done"], first["pain"]) == (1, 3, 3)
    assert (first["pain_region"], first["notes"]) == ("hip_flexors", "tight today")
    assert (second["skipped"], second["pain"]) == (True, 0)
    assert all(not item["skipped"] and item["pain"] is None for item in rest)
    assert run(data_dir, "log", "7", "--date", DAY).returncode == 2


def test_a_session_that_went_as_planned_is_logged_with_one_question(data_dir: Path) -> None:
    set_up(data_dir)
    child = spawn(data_dir, "log", "1", "--date", DAY)
    child.expect_exact("every drill done, nothing hurt? (y/n) [y]")
    asked = child.before
    child.sendline("")
    child.expect_exact("Logged.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "?" not in asked  # no question before that one
    assert "?" not in child.before  # and none after it
    (session,) = exported(data_dir)["sessions"]
    assert session["status"] == "finished"
    assert session["items"]
    assert not any(item["skipped"] for item in session["items"])


def test_ctrl_c_in_log_keeps_the_drills_already_answered(data_dir: Path) -> None:
    set_up(data_dir, SHORT_WEEK | {"minutes": {"pre_run": 4}})
    child = spawn(data_dir, "log", "1", "--date", DAY)
    child.expect_exact("(y/n) [y]")
    child.sendline("n")
    child.expect_exact("As planned? (yes / partly / skipped) [yes]")
    child.sendline("")
    child.expect_exact("As planned? (yes / partly / skipped) [yes]")
    child.sendline("skipped")
    child.expect_exact("Did anything hurt?")
    child.send("\x03")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert "the drills logged so far are kept" in child.before
    assert "Traceback" not in child.before
    (session,) = exported(data_dir)["sessions"]
    assert session["status"] == "in_progress"
    assert [item["item_index"] for item in session["items"]] == [0]
    again = spawn(data_dir, "log", "1", "--date", DAY)  # carries on from the second drill
    again.expect_exact("(y/n) [y]")
    assert "1. " not in again.before
    again.sendline("y")
    again.expect_exact("Logged.")
    again.wait()
    (session,) = exported(data_dir)["sessions"]
    assert session["status"] == "finished"


def test_assess_stores_its_result_and_history_and_progress_show_it(
    data_dir: Path, tmp_path: Path
) -> None:
    empty = run(data_dir, "progress")
    assert empty.returncode == 0
    assert "No test is stored yet" in empty.stdout
    set_up(data_dir)
    _seed_assessment(data_dir, "2026-11-09", 62)  # last week's, stored directly
    _store_assessment(data_dir, {"date": WEEK, "left": 70, "right": 85})  # this week's, asked
    result = run(data_dir, "progress", "--chart", tmp_path / "progress.png")
    assert result.returncode == 0, result.stderr
    assert "Straight-leg raise" in result.stdout
    assert "75.6° or more (pass mark)" in result.stdout
    assert (tmp_path / "progress.png").read_bytes()[:4] == b"\x89PNG"
    history = run(data_dir, "history")
    assert "Assessments" in history.stdout
    assert "retest" in history.stdout
    kinds = [a["kind"] for a in exported(data_dir)["assessments"]]
    assert kinds == ["assessment", "retest"]
    wrong = run(data_dir, "progress", "--chart", tmp_path / "progress.jpg")
    assert wrong.returncode == 2
    assert "--chart: a file name ending in .png" in wrong.stderr


def _seed_assessment(data_dir: Path, date: str, left: float) -> None:
    engine = open_database(f"sqlite:///{data_dir / 'limberup.db'}")
    factory = session_factory(engine)
    user_id = local_user(SqlUnitOfWork(factory))
    slr = {"left": {"angle_deg": left, "down_leg_moved": True}}
    record_assessment_data(SqlUnitOfWork(factory), RUNTIME, user_id, {"date": date, "slr": slr})
    engine.dispose()


def _store_assessment(data_dir: Path, data: dict[str, Any]) -> None:
    """Record a straight-leg raise through the interactive command, skipping the other tests."""
    child = spawn(data_dir, "assess", "--date", data["date"])
    answer_slr_and_skip_to_pain(child, data["left"], data["right"])
    child.sendline("s")
    child.expect("Kept in LimberUp's storage as your (assessment|retest)")
    child.expect_exact("Save your answers to a JSON file?")
    child.sendline("")
    child.wait()


def test_export_then_import_into_an_empty_data_directory_gives_identical_data(
    data_dir: Path, tmp_path: Path
) -> None:
    set_up(data_dir)
    assert run(data_dir, "log", "1", "--date", DAY, "--as-planned").returncode == 0
    out, csv_file = tmp_path / "all.json", tmp_path / "logs.csv"
    result = run(data_dir, "export", "--output", out, "--csv", csv_file)
    assert result.returncode == 0, result.stderr
    assert csv_file.read_text("utf-8").startswith("session_uuid,day,context")
    other = tmp_path / "other"
    imported = run(other, "import", out)
    assert imported.returncode == 0, imported.stderr
    original, copy = json.loads(out.read_text("utf-8")), exported(other)
    del original["exported_at"], copy["exported_at"]
    assert copy == original
    again = run(other, "import", out)
    assert "sessions" in again.stdout
    copy_again = exported(other)
    del copy_again["exported_at"]
    assert copy_again == original


def test_a_corrupt_or_foreign_import_says_why_and_imports_nothing(
    data_dir: Path, tmp_path: Path
) -> None:
    set_up(data_dir)
    before = exported(data_dir)
    catalogue = tmp_path / "catalogue.json"
    catalogue.write_text(run(data_dir, "catalog", "export", "--format", "json").stdout, "utf-8")
    truncated = tmp_path / "truncated.json"
    truncated.write_text(json.dumps(before)[:-20], "utf-8")
    for path, reason in (
        (catalogue, "not a LimberUp export"),
        (truncated, "not valid JSON"),
        (tmp_path / "missing.json", "no such file"),
    ):
        result = run(data_dir, "import", path)
        assert result.returncode == 2, path
        assert reason in result.stderr
        assert "Traceback" not in result.stderr
    after = exported(data_dir)
    del before["exported_at"], after["exported_at"]
    assert after == before


def test_a_database_from_a_newer_version_is_refused_untouched(data_dir: Path) -> None:
    set_up(data_dir)
    with sqlite3.connect(data_dir / "limberup.db") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    result = run(data_dir, "today", "--date", DAY)
    assert result.returncode == 1
    assert "newer version" in result.stderr
    with sqlite3.connect(data_dir / "limberup.db") as connection:
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert version == ("9999_future",)


@pytest.mark.parametrize(
    ("days", "time", "kit", "expected_days", "expected_kit"),
    [
        ("tu, Thu", "8:00", "foam roller", ["tue", "thu"], ["foam_roller"]),
        (
            "Monday Wednesday friday",
            "08:00",
            "light band and wall",
            ["mon", "wed", "fri"],
            ["light_band", "wall"],
        ),
        ("sunday", "6:30 pm", "bed or couch", ["sun"], ["bed_or_couch"]),
    ],
)
def test_init_takes_days_times_and_kit_as_people_write_them(  # noqa: PLR0917 - parametrized
    data_dir: Path,
    days: str,
    time: str,
    kit: str,
    expected_days: list[str],
    expected_kit: list[str],
) -> None:
    child = spawn(data_dir, "init")
    child.expect_exact("Which days do you run?")
    child.sendline(days)
    for _ in expected_days:
        child.expect_exact("Usual run time on")
        child.sendline(time)
    for question in ("before a run", "after a run", "without a run", "every day", "work-break"):
        child.expect_exact(question)
        child.sendline("")
    child.expect_exact("Equipment you have")
    child.sendline(kit)
    for question in ("not have to hand", "at a pool", "Your age", "Units", "Save this profile?"):
        child.expect_exact(question)
        child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    assert "Not accepted" not in (child.before or "")
    profile = exported(data_dir)["profile"]["profile"]
    assert profile["run_days"] == expected_days
    assert profile["equipment"] == expected_kit
    hours = {"8:00": "08:00", "08:00": "08:00", "6:30 pm": "18:30"}[time]
    assert all(value.startswith(hours) for value in profile["run_times"].values())


def test_ctrl_c_in_init_keeps_the_profile_already_stored(data_dir: Path) -> None:
    set_up(data_dir)
    before = exported(data_dir)["profile"]
    child = spawn(data_dir, "init")
    child.expect_exact("Which days do you run?")
    child.sendline("mon, fri")
    child.expect_exact("Usual run time on Monday")
    child.send("\x03")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert "nothing was saved" in (child.before or "")
    assert "Traceback" not in (child.before or "")
    assert exported(data_dir)["profile"] == before

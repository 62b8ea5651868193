"""Drive the real ``limberup go`` in a terminal: play, quit half-way, resume, check the log.

Each test has its own data directory and plays the same fixed day at a fast factor.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import signal
import stat
from pathlib import Path
from typing import Any

import pexpect

from limberup.catalog.loader import load_catalogue
from tests.e2e.coach_helpers import DAY, SHORT_WEEK, exported, run, set_up, spawn

FAST = "25"


def planned_items(data: dict[str, Any], session: dict[str, Any]) -> list[dict[str, Any]]:
    plan = next(p for p in data["plans"] if p["uuid"] == session["plan_uuid"])
    day = next(d for d in plan["plan"]["days"] if d["date"] == session["day"])
    items: list[dict[str, Any]] = day["sessions"][session["session_index"]]["items"]
    return items


def finish(child: pexpect.spawn) -> str:
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    return str(child.before)


def test_quit_half_way_then_resume_keeps_every_drill_once(data_dir: Path) -> None:
    set_up(data_dir)
    child = spawn(data_dir, "go", "--date", DAY, "--fast", FAST)
    child.expect("Drill 1 of (\\d+)")
    count = int(child.match.group(1))
    assert count >= 2
    child.expect("GET READY")
    child.expect("Drill 2 of")  # the first drill ran to its end
    child.send("q")
    child.expect("Stopped after 1 of")
    finish(child)

    stopped = exported(data_dir)
    [session] = stopped["sessions"]
    assert session["status"] == "in_progress"
    first = session["items"][0]
    assert first["item_index"] == 0
    assert first["finished_at"] is not None
    assert first["skipped"] is False
    assert all(item["finished_at"] is None for item in session["items"][1:])

    child = spawn(data_dir, "go", "--date", DAY, "--fast", FAST)
    child.expect("after 1 of \\d+ drills")
    child.expect_exact("Resume it? (y/n) [y]")
    child.sendline("")
    child.expect("Drill 2 of")
    child.expect("Session complete")
    output = finish(child)
    assert "Traceback" not in output

    done = exported(data_dir)
    [session] = done["sessions"]  # resumed, not a second log
    assert session["uuid"] == stopped["sessions"][0]["uuid"]
    assert session["status"] == "finished"
    assert session["finished_at"] is not None
    items = planned_items(done, session)
    assert [item["item_index"] for item in session["items"]] == list(range(len(items)))
    assert session["items"][0] == first  # kept as it was stored before the quit
    for logged, planned in zip(session["items"], items, strict=True):
        assert logged["exercise_id"] == planned["exercise_id"]
        assert logged["skipped"] is False
        assert logged["reps_done"] > 0
        assert logged["sets_done"] == sum(part["sets"] for part in planned["parts"])


def test_pain_ends_the_drill_is_logged_and_next_weeks_plan_regresses_it(data_dir: Path) -> None:
    set_up(data_dir)
    child = spawn(data_dir, "go", "--date", DAY, "--fast", "5")
    child.expect("Drill 1 of")
    child.expect("MOVE")
    child.send("p")
    child.expect_exact("Pain now, 0-10 (0 for none)")
    child.sendline("12")
    child.expect("12 is not between 0 and 10")
    child.sendline("4")
    child.expect_exact("Where?")
    child.sendline("elbow")
    child.expect("'elbow' is not one of")
    child.sendline("ankle")
    child.expect("Pain 4 in the ankle logged")
    child.expect("Drill 2 of")
    child.send("q")
    finish(child)

    [session] = exported(data_dir)["sessions"]
    first = session["items"][0]
    assert (first["pain"], first["pain_region"]) == (4, "ankle")
    assert first["finished_at"] is not None

    result = run(data_dir, "plan", "--week-start", "2026-11-23")
    assert result.returncode == 0, result.stderr
    name = load_catalogue().get(first["exercise_id"]).name
    assert re.search(rf"{re.escape(name)}[^\n]*: regress \(pain was reported", result.stdout)
    decisions = exported(data_dir)["decisions"]
    assert {"week_start": "2026-11-23", "exercise_id": first["exercise_id"]}.items() <= next(
        d for d in decisions if d["exercise_id"] == first["exercise_id"]
    ).items()


def test_pause_next_and_back_drive_the_screen(data_dir: Path) -> None:
    set_up(data_dir)
    child = spawn(data_dir, "go", "--date", DAY, "--fast", "2")
    child.expect("GET READY")
    child.send(" ")
    child.expect("PAUSED")
    child.send("n")  # skip the get-ready step, still paused
    child.expect("MOVE")
    child.send("b")  # straight back to the get-ready step
    child.expect("GET READY")
    child.send(" ")
    child.expect("Next: ")
    child.send("q")
    output = finish(child)
    assert "Stopped after 0 of" in output


def test_a_killed_player_keeps_finished_drills_and_offers_to_resume(data_dir: Path) -> None:
    set_up(data_dir)
    child = spawn(data_dir, "go", "--date", DAY, "--fast", FAST)
    child.expect("Drill 2 of")
    os.kill(child.pid, signal.SIGKILL)
    child.expect(pexpect.EOF)
    child.close()
    [session] = exported(data_dir)["sessions"]
    assert session["status"] == "in_progress"
    assert session["items"][0]["finished_at"] is not None

    # The killed player still holds the session: the next one is asked to take it over.
    child = spawn(data_dir, "go", "--date", DAY, "--fast", FAST)
    child.expect("1 of \\d+ drills logged\\) is being played elsewhere")
    child.expect_exact("or was left open there")
    child.expect_exact("Take it over here?")
    child.sendline("n")
    child.expect("left to the other player; nothing changed")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert exported(data_dir)["sessions"] == [session]

    child = spawn(data_dir, "go", "--date", DAY, "--fast", FAST, "--no-resume", "--take-over")
    child.expect("Left as abandoned")
    child.expect("Drill 1 of")
    child.send("q")
    finish(child)
    sessions = exported(data_dir)["sessions"]
    assert [s["status"] for s in sessions] == ["abandoned", "in_progress"]
    assert sessions[0]["items"][0]["finished_at"] is not None


def test_cues_are_spoken_through_espeak_ng_when_it_is_on_the_path(
    data_dir: Path, tmp_path: Path
) -> None:
    set_up(data_dir)
    bin_dir, spoken = tmp_path / "bin", tmp_path / "spoken.txt"
    bin_dir.mkdir()
    fake = bin_dir / "espeak-ng"  # records what it is asked to say: "-s", speed, text
    fake.write_text(f'#!/bin/sh\nshift 2\necho "$*" >> {spoken}\n', encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    path = f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"
    result = run(data_dir, "go", "--date", DAY, "--fast", "20", "--voice", env={"PATH": path})
    assert result.returncode == 0, result.stderr
    assert "Session complete" in result.stdout
    lines = spoken.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("Get ready: ")
    assert len(lines) > 3


def test_without_a_terminal_the_session_plays_through_silently(data_dir: Path) -> None:
    set_up(data_dir)
    result = run(data_dir, "go", "--date", DAY, "--fast", "100", env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    [session] = exported(data_dir)["sessions"]
    assert session["status"] == "finished"


def test_strong_pain_stops_the_drill_and_offers_to_end_the_session(data_dir: Path) -> None:
    set_up(data_dir, {**SHORT_WEEK, "minutes": {"pre_run": 4}})
    child = spawn(data_dir, "go", "--date", DAY, "--fast", "5")
    child.expect("Drill 1 of")
    child.expect("MOVE")
    child.send("p")
    child.expect_exact("Pain now, 0-10 (0 for none)")
    child.sendline("7")
    child.expect_exact("Where?")
    child.sendline("ankle")
    child.expect_exact("End the session now, or skip every drill that loads the ankle?")
    child.sendline("end")
    finish(child)

    [session] = exported(data_dir)["sessions"]
    first, *rest = session["items"]
    assert (first["pain"], first["pain_region"]) == (7, "ankle")
    assert all(item["skipped"] for item in rest)


def test_s_skips_a_whole_drill_and_the_summary_counts_what_was_done(data_dir: Path) -> None:
    set_up(data_dir)
    child = spawn(data_dir, "go", "--date", DAY, "--fast", FAST)
    child.expect("Drill 1 of (\\d+)")
    count = int(child.match.group(1))
    child.expect("GET READY")
    child.send("s")  # the whole first drill, not one step
    child.expect("Drill 2 of")
    child.expect("Session ended")
    child.expect("(\\d+) done, (\\d+) partly done, (\\d+) skipped of (\\d+) drills")
    done, partly, skipped, total = (int(child.match.group(k)) for k in (1, 2, 3, 4))
    finish(child)
    assert (skipped, partly, total) == (1, 0, count)
    assert done == count - 1
    [session] = exported(data_dir)["sessions"]
    assert session["items"][0]["skipped"] is True


def test_resume_offers_the_days_own_session_first_and_never_a_later_days(data_dir: Path) -> None:
    set_up(data_dir)
    later = (dt.date.fromisoformat(DAY) + dt.timedelta(days=1)).isoformat()
    for day in (later, DAY):  # two sessions stopped half-way: the later day's, then the day's
        child = spawn(data_dir, "go", "--date", day, "--fast", FAST)
        child.expect("Drill 2 of")
        child.send("q")
        child.expect("Stopped after")
        finish(child)
    child = spawn(data_dir, "go", "--date", DAY, "--fast", FAST)
    child.expect("You stopped a .* session of (\\w+ \\d+ \\w+)")
    assert child.match.group(1) == f"{dt.date.fromisoformat(DAY):%A %d %B}"
    child.expect_exact("Resume it? (y/n) [y]")
    child.sendline("n")
    child.expect("Drill 1 of")
    child.send("q")
    finish(child)
    sessions = exported(data_dir)["sessions"]
    untouched = [s for s in sessions if s["day"] == later]
    assert [s["status"] for s in untouched] == ["in_progress"]  # not offered, not abandoned


def test_voice_without_espeak_ng_says_the_session_plays_silently(data_dir: Path) -> None:
    set_up(data_dir)
    result = run(
        data_dir, "go", "--date", DAY, "--fast", "100", "--voice", env={"PATH": "/usr/bin:/bin"}
    )
    assert result.returncode == 0, result.stderr
    assert "espeak-ng, which is not installed" in " ".join(result.stdout.split())

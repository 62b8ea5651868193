"""``limberup plan generate`` through the real command: the JSON contract and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import EXAMPLES

LIMBERUP = str(Path(sys.executable).with_name("limberup"))
ITEM_KEYS = {
    "exercise_id",
    "variant_id",
    "sets",
    "reps",
    "hold_s",
    "hold_breaths",
    "sides",
    "minutes",
    "why",
}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [LIMBERUP, "plan", "generate", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def write(tmp_path: Path, data: object, name: str = "profile.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


def example_profile() -> dict[str, object]:
    data: dict[str, object] = json.loads((EXAMPLES / "profile.json").read_text())
    return data


def test_the_examples_give_a_week_in_the_contract_shape() -> None:
    result = run(
        "--profile",
        str(EXAMPLES / "profile.json"),
        "--assessment",
        str(EXAMPLES / "assessment.json"),
        "--week-start",
        "2026-11-23",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    week = json.loads(result.stdout)
    assert week["week_start"] == "2026-11-23"
    assert week["optimal"] is True
    assert [d["weekday"] for d in week["days"]] == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    assert [d["run"] for d in week["days"]] == [False, True, False, True, False, True, False]
    for day in week["days"]:
        for session in day["sessions"]:
            assert {"context", "minutes", "items"} <= session.keys()
            for item in session["items"]:
                assert item.keys() >= ITEM_KEYS
                assert item["why"]
    contexts = {s["context"] for d in week["days"] for s in d["sessions"]}
    assert contexts == {"pre_run", "rest_day", "daily", "micro_break"}


def test_the_rich_view_shows_the_week(tmp_path: Path) -> None:
    result = run("--profile", str(EXAMPLES / "profile.json"), "--week-start", "2026-11-23")
    assert result.returncode == 0, result.stderr
    assert "Week of Monday 23 November 2026" in result.stdout
    assert "pre-run" in result.stdout


@pytest.mark.parametrize(
    ("change", "field", "value"),
    [
        ({"run_days": ["tue", "someday"]}, "profile.run_days.1", "someday"),
        ({"minutes": {"pre_run": -5}}, "profile.minutes.pre_run", "-5"),
        ({"equipment": ["wall", "trampoline"]}, "profile.equipment.1", "trampoline"),
        ({"age": 400}, "profile.age", "400"),
        ({"colour": "blue"}, "profile.colour", "blue"),
        ({"avoid": ["moonwalk"]}, "profile.avoid.0", "moonwalk"),
    ],
)
def test_bad_profiles_exit_2_naming_the_field_and_value(
    tmp_path: Path, change: dict[str, object], field: str, value: str
) -> None:
    result = run(
        "--profile", str(write(tmp_path, example_profile() | change)), "--week-start", "2026-11-23"
    )
    assert result.returncode == 2
    assert field in result.stderr
    assert value in result.stderr
    assert "Traceback" not in result.stderr


def test_a_malformed_date_is_refused() -> None:
    result = run("--profile", str(EXAMPLES / "profile.json"), "--week-start", "23/11/2026")
    assert result.returncode == 2
    assert "--week-start" in result.stderr
    assert "23/11/2026" in result.stderr


@pytest.mark.parametrize("content", ["{not json", ""])
def test_a_file_that_is_not_json_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(content)
    result = run("--profile", str(path))
    assert result.returncode == 2
    assert "--profile" in result.stderr
    assert "valid JSON" in result.stderr


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    result = run("--profile", str(tmp_path / "nope.json"))
    assert result.returncode == 2
    assert "nope.json" in result.stderr


def test_a_bad_assessment_names_its_field(tmp_path: Path) -> None:
    bad = write(tmp_path, {"knee_to_wall": {"left": {"distance_cm": -3}}}, "a.json")
    result = run("--profile", str(EXAMPLES / "profile.json"), "--assessment", str(bad))
    assert result.returncode == 2
    assert "assessment.knee_to_wall.left.distance_cm" in result.stderr


def test_no_minutes_at_all_gives_a_plan_that_says_so(tmp_path: Path) -> None:
    profile = write(tmp_path, example_profile() | {"minutes": {}})
    result = run("--profile", str(profile), "--week-start", "2026-11-23", "--json")
    assert result.returncode == 0, result.stderr
    week = json.loads(result.stdout)
    assert all(day["sessions"] == [] for day in week["days"])
    assert any(note["code"] == "no_minutes" for note in week["notes"])
    assert any("No minutes are set" in note["text"] for note in week["notes"])

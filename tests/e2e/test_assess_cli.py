"""Drive the real ``limberup assess`` command: evaluate files, refuse bad ones, walk the tests."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pexpect
import pytest

from tests.e2e.coach_helpers import environment, exported, interruptible, set_up
from tests.e2e.waits import WAIT_CEILING_S
from tests.paths import EXAMPLES

LIMBERUP = str(Path(sys.executable).with_name("limberup"))
EXAMPLE = EXAMPLES / "assessment.json"
# No colours, and a wide terminal so that no question is wrapped (a "dumb" one is 80 wide).
ENV = {
    **{k: v for k, v in os.environ.items() if not k.startswith("LIMBERUP_")},
    "TERM": "xterm",
    "NO_COLOR": "1",
    "COLUMNS": "200",
}


def limberup(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [LIMBERUP, *map(str, args)], capture_output=True, text=True, env=ENV, check=False
    )


def write(tmp_path: Path, data: Any, name: str = "assessment.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_the_shared_example_evaluates_to_the_contract(tmp_path: Path) -> None:
    result = limberup("assess", "evaluate", EXAMPLE, "--json")
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert set(output) == {"findings", "hypermobile", "refer", "fms_aslr"}
    assert output["fms_aslr"] == {"left": None, "right": 3}
    assert (output["hypermobile"], output["refer"]) == (False, False)
    ids = {(f["id"], f["side"]) for f in output["findings"]}
    assert {("slr_limited", "left"), ("slr_normal", "right")} <= ids
    assert {("knee_to_wall_limited", "left"), ("knee_to_wall_asymmetric", "left")} <= ids
    assert ("standing_hip_limited", "left") in ids
    assert ("tibial_rotation_limited", "left") in ids
    assert ("thoracic_rotation_limited", "left") in ids
    assert ("beighton_normal", None) in ids
    for finding in output["findings"]:
        assert set(finding) == {
            "id", "test", "side", "status", "value", "unit", "norm", "source", "message"
        }  # fmt: skip


def test_evaluate_without_json_prints_a_table_with_norms_and_sources() -> None:
    result = limberup("assess", "evaluate", EXAMPLE, "--units", "imperial")
    assert result.returncode == 0, result.stderr
    # The angle is judged by the active raise's pass mark, no longer by the passive 80° norm.
    for text in ("Findings", "Straight-leg raise", "75.6° or more", "Winter 2009", "risk cutoff"):
        assert text in result.stdout
    assert "Hoch & McKeon 2011" in result.stdout


BAD_FILES: list[tuple[str, Any, list[str]]] = [
    ("invalid JSON", '{"date": "2026-01-05", "slr": ', ["not valid JSON", "line 1"]),
    ("not an object", [1, 2], ["(top level)", "[1, 2]"]),
    ("no date", {"age": 30}, ["date", "required"]),
    (
        "negative distance",
        {"date": "2026-01-05", "knee_to_wall": {"left": {"distance_cm": -2}}},
        ["knee_to_wall.left.distance_cm", "greater than or equal to 0", "-2"],
    ),
    (
        "angle over 180",
        {"date": "2026-01-05", "slr": {"right": {"angle_deg": 181}}},
        ["slr.right.angle_deg", "less than or equal to 180", "181"],
    ),
    (
        "beighton over 9",
        {"date": "2026-01-05", "beighton": {"total": 12}},
        ["beighton.total", "less than or equal to 9", "12"],
    ),
    (
        "wrong type",
        {"date": "2026-01-05", "thoracic_rotation": {"left": {"angle_deg": "47"}}},
        ["thoracic_rotation.left.angle_deg", "valid number", "'47'"],
    ),
    (
        "unknown key",
        {"date": "2026-01-05", "slr": {"left": {"angle": 65}}},
        ["slr.left.angle", "unknown field", "angle_deg, down_leg_moved, door_jamb_passed"],
    ),
    (
        "incomplete side",
        {"date": "2026-01-05", "tibial_rotation": {"left": {"internal_deg": 10}}},
        ["tibial_rotation.left", "external_deg is missing"],
    ),
    (
        "empty side",
        {"date": "2026-01-05", "knee_to_wall": {"right": {}}},
        ["knee_to_wall.right", "distance_cm, distance_in or angle_deg", "nothing was given"],
    ),
    ("no side", {"date": "2026-01-05", "slr": {}}, ["slr", "give left, right or both"]),
]


@pytest.mark.parametrize(("case", "data", "words"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_a_bad_file_exits_2_naming_the_field_and_value(
    tmp_path: Path, case: str, data: Any, words: list[str]
) -> None:
    path = write(tmp_path, data)
    # Without --json for one case: the table output refuses bad input the same way.
    result = limberup("assess", "evaluate", path, *([] if case == "wrong type" else ["--json"]))
    assert result.returncode == 2
    assert result.stdout == ""
    assert str(path) in result.stderr
    for word in words:
        assert word in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_file_exits_2(tmp_path: Path) -> None:
    result = limberup("assess", "evaluate", tmp_path / "nowhere.json", "--json")
    assert result.returncode == 2
    assert "nowhere.json: no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_compare_judges_each_side_against_the_smallest_real_change(tmp_path: Path) -> None:
    def ankles(date: str, left: float, right: float) -> dict[str, Any]:
        sides = {"left": {"distance_cm": left}, "right": {"distance_cm": right}}
        return {"date": date, "knee_to_wall": sides}

    before = write(tmp_path, ankles("2026-01-05", 8, 10), "before.json")
    after = write(tmp_path, ankles("2026-01-12", 10, 9), "after.json")
    result = limberup("assess", "compare", before, after, "--json")
    assert result.returncode == 0, result.stderr
    outcomes = {c["side"]: c["outcome"] for c in json.loads(result.stdout)["changes"]}
    assert outcomes == {"left": "improved", "right": "no_real_change"}
    table = limberup("assess", "compare", before, after)
    assert "improved" in table.stdout
    assert "no real change" in table.stdout
    bad = limberup("assess", "compare", before, write(tmp_path, {"date": 3}, "bad.json"))
    assert bad.returncode == 2
    assert "bad.json: date" in bad.stderr


class Session:
    """The interactive command on a pseudo-terminal, answered question by question."""

    def __init__(self, *args: str, data_dir: Path | None = None) -> None:
        where = data_dir or Path(tempfile.mkdtemp(prefix="limberup-assess-"))
        self.child = pexpect.spawn(
            LIMBERUP,
            ["assess", *args],
            env=environment(where) | {"COLUMNS": "200"},
            encoding="utf-8",
            timeout=WAIT_CEILING_S,
            dimensions=(60, 200),
            preexec_fn=interruptible,
        )
        self.seen: list[str] = []

    def answer(self, question: str, reply: str) -> None:
        """Wait for ``question`` and type ``reply``."""
        self.child.expect(re.escape(question))
        self.seen.append(self.child.before + self.child.after)
        self.child.sendline(reply)

    def expect(self, text: str) -> str:
        self.child.expect(re.escape(text))
        self.seen.append(self.child.before + self.child.after)
        return self.child.before + self.child.after

    def finish(self) -> str:
        self.child.expect(pexpect.EOF)
        self.seen.append(self.child.before)
        self.child.close()
        return "".join(self.seen)


def test_the_interactive_flow_asks_again_skips_and_saves(tmp_path: Path) -> None:
    saved = tmp_path / "mine.json"
    session = Session("--save", str(saved), "--date", "2026-11-16")
    first = session.expect("Ready to start? (y/n)")
    assert "do not diagnose" in first  # the safety note comes before anything is asked
    session.child.sendline("y")
    session.answer("Your age (5-110)", "old")
    session.expect("'old' is not a whole number")
    session.answer("Your age (5-110)", "38")
    # Straight-leg raise: instructions, then an out-of-range angle asked again.
    session.expect("Test 1 of 8: Straight-leg raise")
    session.expect("door frame")
    session.answer("How did you record it? (angle/doorway/fms)", "angle")
    session.answer("Left leg: angle in degrees (0-180)", "200")
    session.expect("less than or equal to 180")
    session.answer("Left leg: angle in degrees (0-180)", "64")
    session.answer("Left leg: did the leg on the floor move? (y/n)", "maybe")
    session.expect("'maybe' is not y or n")
    session.answer("Left leg: did the leg on the floor move? (y/n)", "y")
    session.answer("Right leg: angle in degrees (0-180)", "85")
    session.answer("Right leg: did the leg on the floor move? (y/n)", "n")
    session.answer("Distance or shin angle? (distance/angle)", "d")
    session.answer("Left ankle: cm (0-50)", "-1")
    session.expect("greater than or equal to 0")
    session.answer("Left ankle: cm (0-50)", "8")
    session.answer("Right ankle: cm (0-50)", "10.5")
    session.answer("Left hip: thigh to chest? (y/n)", "s")  # skip the standing hip test
    session.expect("Skipped.")
    session.answer("Degrees or feel? (degrees/feel)", "feel")
    session.answer("Left knee: feel (free/stiff/painful)", "tight")
    session.expect("'tight' is not one of free, stiff, painful")
    session.answer("Left knee: feel (free/stiff/painful)", "stiff")
    session.answer("Right knee: feel (free/stiff/painful)", "free")
    session.answer("Turning left: degrees (0-180)", "47")
    session.answer("Turning right: degrees (0-180)", "52")
    session.answer("Score each item or give the total? (items/total)", "total")
    session.answer("Beighton total (0-9)", "10")
    session.expect("less than or equal to 9")
    session.answer("Beighton total (0-9)", "1")
    session.answer("palms flat on the floor with straight knees? (y/n)", "skip")
    session.answer("Does anything hurt when you are at rest? (y/n)", "n")
    session.answer("Which tests hurt?", "none")
    results = session.expect("Saved your answers to")
    output = session.finish()
    assert session.child.exitstatus == 0, output
    for text in ("Findings", "limited", "asymmetric", "75.6° or more", "Winter", "Hoch & McKeon"):
        assert text in results
    assert "storage" in output
    answers = json.loads(saved.read_text(encoding="utf-8"))
    assert answers == {
        "date": "2026-11-16",
        "age": 38,
        "slr": {
            "left": {"angle_deg": 64.0, "down_leg_moved": True},
            "right": {"angle_deg": 85.0, "down_leg_moved": False},
        },
        "knee_to_wall": {"left": {"distance_cm": 8.0}, "right": {"distance_cm": 10.5}},
        "tibial_rotation": {"left": {"feel": "stiff"}, "right": {"feel": "free"}},
        "thoracic_rotation": {"left": {"angle_deg": 47.0}, "right": {"angle_deg": 52.0}},
        "beighton": {"total": 1},
        "pain": {"at_rest": False, "during_tests": [], "where": []},
    }
    evaluated = json.loads(limberup("assess", "evaluate", saved, "--json").stdout)
    ids = {(f["id"], f["side"]) for f in evaluated["findings"]}
    assert ("slr_limited", "left") in ids
    assert ("knee_to_wall_asymmetric", "left") in ids
    assert not any(f["test"] == "standing_hip" for f in evaluated["findings"])


def test_imperial_asks_inches_and_pain_refers(tmp_path: Path) -> None:
    session = Session("--units", "imperial", "--date", "2026-11-16")
    session.answer("Ready to start? (y/n)", "y")
    session.answer("Your age (5-110)", "s")
    session.answer("How did you record it? (angle/doorway/fms)", "s")
    session.answer("Distance or shin angle? (distance/angle)", "distance")
    session.answer("Left ankle: inches (0-20)", "21")
    session.expect("less than or equal to 20")
    session.answer("Left ankle: inches (0-20)", "3")
    session.answer("Right ankle: inches (0-20)", "4.5")
    for question in ("Left hip", "Degrees or feel?", "Turning left", "Score each item"):
        session.answer(question, "s")
    session.answer("Can you now, or could you ever, lay your palms", "s")
    session.answer("Does anything hurt when you are at rest? (y/n)", "y")
    session.answer("Which tests hurt?", "knee_to_wall, elbow")
    session.expect("'elbow' is not among")
    session.answer("Which tests hurt?", "knee_to_wall")
    session.answer("Where?", "ankle")
    results = session.expect("Save your answers to a JSON file?")
    session.child.sendline(str(tmp_path / "imperial.json"))
    output = session.finish()
    assert session.child.exitstatus == 0, output
    assert "1.5 in apart" in results  # 3 inches against 4.5
    assert "3.9 in or more" in results
    assert "Refer:" in results
    assert "pain at rest (where: ankle)" in results
    answers = json.loads((tmp_path / "imperial.json").read_text(encoding="utf-8"))
    assert answers["knee_to_wall"] == {"left": {"distance_in": 3.0}, "right": {"distance_in": 4.5}}
    assert answers["pain"] == {
        "at_rest": True,
        "during_tests": ["knee_to_wall"],
        "where": ["ankle"],
    }
    assert "slr" not in answers


def test_declining_after_the_safety_note_stops_without_asking_more() -> None:
    session = Session()
    session.answer("Ready to start? (y/n)", "n")
    output = session.finish()
    assert "Come back whenever you are ready." in output
    assert "Your age" not in output
    assert session.child.exitstatus == 0


def test_ending_input_early_saves_nothing(tmp_path: Path) -> None:
    saved = tmp_path / "never.json"
    session = Session("--save", str(saved))
    session.answer("Ready to start? (y/n)", "y")
    session.expect("Your age (5-110)")
    session.child.sendeof()
    output = session.finish()
    assert session.child.exitstatus == 1
    assert "nothing was saved" in output
    assert "Traceback" not in output
    assert not saved.exists()


@pytest.mark.parametrize(
    ("option", "words"),
    [
        (["--save", "/nonexistent-folder/mine.json"], ["--save", "/nonexistent-folder"]),
        (["--date", "16/11/2026"], ["--date", "YYYY-MM-DD", "16/11/2026"]),
        (["--units", "furlongs"], ["--units", "furlongs"]),
    ],
)
def test_bad_options_exit_2_before_any_question(option: list[str], words: list[str]) -> None:
    result = limberup("assess", *option)
    assert result.returncode == 2
    for word in words:
        assert word in result.stderr
    assert "Ready to start" not in result.stdout


def _skip_to_the_end(session: Session) -> None:
    """Skip every test after the straight-leg raise and say nothing hurts."""
    for question in ("Distance or shin angle?", "Left hip", "Degrees or feel?", "Turning left"):
        session.answer(question, "s")
    session.answer("Score each item or give the total?", "s")
    session.answer("Can you now, or could you ever", "s")
    session.answer("Does anything hurt when you are at rest? (y/n)", "n")
    session.answer("Which tests hurt?", "none")


def test_the_profile_gives_the_age_and_units_and_is_not_asked_again(data_dir: Path) -> None:
    set_up(data_dir, {"run_days": ["tue"], "age": 44, "units": "imperial"})
    session = Session("--date", "2026-11-16", data_dir=data_dir)
    session.answer("Ready to start? (y/n)", "y")
    told = session.expect("Test 1 of 8")
    assert "Age 44, from your profile" in told
    assert "Your age" not in told
    session.answer("How did you record it?", "s")
    session.answer("Distance or shin angle? (distance/angle)", "distance")
    session.answer("Left ankle: inches (0-20)", "3")  # the profile's units
    session.answer("Right ankle: inches (0-20)", "4")
    for question in ("Left hip", "Degrees or feel?", "Turning left", "Score each item"):
        session.answer(question, "s")
    session.answer("Can you now, or could you ever", "s")
    session.answer("Does anything hurt when you are at rest? (y/n)", "n")
    session.answer("Which tests hurt?", "none")
    session.answer("Save your answers to a JSON file?", "")
    session.finish()
    (stored,) = exported(data_dir)["assessments"]
    assert stored["inputs"]["age"] == 44
    assert stored["inputs"]["knee_to_wall"]["left"]["distance_in"] == 3.0


def test_the_units_option_overrides_the_profile(data_dir: Path) -> None:
    set_up(data_dir, {"run_days": ["tue"], "units": "imperial"})
    session = Session("--units", "metric", data_dir=data_dir)
    session.answer("Ready to start? (y/n)", "y")
    session.answer("Your age (5-110)", "s")  # the profile has none: asked
    session.answer("How did you record it?", "s")
    session.answer("Distance or shin angle? (distance/angle)", "distance")
    session.expect("Left ankle: cm (0-50)")
    session.child.sendcontrol("c")
    session.finish()


def test_ctrl_c_at_the_optional_question_keeps_the_assessment(data_dir: Path) -> None:
    session = Session("--date", "2026-11-16", data_dir=data_dir)
    session.answer("Ready to start? (y/n)", "y")
    session.answer("Your age (5-110)", "39")
    session.answer("How did you record it?", "angle")
    for side in ("Left", "Right"):
        session.answer(f"{side} leg: angle in degrees", "70")
        session.answer(f"{side} leg: did the leg on the floor move?", "n")
    _skip_to_the_end(session)
    before = session.expect("Save your answers to a JSON file?")
    assert "Kept in LimberUp's storage" in before  # stored before the question is asked
    session.child.send("\x03")
    output = session.finish()
    assert "Traceback" not in output
    (stored,) = exported(data_dir)["assessments"]
    assert stored["inputs"]["age"] == 39
    assert stored["inputs"]["slr"]["left"]["angle_deg"] == 70


def test_ctrl_c_before_the_end_stores_nothing_and_says_so(data_dir: Path) -> None:
    session = Session("--date", "2026-11-16", data_dir=data_dir)
    session.answer("Ready to start? (y/n)", "y")
    session.answer("Your age (5-110)", "39")
    session.expect("How did you record it?")
    session.child.send("\x03")
    output = session.finish()
    assert session.child.exitstatus == 1
    assert "nothing was saved" in output
    assert "Traceback" not in output
    assert exported(data_dir)["assessments"] == []

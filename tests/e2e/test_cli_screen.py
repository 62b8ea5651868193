"""What a runner sees in an 80-column terminal: help, tables and messages in plain words."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pexpect
import pytest

from tests.e2e.coach_helpers import DAY, LIMBERUP, environment, interruptible, run, set_up
from tests.e2e.waits import WAIT_CEILING_S
from tests.paths import EXAMPLES

ANSI = re.compile(r"\x1b\[[0-9;]*m")
TYPE_TAG = re.compile(r"<(bool|str|int|float|Path|text|integer)>", re.IGNORECASE)


def screen(data_dir: Path, *args: str) -> str:
    """Everything ``limberup *args`` shows on an 80-column pseudo-terminal."""
    child = pexpect.spawn(
        LIMBERUP,
        list(args),
        env=environment(data_dir) | {"COLUMNS": "80"},
        encoding="utf-8",
        timeout=WAIT_CEILING_S,
        dimensions=(50, 80),
        preexec_fn=interruptible,
    )
    output = child.read()
    child.close()
    assert child.exitstatus == 0, output
    return ANSI.sub("", output.replace("\r\n", "\n"))


def fits(output: str) -> None:
    widest = max(len(line.rstrip()) for line in output.splitlines())
    assert widest <= 80, output


@pytest.mark.parametrize(
    "command", [[], ["today"], ["catalog"], ["catalog", "list"], ["assess"], ["plan", "generate"]]
)
def test_dash_h_is_help_in_plain_words(data_dir: Path, command: list[str]) -> None:
    output = screen(data_dir, *command, "-h")
    assert "Usage: limberup" in output
    assert not TYPE_TAG.search(output), output
    assert "--install-completion" not in output
    fits(output)


def test_findings_fit_80_columns_with_named_sources(data_dir: Path) -> None:
    output = screen(data_dir, "assess", "evaluate", str(EXAMPLES / "assessment.json"))
    fits(output)
    assert "Winter 2009" in output  # every norm names its source
    assert "Backman & Danielson 2011" in output
    assert "Esther Smith" in output
    assert "seed 0" not in output
    assert "left -" not in output
    assert "right -" not in output


def test_today_names_drills_with_units_and_no_catalogue_hash(data_dir: Path) -> None:
    set_up(data_dir)
    output = screen(data_dir, "today", "--date", "2026-11-18")
    fits(output)
    plan = screen(data_dir, "plan", "--week-start", "2026-11-18")
    assert "catalogue" not in plan
    assert "_" not in re.sub(r"`[^`]*`", "", output)  # no ids outside command examples
    drills = [line for line in output.splitlines() if line.startswith("   ") and line[3] != " "]
    assert drills, output
    for line in drills:  # each dose with its unit
        assert re.search(r"\d+ (steps|reps|each side|s\b|breaths|min)", line), line


SNAKE_ID = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")
HASH = re.compile(r"\b[0-9a-f]{8,}\b")
SHORT_WEEKDAY = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b")
JARGON = ("seed 0", "sagittal", "frontal plane", "transverse", "left -", "right -", "optimal")


def reads_plainly(output: str) -> None:
    """At most 80 columns, and no ids, hashes, short weekdays or jargon outside `commands`."""
    fits(output)
    prose = re.sub(r"`[^`]*`", "", output)
    assert not SNAKE_ID.search(prose), SNAKE_ID.search(prose)
    assert not HASH.search(prose), HASH.search(prose)
    assert not SHORT_WEEKDAY.search(prose), SHORT_WEEKDAY.search(prose)
    for word in JARGON:
        assert word not in prose, word


@pytest.fixture(scope="module")
def lived_in(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory with a profile, two assessments, a week's plan and a painful log."""
    data_dir = tmp_path_factory.mktemp("screen") / "limberup-data"
    set_up(
        data_dir,
        {
            "run_days": ["mon", "wed", "sat"],
            "run_times": {"wed": "07:30"},
            "equipment": ["wall", "strap", "foam_roller"],
            "minutes": {"pre_run": 5, "rest_day": 8, "daily": 4},
            "age": 41,
        },
    )
    example = json.loads((EXAMPLES / "assessment.json").read_text(encoding="utf-8"))
    for date, left in (("2026-11-09", 7.5), ("2026-11-16", 9.0)):
        path = data_dir.parent / f"assessment-{date}.json"
        example |= {"date": date, "knee_to_wall": {"left": {"distance_cm": left}}}
        path.write_text(json.dumps(example), encoding="utf-8")
        _record(data_dir, path)
    assert run(data_dir, "plan", "--week-start", DAY, "--new").returncode == 0
    child = pexpect.spawn(
        LIMBERUP,
        ["log", "1", "--date", DAY],
        env=environment(data_dir),
        encoding="utf-8",
        timeout=WAIT_CEILING_S,
        preexec_fn=interruptible,
    )
    child.expect_exact("(y/n) [y]")
    child.sendline("n")
    child.expect_exact("As planned?")
    child.sendline("skipped")
    child.expect_exact("Did anything hurt?")
    child.sendline("2")
    child.expect_exact("Where?")
    child.sendline("hip flexors")
    while child.expect_exact(["As planned?", "Logged."]) == 0:
        child.sendline("")
    child.wait()
    return data_dir


def _record(data_dir: Path, path: Path) -> None:
    """Store an assessment file as ``limberup assess`` would (through the service)."""
    from limberup.adapters.db.database import open_database
    from limberup.adapters.db.unit_of_work import SqlUnitOfWork, session_factory
    from limberup.bootstrap import build_runtime
    from limberup.services.assessments import record_assessment_data
    from limberup.services.users import local_user

    engine = open_database(f"sqlite:///{data_dir / 'limberup.db'}")
    factory = session_factory(engine)
    user = local_user(SqlUnitOfWork(factory))
    data = json.loads(path.read_text(encoding="utf-8"))
    record_assessment_data(SqlUnitOfWork(factory), build_runtime(), user, data)
    engine.dispose()


@pytest.mark.parametrize(
    "command",
    [
        ["today", "--date", DAY],
        ["today", "--date", "2026-11-19"],
        ["plan", "--week-start", DAY],
        ["history"],
        ["progress"],
        ["catalog", "list"],
        ["catalog", "show", "Bent-knee ankle matrix"],
        ["catalog", "show", "Band/strap assisted straight leg raise"],
        ["catalog", "show", "Toe walking"],
        ["programs", "list"],
        ["programs", "show", "Straight-leg-raise fix"],
        ["assess", "evaluate", str(EXAMPLES / "assessment.json")],
        ["init", "--defaults"],
    ],
    ids=lambda command: "-".join(command[:2]).replace("/", "_"),
)
def test_every_screen_fits_80_columns_in_plain_words(lived_in: Path, command: list[str]) -> None:
    reads_plainly(screen(lived_in, *command))


def test_the_profile_is_shown_back_with_weekdays_and_kit_in_words(lived_in: Path) -> None:
    output = screen(lived_in, "init", "--defaults")
    assert "Monday, Wednesday 07:30, Saturday" in output
    assert "foam roller" in output


def test_doses_carry_their_units(lived_in: Path) -> None:
    output = screen(lived_in, "today", "--date", DAY)
    doses = re.findall(r"^   \S.*?  (\S.*)$", output, flags=re.MULTILINE)
    assert doses, output
    for dose in doses:
        assert re.match(r"(\d+ sets of )?\d+ (reps?|steps|feet)\b", dose.strip()), dose


def test_a_straight_leg_raise_side_not_scored_is_said_to_be_not_measured(lived_in: Path) -> None:
    output = screen(lived_in, "assess", "evaluate", str(EXAMPLES / "assessment.json"))
    assert "left not measured, right 3" in output

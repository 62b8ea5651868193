"""What a runner sees in an 80-column terminal: help, tables and messages in plain words."""

from __future__ import annotations

import re
from pathlib import Path

import pexpect
import pytest

from tests.e2e.coach_helpers import LIMBERUP, environment, set_up
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
    assert "Ayala et al. 2013" in output  # every norm names its source
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

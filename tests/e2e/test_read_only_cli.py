"""A data directory the runner cannot write to: reading commands work, writing ones say why."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.coach_helpers import DAY, LIMBERUP, environment, run, set_up
from tests.e2e.waits import WAIT_CEILING_S

# Root writes through any file mode: run the command as an ordinary user of its own user
# namespace instead, to whom the files still belong but who has no power to override modes.
AS_ORDINARY_USER = (
    ["unshare", "--user", "--map-user=65534", "--map-group=65534"] if os.geteuid() == 0 else []
)


def run_read_only(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*AS_ORDINARY_USER, LIMBERUP, *args],
        capture_output=True,
        text=True,
        env=environment(data_dir),
        check=False,
        timeout=WAIT_CEILING_S,
    )


@pytest.fixture(scope="module")
def locked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A data directory with a profile and this week's plan, then made read-only (shared:
    nothing the tests run may change it)."""
    data_dir = tmp_path_factory.mktemp("read-only") / "limberup-data"
    set_up(data_dir)
    assert run(data_dir, "today", "--date", DAY).returncode == 0  # stores the week's plan
    files = [data_dir / "limberup.db", data_dir]
    modes = {path: path.stat().st_mode for path in files}
    for path in files:
        path.chmod(stat.S_IMODE(modes[path]) & ~0o222)
    probe = run_read_only(data_dir, "--version")
    if probe.returncode != 0:
        pytest.skip(f"cannot run as an ordinary user here: {probe.stderr}")
    yield data_dir
    for path in reversed(files):
        path.chmod(modes[path])


@pytest.mark.parametrize(
    "command",
    [
        ["export"],
        ["history"],
        ["progress"],
        ["today", "--date", DAY],
        ["plan", "--week-start", DAY],
    ],
)
def test_reading_commands_work_on_a_read_only_data_directory(
    locked: Path, command: list[str]
) -> None:
    before = (locked / "limberup.db").read_bytes()
    result = run_read_only(locked, *command)
    assert result.returncode == 0, result.stderr
    assert result.stdout
    assert (locked / "limberup.db").read_bytes() == before  # nothing written
    assert sorted(p.name for p in locked.iterdir()) == ["limberup.db"]  # no journal either


def test_export_on_a_read_only_data_directory_has_everything(locked: Path) -> None:
    document = json.loads(run_read_only(locked, "export").stdout)
    assert document["profile"] is not None
    assert len(document["plans"]) == 1


@pytest.mark.parametrize(
    "command",
    [
        ["log", "1", "--date", DAY, "--as-planned"],
        ["init", "--defaults"],
        ["plan", "--new", "--week-start", DAY],
        ["go", "1", "--date", DAY],
    ],
)
def test_writing_commands_name_the_read_only_file(locked: Path, command: list[str]) -> None:
    result = run_read_only(locked, *command)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{locked / 'limberup.db'} cannot be written" in result.stderr
    assert "read-only" in result.stderr
    assert "LIMBERUP_DATA_DIR" in result.stderr


def test_a_week_not_planned_yet_is_refused_with_the_reason(locked: Path) -> None:
    # Next week: near enough to be stored once planned (a far week is only shown).
    today = dt.date.today()
    next_monday = today + dt.timedelta(days=7 - today.weekday())
    result = run_read_only(locked, "plan", "--week-start", next_monday.isoformat())
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "the database is read-only and this needs to store something" in result.stderr

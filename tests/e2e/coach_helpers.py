"""Running the real ``limberup`` command against a data directory of the test's own."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pexpect

from tests.e2e.waits import WAIT_CEILING_S

LIMBERUP = str(Path(sys.executable).with_name("limberup"))
DAY = "2026-11-18"
"""A Wednesday: every test plays the same day, whatever the date it runs on."""
SHORT_WEEK = {
    "run_days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    "equipment": ["wall"],
    "minutes": {"pre_run": 3},
}
"""A run every day and three minutes of drills before it: one short session a day."""


def environment(data_dir: Path) -> dict[str, str]:
    """The caller's environment without LimberUp settings, on ``data_dir``, without colour."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIMBERUP_")}
    env |= {
        "LIMBERUP_DATA_DIR": str(data_dir),
        "XDG_DATA_HOME": str(data_dir / "xdg"),  # never the real user's data directory
        "TERM": "xterm",
        "NO_COLOR": "1",
        "COLUMNS": "120",
    }
    return env


def run(
    data_dir: Path, *args: str | Path, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``limberup *args`` to the end, with ``env`` added to its environment."""
    return subprocess.run(
        [LIMBERUP, *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment(data_dir) | (env or {}),
        check=False,
        timeout=WAIT_CEILING_S,
    )


def interruptible() -> None:
    """Let Ctrl-C reach the child: a shell starts background jobs (a test run behind ``&`` or
    ``nohup``) with SIGINT ignored, children inherit that, and Python then never raises
    KeyboardInterrupt, so a test that presses Ctrl-C would wait for ever."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def spawn(data_dir: Path, *args: str) -> pexpect.spawn:
    """Start ``limberup *args`` on a pseudo-terminal."""
    return pexpect.spawn(
        LIMBERUP,
        list(args),
        env=environment(data_dir),
        encoding="utf-8",
        timeout=WAIT_CEILING_S,
        dimensions=(50, 120),
        preexec_fn=interruptible,
    )


def set_up(data_dir: Path, profile: dict[str, Any] | None = None) -> None:
    """Store a profile (the short week by default)."""
    path = data_dir.parent / "profile.json"
    path.write_text(json.dumps(profile or SHORT_WEEK), encoding="utf-8")
    result = run(data_dir, "init", "--profile", path)
    assert result.returncode == 0, result.stderr


def exported(data_dir: Path) -> dict[str, Any]:
    """Everything stored, through ``limberup export``."""
    result = run(data_dir, "export")
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def answer_slr_and_skip_to_pain(child: pexpect.spawn, left: float, right: float) -> None:
    """Drive ``limberup assess`` from its start: the straight-leg raise by angle, every other
    test skipped, up to the pain screen's first question (which the caller answers)."""
    child.expect_exact("Ready to start? (y/n)")
    child.sendline("y")
    child.expect_exact("Your age")
    child.sendline("s")
    child.expect_exact("How did you record it?")
    child.sendline("angle")
    for angle in (left, right):
        child.expect_exact("angle in degrees")
        child.sendline(f"{angle:g}")
        child.expect_exact("did the leg on the floor move?")
        child.sendline("n")
    for question in ("Distance or shin angle?", "Left hip", "Degrees or feel?", "Turning left"):
        child.expect_exact(question)
        child.sendline("s")
    child.expect_exact("Score each item or give the total?")
    child.sendline("s")
    child.expect_exact("Can you now, or could you ever")
    child.sendline("s")
    child.expect_exact("Does anything hurt when you are at rest?")

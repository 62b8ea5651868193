"""`limberup plan` and `limberup history` show hold decisions with their reason."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.coach_helpers import run, set_up


def test_a_week_with_nothing_logged_shows_why_nothing_moved(data_dir: Path) -> None:
    set_up(data_dir)
    assert run(data_dir, "plan", "--week-start", "2026-11-16").returncode == 0
    # Nothing logged in the week of 16 November: the next week holds each drill, and says why.
    result = run(data_dir, "plan", "--week-start", "2026-11-23")
    assert result.returncode == 0, result.stderr
    assert "What your retests and logs decided" in result.stdout
    assert ": hold (not done last week" in " ".join(result.stdout.split())
    history = run(data_dir, "history")
    assert history.returncode == 0, history.stderr
    assert "hold (not done last week" in " ".join(history.stdout.split())

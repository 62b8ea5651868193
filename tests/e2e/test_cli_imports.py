"""Commands load only what they use: a start-up that stays fast is a matter of what is imported.

Each command runs in a fresh interpreter, which then reports the heavy modules it loaded. The
CPU figures themselves are measured by ``bench/cli_start.py``, not asserted here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.coach_helpers import environment, run, set_up

HEAVY = (
    "alembic",
    "numpy",
    "highspy",
    "matplotlib",
    "fastapi",
    "uvicorn",
    "starlette",
    "jinja2",
    "psycopg",
    "weasyprint",
    "pygments",
    "rich.syntax",
    "termios",
    "limberup.entrypoints.web",
    "limberup.adapters.solver",
)
REPORT = """
import json, sys
sys.argv = ["limberup", *sys.argv[1:]]
from limberup.entrypoints.cli.launch import main
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(name for name in sys.modules if name.split(".")[0] in {}
                        or name in {})), file=sys.stderr)
"""


QUICK_TODAY_SKIPS = ("sqlalchemy", "pydantic", "pydantic_settings", "typer", "click")
"""What ``today`` on a stored plan of the embedded database does without (``quick_today``)."""


def loaded(data_dir: Path, *args: str, heavy: tuple[str, ...] = HEAVY) -> set[str]:
    """The ``heavy`` modules ``limberup *args`` imported (checked by prefix, as a set)."""
    code = REPORT.replace("{}", repr({name.split(".")[0] for name in heavy}), 1)
    code = code.replace("{}", repr(set(heavy)), 1)
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=environment(data_dir),
        check=False,
        timeout=300,
    )
    names = set(json.loads(result.stderr.strip().splitlines()[-1]))
    return {h for h in heavy if any(n == h or n.startswith(h + ".") for n in names)}


def test_the_version_loads_no_database_and_no_pydantic(data_dir: Path) -> None:
    assert loaded(data_dir, "--version") == set()


@pytest.mark.parametrize("command", [["today"], ["plan"], ["history"], ["catalog", "list"]])
def test_reading_a_stored_plan_loads_no_migrations_solver_web_or_charts(
    data_dir: Path, command: list[str]
) -> None:
    set_up(data_dir)
    assert run(data_dir, "today").returncode == 0  # the first call plans and stores the week
    assert loaded(data_dir, *command) == set()


def test_today_on_a_stored_plan_loads_no_database_library_pydantic_or_typer(
    data_dir: Path,
) -> None:
    set_up(data_dir)
    assert run(data_dir, "today").returncode == 0  # the first call plans and stores the week
    assert loaded(data_dir, "today", heavy=QUICK_TODAY_SKIPS) == set()
    # Where the quick reader steps aside (no plan stored for that week) the full one answers.
    later = loaded(data_dir, "today", "--date", "2031-01-06", heavy=QUICK_TODAY_SKIPS)
    assert {"sqlalchemy", "pydantic", "typer"} <= later


def test_a_new_database_is_migrated_through_alembic(data_dir: Path) -> None:
    # The other side of the fast path: only a database not at the newest schema loads Alembic.
    assert "alembic" in loaded(data_dir, "history")

"""Fixtures every test folder shares."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


def pytest_configure(config: pytest.Config) -> None:
    # Any command a test starts without its own data directory falls back to the platform's
    # default; point that default into a temporary folder so no test ever writes to (or
    # reads) the real ~/.local/share/limberup of whoever runs the suite.
    home = Path(tempfile.mkdtemp(prefix="limberup-tests-xdg-"))
    os.environ["XDG_DATA_HOME"] = str(home)
    config.add_cleanup(lambda: shutil.rmtree(home, ignore_errors=True))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data directory that does not exist yet, as on a first start."""
    return tmp_path / "limberup-data"


def chromium_or_skip() -> str:
    """Debian's chromium for the browser tests: skipped where it is not installed, except in
    CI (``LIMBERUP_REQUIRE_BROWSER=1``), where a missing browser is a failure."""
    path = shutil.which("chromium")
    if path is None:
        reason = "Debian's chromium is not installed (apt-get install chromium)"
        if os.environ.get("LIMBERUP_REQUIRE_BROWSER") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return path

"""The layering in docs/architecture.md, enforced by import-linter's contracts in pyproject."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def run_lint_imports(*, source_root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(source_root)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_the_package_keeps_its_import_contracts() -> None:
    result = run_lint_imports(source_root=REPO_ROOT / "src")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "offending_import", "contract"),
    [
        ("domain/__init__.py", "import limberup.adapters.db.engine", "The domain is pure"),
        ("domain/__init__.py", "import limberup.services.status", "The domain is pure"),
        ("entrypoints/cli/__init__.py", "import limberup.entrypoints.web.app", "import each other"),
        ("entrypoints/web/__init__.py", "import limberup.entrypoints.cli.app", "import each other"),
        ("services/__init__.py", "import limberup.bootstrap", "The layers"),
        ("adapters/__init__.py", "import limberup.services.plans", "The layers"),
        ("catalog/__init__.py", "import limberup.adapters.jsonfile", "The layers"),
        ("domain/__init__.py", "import limberup.catalog.loader", "The domain is pure"),
        ("services/__init__.py", "import limberup.settings", "Settings reach the core"),
    ],
)
def test_a_forbidden_import_breaks_the_contract(
    tmp_path: Path, module: str, offending_import: str, contract: str
) -> None:
    copy = tmp_path / "src"
    shutil.copytree(REPO_ROOT / "src", copy, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / "limberup" / module
    target.write_text(target.read_text() + f"\n{offending_import}\n")
    result = run_lint_imports(source_root=copy)
    assert result.returncode != 0
    assert contract in result.stdout
    assert "BROKEN" in result.stdout

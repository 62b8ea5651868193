"""The plan checker stays independent of the planner it checks."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.rules import plan_check

ALLOWED_PLANNING = {"limberup.domain.planning.week", "limberup.domain.planning.notes"}
"""The plan's value types and its coded notes: what the checker reads, not how it was made."""


def _imported(module_file: str) -> set[str]:
    tree = ast.parse(Path(module_file).read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_the_checker_imports_no_planner_filter_model_or_player() -> None:
    imported = _imported(plan_check.__file__)
    planning = {m for m in imported if m.startswith("limberup.domain.planning")}
    assert planning <= ALLOWED_PLANNING
    assert not {m for m in imported if m.startswith("limberup.domain.session")}
    assert not {
        m for m in imported if m.startswith(("limberup.domain.progression", "limberup.services"))
    }

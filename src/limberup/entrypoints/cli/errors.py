"""How the command line reports a problem: a clear message on stderr and a known exit code."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NoReturn

import typer
from pydantic import ValidationError
from rich.console import Console

USAGE_ERROR = 2
"""Bad input: a value, file or option the user can fix (the scripting contract's code)."""
RUNTIME_ERROR = 1
"""The input was fine but the work could not be done (a database from a newer version, say)."""

stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str, *, code: int = USAGE_ERROR) -> NoReturn:
    """Print ``message`` as an error and exit with ``code``."""
    stderr.print(f"[bold red]error:[/] {message}", markup=True)
    raise typer.Exit(code)


def describe_validation_error(
    error: ValidationError, *, source: str = "", labels: Mapping[str, str] | None = None
) -> str:
    """One line per problem: the field's dotted path, the value given and what is allowed.

    Args:
        error: what pydantic refused.
        source: put before each field path, such as the file name (``"plan.json: "``).
        labels: how the user knows a top-level field, such as ``{"port": "--port"}``.
    """
    lines = []
    for problem in error.errors():
        path = [str(part) for part in problem["loc"]]
        if path and labels and path[0] in labels:
            path[0] = labels[path[0]]
        where = ".".join(path) or "(top level)"
        given = problem.get("input")
        lines.append(
            f"{source}{where}: {problem['msg'].removeprefix('Value error, ')} (got {given!r})"
        )
    return "\n".join(lines)

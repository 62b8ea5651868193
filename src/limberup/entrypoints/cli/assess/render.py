"""How ``limberup assess`` shows things: findings and retest changes as Rich tables, and errors."""

from __future__ import annotations

from pydantic import ValidationError
from rich.console import Console
from rich.table import Table
from rich.text import Text

from limberup.domain.assessment import PROTOCOLS, AssessmentResult, Finding, RetestChange
from limberup.domain.assessment.inputs import fields_at
from limberup.domain.assessment.wording import finding_value, plain_source, show_value
from limberup.domain.vocabulary import Status, TestId

_STATUS_STYLE = {
    Status.NORMAL: "green",
    Status.LIMITED: "yellow",
    Status.ASYMMETRIC: "yellow",
    Status.HYPERMOBILE: "magenta",
    Status.PAINFUL: "bold red",
}
_OUTCOME_STYLE = {"improved": "green", "no_real_change": "", "worse": "bold red"}


def test_title(test: TestId) -> str:
    """The test's short name, as the protocols give it."""
    return PROTOCOLS[test].title


def _side(finding: Finding | RetestChange) -> str:
    return finding.side.value if finding.side else "-"


def findings_table(result: AssessmentResult) -> Table:
    """The findings as a table that fits 80 columns in whole words.

    Each row: the test and side, the status, the value with its unit, and the norm with its
    source under it (every norm names its source).
    """
    table = Table(title="Findings", show_lines=True, expand=True)
    for name, ratio in (("Test", 3), ("Status", 2), ("Value", 2), ("Norm and source", 6)):
        table.add_column(name, ratio=ratio)
    for finding in result.findings:
        style = _STATUS_STYLE[finding.status]
        side = f", {finding.side.value}" if finding.side else ""
        table.add_row(
            f"{test_title(finding.test)}{side}",
            f"[{style}]{finding.status.value}[/]" if style else finding.status.value,
            finding_value(finding),
            Text.assemble(finding.norm, "\n", (plain_source(finding.source), "dim")),
        )
    return table


def print_result(console: Console, result: AssessmentResult) -> None:
    """Print the findings table, what each finding suggests, and the summary flags."""
    if not result.findings:
        console.print("No tests were recorded, so there is nothing to judge yet.")
        return
    console.print(findings_table(result))
    console.print("[bold]What it suggests[/]")
    for finding in result.findings:
        side = f" ({finding.side.value})" if finding.side else ""
        console.print(f"- {test_title(finding.test)}{side}: {finding.message}")
    fms = result.fms_aslr
    if fms is not None and any(score is not None for _, score in fms):
        scores = [f"{side} {'not measured' if score is None else score}" for side, score in fms]
        console.print(
            "Straight-leg raise score (0-3, as the Functional Movement Screen counts it): "
            + ", ".join(scores)
        )
    console.print(f"Hypermobile: {'yes' if result.hypermobile else 'no'}")
    if result.refer:
        console.print(
            "[bold red]Refer:[/] you reported pain. See a doctor or physiotherapist before "
            "training the painful area; LimberUp will not prescribe drills into pain."
        )


def changes_table(changes: tuple[RetestChange, ...]) -> Table:
    """Retest changes as a table: test, side, before, now, change and outcome."""
    table = Table(title="Since the last assessment", show_lines=True, expand=True)
    for name in ("Test", "Side", "Before", "Now", "Change", "Outcome", "Why"):
        table.add_column(name)
    for change in changes:
        style = _OUTCOME_STYLE[change.outcome.value]
        outcome = change.outcome.value.replace("_", " ")
        table.add_row(
            test_title(change.test),
            _side(change),
            show_value(change.previous, change.unit),
            show_value(change.current, change.unit),
            "-" if change.change is None else f"{change.change:+g} {change.unit or ''}".strip(),
            f"[{style}]{outcome}[/]" if style else outcome,
            change.basis,
        )
    return table


def describe_problems(error: ValidationError, *, source: str = "") -> str:
    """One line per problem: the field's dotted path, what is wrong or allowed, the value given.

    Unknown keys list the keys allowed there; a missing field does not echo its parent.

    Args:
        error: what validation refused.
        source: put before each path, such as ``"week.json: "``.
    """
    lines = []
    for problem in error.errors():
        where = ".".join(str(part) for part in problem["loc"]) or "(top level)"
        if problem["type"] == "missing":
            lines.append(f"{source}{where}: required, but missing")
            continue
        message = problem["msg"].removeprefix("Value error, ")
        if problem["type"] == "extra_forbidden":
            allowed = ", ".join(fields_at(problem["loc"][:-1]))
            message = f"unknown field; allowed here: {allowed}"
        lines.append(f"{source}{where}: {message} (got {problem['input']!r})")
    return "\n".join(lines)

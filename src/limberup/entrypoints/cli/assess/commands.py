"""``limberup assess``: the interactive self-assessment, ``evaluate`` and ``compare``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console

from limberup.domain.assessment import Assessment, UnitSystem
from limberup.entrypoints.cli.assess.interview import NotReady, interview
from limberup.entrypoints.cli.assess.render import changes_table, describe_problems, print_result
from limberup.entrypoints.cli.assessment_store import store_assessment, stored_profile
from limberup.entrypoints.cli.errors import RUNTIME_ERROR, fail
from limberup.entrypoints.cli.store import open_store, reported
from limberup.exceptions import InputFileError
from limberup.services.assessments import (
    assess,
    compare_assessments,
    export_assessment,
    parse_assessment,
    read_assessment_file,
)
from limberup.services.dates import refuse_future

assess_app = typer.Typer(
    help="Self-assessment: walk through the tests, or judge and compare saved ones.",
    invoke_without_command=True,
    add_completion=False,
)

Units = Annotated[
    UnitSystem, typer.Option("--units", help="Distances in cm (metric) or inches (imperial).")
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON (the scripting contract).")]


def _date(text: str | None) -> dt.date:
    if text is None:
        return dt.date.today()  # the entrypoint owns the clock; the domain never reads it
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        fail(f"--date: should be a date written as YYYY-MM-DD (got {text!r})")


def _save(console: Console, assessment: Assessment, path: Path) -> None:
    try:
        export_assessment(assessment, path)
    except OSError as error:
        fail(f"{path}: cannot be written ({error.strerror or error})", code=RUNTIME_ERROR)
    console.print(f"Saved your answers to {path}; `limberup assess evaluate {path}` shows them.")


@assess_app.callback()
def assess_interactively(
    ctx: typer.Context,
    units: Annotated[
        UnitSystem | None,
        typer.Option(
            "--units",
            help="Distances in cm (metric) or inches (imperial) [default: your profile's].",
            show_default=False,
        ),
    ] = None,
    save: Annotated[
        Path | None, typer.Option("--save", help="Save the answers to this JSON file.")
    ] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="Date of the tests, YYYY-MM-DD (default: today).")
    ] = None,
) -> None:
    """Walk through the self-tests one by one, then show what they found."""
    if ctx.invoked_subcommand is not None:
        return
    if save is not None and not save.parent.is_dir():  # say so before, not after, the tests
        fail(f"--save: the folder {save.parent} does not exist (got {str(save)!r})")
    day = _date(date)
    console = Console(highlight=False)
    store = open_store()  # before the questions: a database that cannot be used is said first
    if date is not None:  # say so before the tests, not after them
        with reported():
            refuse_future("--date", day, store.runtime.clock.today())
    profile = stored_profile(store)
    units = units or UnitSystem(profile.units if profile else UnitSystem.METRIC)
    try:
        answers = interview(console, units=units, date=day, age=profile.age if profile else None)
    except NotReady:
        console.print("Come back whenever you are ready.")
        raise typer.Exit from None
    except (EOFError, KeyboardInterrupt):
        console.print()
        fail("stopped before the end; nothing was saved", code=RUNTIME_ERROR)
    try:
        assessment = parse_assessment(answers)
    except ValidationError as error:  # every answer was checked; this would be a bug
        fail(describe_problems(error), code=RUNTIME_ERROR)
    # Stored before anything else is shown or asked: stopping now loses nothing.
    store_assessment(console, store, assessment)
    console.rule("Your results")
    print_result(console, assess(assessment, units=units))
    if save is None:
        save = _ask_file(console)
    if save is not None:
        _save(console, assessment, save)


def _ask_file(console: Console) -> Path | None:
    """The optional file to save the answers to; Ctrl-C or Ctrl-D here means none."""
    try:
        where = console.input("Save your answers to a JSON file? File name, or Enter to skip: ")
    except (EOFError, KeyboardInterrupt):
        console.print()
        return None
    return Path(where.strip()) if where.strip() else None


def _load(path: Path) -> Assessment:
    """Read an assessment file, or exit 2 naming the file, the field and the value."""
    try:
        return read_assessment_file(path)
    except InputFileError as error:
        fail(str(error))
    except ValidationError as error:
        fail(describe_problems(error, source=f"{path}: "))


@assess_app.command("evaluate")
def evaluate_command(
    file: Annotated[Path, typer.Argument(help="An assessment as JSON (see docs/assessment.md).")],
    json_output: JsonFlag = False,
    units: Units = UnitSystem.METRIC,
) -> None:
    """Judge a saved assessment and print its findings."""
    result = assess(_load(file), units=units)
    if json_output:
        typer.echo(json.dumps(result.model_dump(mode="json"), indent=2))
    else:
        print_result(Console(highlight=False), result)


@assess_app.command("compare")
def compare_command(
    previous: Annotated[Path, typer.Argument(help="The earlier assessment (JSON).")],
    current: Annotated[Path, typer.Argument(help="The later assessment (JSON).")],
    json_output: JsonFlag = False,
    units: Units = UnitSystem.METRIC,
) -> None:
    """Compare two assessments, side by side, against the smallest real change."""
    changes = compare_assessments(_load(previous), _load(current), units=units)
    if json_output:
        payload = {"changes": [change.model_dump(mode="json") for change in changes]}
        typer.echo(json.dumps(payload, indent=2))
    elif not changes:
        Console().print("The two assessments share no test and side to compare.")
    else:
        Console(highlight=False).print(changes_table(changes))

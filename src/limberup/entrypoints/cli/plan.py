"""``limberup plan``: generate a week from a profile and an assessment."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console

from limberup.adapters.jsonfile import read_json
from limberup.bootstrap import build_runtime
from limberup.entrypoints.cli.errors import describe_validation_error, fail
from limberup.entrypoints.cli.plan_views import print_week
from limberup.exceptions import InputError
from limberup.services.assessments import parse_assessment

plan_app = typer.Typer(help="Your weekly plan.", no_args_is_help=True, add_completion=False)


def _week_start(text: str | None) -> dt.date:
    if text is None:
        today = dt.date.today()  # the entrypoint owns the clock; the domain never reads it
        return today - dt.timedelta(days=today.weekday())
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        fail(f"--week-start: should be a date written as YYYY-MM-DD (got {text!r})")


@plan_app.command("generate")
def generate(
    profile: Annotated[Path, typer.Option("--profile", help="The runner's profile (JSON).")],
    assessment: Annotated[
        Path | None, typer.Option("--assessment", help="A self-assessment (JSON).")
    ] = None,
    week_start: Annotated[
        str | None,
        typer.Option("--week-start", help="First day of the week, YYYY-MM-DD [default: Monday]"),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print JSON (the scripting contract).")
    ] = False,
) -> None:
    """Plan a week around your runs, time and kit, serving what your assessment found."""
    from limberup.services.plans import parse_profile, plan_for  # the solver loads slowly

    start = _week_start(week_start)
    try:
        runner = parse_profile(read_json(profile, what="--profile"))
    except InputError as error:
        fail(str(error))
    except ValidationError as error:
        fail(describe_validation_error(error, source="profile."))
    tests = None
    if assessment is not None:
        try:
            tests = parse_assessment(read_json(assessment, what="--assessment"))
        except InputError as error:
            fail(str(error))
        except ValidationError as error:
            fail(describe_validation_error(error, source="assessment."))
    try:
        week = plan_for(build_runtime(), runner, tests, start)
    except InputError as error:
        fail(f"profile.{error}")
    if as_json:
        typer.echo(json.dumps(week.model_dump(mode="json"), indent=2))
    else:
        print_week(Console(highlight=False), week)

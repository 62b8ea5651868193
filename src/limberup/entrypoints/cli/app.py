"""The ``limberup`` command: its options and the commands it is made of."""

from __future__ import annotations

from typing import Annotated

import typer

from limberup import __version__
from limberup.entrypoints.cli.assess import assess_app
from limberup.entrypoints.cli.catalog import catalog_app, programs_app
from limberup.entrypoints.cli.go import go
from limberup.entrypoints.cli.history import history, progress
from limberup.entrypoints.cli.init import init
from limberup.entrypoints.cli.log import log
from limberup.entrypoints.cli.plan import plan_app
from limberup.entrypoints.cli.serve import serve
from limberup.entrypoints.cli.transfer import export, import_file
from limberup.entrypoints.cli.week import this_week, today

app = typer.Typer(
    name="limberup",
    help="LimberUp: a mobility coach for runners and walkers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command()(serve)
app.add_typer(catalog_app, name="catalog")
app.add_typer(programs_app, name="programs")
app.add_typer(assess_app, name="assess")
app.add_typer(plan_app, name="plan")
app.command("init")(init)
plan_app.callback(invoke_without_command=True, no_args_is_help=False)(this_week)
app.command()(today)
app.command()(go)
app.command("log")(log)
app.command()(history)
app.command()(progress)
app.command()(export)
app.command("import")(import_file)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"limberup {__version__}")
        raise typer.Exit


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Assess, prescribe, guide, retest."""


def main() -> None:
    """Console-script entry point."""
    app()

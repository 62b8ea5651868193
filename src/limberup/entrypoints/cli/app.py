"""The ``limberup`` command: its options and the commands it is made of.

Each command's module is imported only when that command runs (or when the full help lists
them all): the database, the solver and the web stack take most of a second to load, and a
command such as ``limberup --version`` or ``limberup today`` should not pay for the others.
"""

from __future__ import annotations

import importlib
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from limberup import __version__
from limberup.entrypoints.cli.help_format import use_plain_placeholders

use_plain_placeholders()

COMMANDS: dict[str, tuple[str, str]] = {
    "serve": ("serve", "serve"),
    "catalog": ("catalog", "catalog_app"),
    "programs": ("catalog", "programs_app"),
    "assess": ("assess", "assess_app"),
    "plan": ("plan", "plan_app"),
    "init": ("init", "init"),
    "today": ("week", "today"),
    "go": ("go", "go"),
    "log": ("log", "log"),
    "history": ("history", "history"),
    "progress": ("history", "progress"),
    "export": ("transfer", "export"),
    "import": ("transfer", "import_file"),
}
"""Command name: (module under ``limberup.entrypoints.cli``, the Typer app or function in it)."""

CONTEXT = {"help_option_names": ["-h", "--help"]}


class LazyCommands(TyperGroup):
    """A command group that imports a command's module only when the command is asked for."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in COMMANDS:
            return None
        module_name, attribute = COMMANDS[cmd_name]
        module = importlib.import_module(f"limberup.entrypoints.cli.{module_name}")
        target = getattr(module, attribute)
        if cmd_name == "plan":  # ``limberup plan`` alone shows this week
            from limberup.entrypoints.cli.week import this_week

            target.callback(invoke_without_command=True, no_args_is_help=False)(this_week)
        if not isinstance(target, typer.Typer):
            single = typer.Typer(add_completion=False, context_settings=CONTEXT)
            single.command(cmd_name)(target)
            target = single
        else:
            target._add_completion = False
            target.info.context_settings = {**(target.info.context_settings or {}), **CONTEXT}
        command = typer.main.get_command(target)
        command.name = cmd_name
        return command


app = typer.Typer(
    name="limberup",
    cls=LazyCommands,
    help="LimberUp: a mobility coach for runners and walkers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings=CONTEXT,
)


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

"""The ``limberup`` console script: the two answers that must be instant, then the full CLI.

``limberup today`` is what a runner types at the door, and ``--version`` what scripts ask;
both are answered here without loading Typer, SQLAlchemy or pydantic when they can be
(``quick_today`` says when). Everything else, and every case the quick reader steps aside
from, goes to the full command line in ``app``.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    """Console-script entry point."""
    args = sys.argv[1:]
    if args == ["--version"]:
        from limberup import __version__

        print(f"limberup {__version__}")
        return
    if args[:1] == ["today"]:
        from limberup.entrypoints.cli.quick_today import quick_today

        view = quick_today(args[1:], os.environ)
        if view is not None:
            from rich.console import Console

            from limberup.entrypoints.cli.today_view import print_today

            print_today(Console(highlight=False), view)
            return
    from limberup.entrypoints.cli.app import main as full_command_line

    full_command_line()

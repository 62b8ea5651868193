"""``limberup export`` and ``limberup import``: all of your data as one JSON file, and back.

An import is checked whole before anything is written, then written in one transaction: a
corrupt or foreign file imports nothing and says why. Records already stored are kept.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from limberup.entrypoints.cli.errors import fail
from limberup.entrypoints.cli.store import open_store, reported, utc_now
from limberup.services.transfer import (
    export_data,
    export_json,
    parse_export,
    restore,
    sessions_csv,
)


def export(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the JSON here [default: standard output]"),
    ] = None,
    csv_file: Annotated[
        Path | None, typer.Option("--csv", help="Also write the session logs as CSV here.")
    ] = None,
) -> None:
    """Export everything stored for you: profile, assessments, plans, sessions, decisions."""
    store = open_store(read_only=True)
    with reported():
        document = export_data(store.uow(), store.user_id, now=utc_now())
    text = export_json(document)
    if output is None:
        sys.stdout.write(text)
    else:
        _write(output, text, "--output")
    if csv_file is not None:
        _write(csv_file, sessions_csv(document), "--csv")
    if output is not None or csv_file is not None:
        written = ", ".join(str(path) for path in (output, csv_file) if path is not None)
        Console(stderr=True, highlight=False).print(f"Exported to {written}.")


def import_file(
    file: Annotated[Path, typer.Argument(help="A file written by `limberup export`.")],
) -> None:
    """Import an export file; records you already have are kept, nothing is duplicated."""
    try:
        content = file.read_bytes()
    except FileNotFoundError:
        fail(f"{file}: no such file")
    except OSError as error:
        fail(f"{file}: cannot be read ({getattr(error, 'strerror', None) or error})")
    store = open_store()
    with reported():
        drills = {exercise.id for exercise in store.runtime.catalogue.exercises}
        document = parse_export(content, source=str(file), known_drills=drills)
        summary = restore(store.uow(), store.runtime, store.user_id, document)
    table = Table(title=f"Imported {file}")
    for column in ("Records", "In the file", "New"):
        table.add_column(column)
    for kind, (found, new) in summary.counts.items():
        table.add_row(kind, str(found), str(new))
    Console(highlight=False).print(table)


def _write(path: Path, text: str, option: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        fail(f"{option}: {path} cannot be written ({error.strerror or error})")

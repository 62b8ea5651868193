"""``limberup catalog ...`` and ``limberup programs ...``: browse, export and import drills.

Commands only turn options into a query, call the catalogue service or an importer, and show
the result. Bad input exits with code 2 and names the option, the value and what is allowed.
"""

from __future__ import annotations

import difflib
import json
import shutil
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console

from limberup.adapters.importers import ImportResult
from limberup.adapters.importers import import_free_exercise_db as read_free_exercise_db
from limberup.adapters.importers import import_wger as read_wger
from limberup.adapters.importers.files import write_import
from limberup.catalog.loader import load_catalogue
from limberup.catalog.pictures import pictures_of
from limberup.domain.catalog import Catalogue, Exercise
from limberup.domain.vocabulary import (
    TARGETS,
    Context,
    Equipment,
    Modality,
    Plane,
    Region,
)
from limberup.entrypoints.cli import catalog_views as views
from limberup.entrypoints.cli.errors import RUNTIME_ERROR, fail
from limberup.exceptions import CatalogueError, ImportFormatError
from limberup.services.catalogue import (
    ExerciseQuery,
    UnknownExerciseError,
    find_exercises,
    get_exercise,
    get_program,
)

catalog_app = typer.Typer(
    name="catalog", help="Browse, export and import the exercise library.", no_args_is_help=True
)
import_app = typer.Typer(
    name="import", help="Read another catalogue's file and report what maps.", no_args_is_help=True
)
programs_app = typer.Typer(
    name="programs", help="The five articles' routines, in order.", no_args_is_help=True
)
catalog_app.add_typer(import_app)

E = TypeVar("E", bound=StrEnum)
FORMATS = ("json", "csv")

Values = Annotated[list[str] | None, typer.Option(show_default=False)]
Output = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
]


def _console() -> Console:
    return Console(highlight=False)


def _catalogue() -> Catalogue:
    try:
        return load_catalogue()
    except CatalogueError as error:
        fail(f"the exercise library does not load:\n{error}", code=RUNTIME_ERROR)


def _picked(option: str, values: list[str] | None, allowed: Iterable[str]) -> frozenset[str]:
    """Values of a repeatable option (``--region hip --region ankle`` or ``hip,ankle``)."""
    allowed = sorted(allowed)
    picked = {part.strip() for raw in values or () for part in raw.split(",") if part.strip()}
    for value in sorted(picked):
        if value not in allowed:
            fail(f"{option}: unknown value {value!r}; allowed: {', '.join(allowed)}")
    return frozenset(picked)


def _enums(option: str, values: list[str] | None, vocabulary: type[E]) -> frozenset[E]:
    return frozenset(vocabulary(v) for v in _picked(option, values, (m.value for m in vocabulary)))


@catalog_app.command("list")
def list_exercises(
    *,
    text: Annotated[
        list[str] | None,
        typer.Argument(help="Words to find in names, steps, cues and notes.", show_default=False),
    ] = None,
    region: Values = None,
    plane: Values = None,
    modality: Values = None,
    equipment: Values = None,
    have: Annotated[
        list[str] | None,
        typer.Option(help="Only drills doable with this kit (repeat it; none = no kit)."),
    ] = None,
    context: Values = None,
    target: Values = None,
) -> None:
    """List exercises; every option may repeat or take a comma-separated list."""
    query = ExerciseQuery(
        regions=_enums("--region", region, Region),
        planes=_enums("--plane", plane, Plane),
        modalities=_enums("--modality", modality, Modality),
        equipment=_enums("--equipment", equipment, Equipment),
        owned=None if have is None else _enums("--have", _real_kit(have), Equipment),
        contexts=_enums("--context", context, Context),
        targets=_picked("--target", target, TARGETS),
        text=" ".join(text or ()),
    )
    console = _console()
    table = views.exercise_table(find_exercises(_catalogue(), query), width=console.width)
    console.print(table)


@catalog_app.command("show")
def show_exercise(
    exercise_id: Annotated[
        str, typer.Argument(metavar="NAME", help='Its name, such as "Toe walking", or its id.')
    ],
    pictures: Annotated[
        Path | None,
        typer.Option("--pictures", metavar="DIR", help="Also write its pictures (SVG) into DIR."),
    ] = None,
) -> None:
    """Show one exercise's full card: steps, dose, variants, cues, cautions and source."""
    catalogue = _catalogue()
    try:
        exercise = get_exercise(catalogue, exercise_id)
    except UnknownExerciseError as error:
        fail(_unknown("NAME", error))
    _console().print(views.exercise_card(exercise, catalogue))
    if pictures is not None:
        _write_pictures(exercise, pictures)


def _write_pictures(exercise: Exercise, directory: Path) -> None:
    """Copy each position's picture into ``directory``, listing what each shows."""
    shown = [
        (variant.name if variant else None, picture)
        for variant in (exercise.variants or (None,))
        for picture in pictures_of(exercise.id, variant.id if variant else None)
    ]
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for _, picture in shown:
            shutil.copyfile(picture.path, directory / picture.file)
    except OSError as error:
        fail(f"--pictures: cannot write to {str(directory)!r} ({error.strerror}); give a folder")
    console = _console()
    console.print(f"Wrote {len({p.file for _, p in shown})} pictures to {directory}:")
    for variant_name, picture in shown:
        where = f"{variant_name}: " if variant_name else ""
        console.print(f"  {picture.file}  {where}{picture.label} (step {picture.step + 1})")


@catalog_app.command("export")
def export(
    format_: Annotated[str, typer.Option("--format", "-f", help="json or csv.")] = "json",
    output: Output = None,
) -> None:
    """Print every exercise: JSON in the scripting contract's shape, or a flat CSV."""
    if format_ not in FORMATS:
        fail(f"--format: unknown value {format_!r}; allowed: {', '.join(FORMATS)}")
    exercises = _catalogue().exercises
    if format_ == "json":
        rows = [exercise.model_dump(mode="json") for exercise in exercises]
        text = json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    else:
        text = views.csv_text(exercises)
    _write(text, output)


@import_app.command("free-exercise-db")
def import_free_exercise_db(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="Its exercises.json.")],
    output: Output = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Import a free-exercise-db exercises.json (public domain) and report what mapped."""
    _import(lambda: read_free_exercise_db(file), output, as_json)


@import_app.command("wger")
def import_wger(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A saved exerciseinfo response.")],
    output: Output = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Import a saved wger /api/v2/exerciseinfo/ response and report what mapped."""
    _import(lambda: read_wger(file), output, as_json)


@programs_app.command("list")
def list_programs() -> None:
    """List the named routines of the five articles."""
    _console().print(views.program_table(_catalogue().programs))


@programs_app.command("show")
def show_program(
    program_id: Annotated[
        str, typer.Argument(metavar="NAME", help='Its name, such as "Pre-run prep", or its id.')
    ],
) -> None:
    """Show a routine: its drills in order with doses, when to do it, and how it progresses."""
    catalogue = _catalogue()
    try:
        program = get_program(catalogue, program_id)
    except UnknownExerciseError as error:
        fail(_unknown("NAME", error))
    _console().print(views.program_card(program, catalogue))


def _import(read: Callable[[], ImportResult], output: Path | None, as_json: bool) -> None:
    try:
        result = read()
    except ImportFormatError as error:
        fail(str(error))
    if output is not None:
        try:
            write_import(result, output)
        except OSError as error:
            fail(f"--output: cannot write {str(output)!r}: {error.strerror}")
    if as_json:
        typer.echo(result.report.model_dump_json(indent=2))
        return
    console = _console()
    console.print(views.import_summary(result.report))
    if output is not None:
        console.print(f"Imported entries written to {output} (kept apart from the curated set).")
    else:
        console.print("Nothing stored: pass --output FILE to keep the imported entries.")


def _real_kit(have: list[str]) -> list[str]:
    # "--have none" says the runner owns no kit: it filters without naming an item.
    return [item for item in have if item != "none"]


def _write(text: str, output: Path | None) -> None:
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        fail(f"--output: cannot write {str(output)!r}: {error.strerror}")


def _unknown(argument: str, error: UnknownExerciseError) -> str:
    catalogue = _catalogue()
    names = {e.id: e.name for e in catalogue.exercises} | {p.id: p.name for p in catalogue.programs}
    close = difflib.get_close_matches(error.wanted, error.known, n=3)
    hint = f" Did you mean {' or '.join(repr(names.get(c, c)) for c in close)}?" if close else ""
    listing = "catalog list" if error.kind == "exercise" else "programs list"
    return (
        f"{argument}: unknown {error.kind} {error.wanted!r}.{hint} "
        f"`limberup {listing}` gives every name."
    )

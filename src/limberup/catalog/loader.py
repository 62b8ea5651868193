"""Load the curated library from its data files and validate it into a :class:`Catalogue`.

Layout (see ``docs/catalogue.md``)::

    <directory>/exercises/<exercise id>.toml   one exercise per file
    <directory>/programs/<program id>.toml     one named routine per file

Every problem found, in any file, is collected into one :class:`CatalogueError` whose lines
name the file, the field path and what is wrong, so a broken edit is fixed in one pass.

Example:
    >>> catalogue = load_catalogue()
    >>> catalogue.get("assisted_slr").dose.reps
    Range(min=3.0, max=5.0)
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from limberup.domain.catalog import Catalogue, Exercise, Program
from limberup.domain.vocabulary import TARGETS
from limberup.exceptions import CatalogueError

DATA_DIR = Path(__file__).resolve().parent
"""The curated library shipped with LimberUp."""
EXERCISES = "exercises"
PROGRAMS = "programs"

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one data file."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}"


def load_catalogue(directory: Path | None = None) -> Catalogue:
    """The catalogue in ``directory`` (the shipped library by default), read once per process.

    Raises:
        CatalogueError: a file is missing, unreadable or invalid.
    """
    return _load_cached((directory or DATA_DIR).resolve())


@cache
def _load_cached(directory: Path) -> Catalogue:
    return read_catalogue(directory)


def read_catalogue(directory: Path) -> Catalogue:
    """Read and validate every data file under ``directory`` now, without caching."""
    problems: list[Problem] = []
    exercises = [
        exercise
        for path in _data_files(directory / EXERCISES, problems)
        if (exercise := _parse(path, Exercise, problems)) is not None
    ]
    programs = [
        program
        for path in _data_files(directory / PROGRAMS, problems)
        if (program := _parse(path, Program, problems)) is not None
    ]
    # A file that failed is already reported; links to it are not broken on top of that.
    on_disk = {path.stem for path in (directory / EXERCISES).glob("*.toml")}
    problems += _broken_links(exercises, programs, on_disk)
    if problems:
        raise CatalogueError(problems)
    try:
        return Catalogue(
            exercises=_in_reading_order(exercises, programs),
            programs=tuple(sorted(programs, key=lambda program: program.source.seed)),
            version=catalogue_version(directory),
        )
    except ValidationError as error:  # the checks above find these first, per file
        found = _problems("(catalogue)", error)
        raise CatalogueError(Problem("(catalogue)", f, m) for f, m in found) from error


def catalogue_version(directory: Path | None = None) -> str:
    """A short hash of every data file's name and bytes: stored plans record it.

    Any edit to any exercise or program changes it; nothing else does.
    """
    root = (directory or DATA_DIR).resolve()
    digest = hashlib.sha256()
    for folder in (EXERCISES, PROGRAMS):
        for path in sorted((root / folder).glob("*.toml")):
            digest.update(f"{folder}/{path.name}\0".encode())
            digest.update(path.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()[:16]


def _data_files(folder: Path, problems: list[Problem]) -> list[Path]:
    if not folder.is_dir():
        problems.append(Problem(str(folder), "(folder)", "the folder does not exist"))
        return []
    files = sorted(folder.glob("*.toml"))
    if not files:
        problems.append(Problem(str(folder), "(folder)", "no .toml files in it"))
    return files


def _parse(path: Path, model: type[M], problems: list[Problem]) -> M | None:
    name = f"{path.parent.name}/{path.name}"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        problems.append(Problem(name, "(file)", f"cannot be read: {error}"))
        return None
    except tomllib.TOMLDecodeError as error:
        problems.append(Problem(name, "(syntax)", f"not valid TOML: {error}"))
        return None
    found = _precheck(path.stem, data)
    try:
        value = model.model_validate(data)
    except ValidationError as error:
        found += _problems(name, error)
        value = None
    problems += [Problem(name, field, message) for field, message in found]
    return None if found else value


def _precheck(stem: str, data: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Checks that point at a field more precisely than the model's own validators do."""
    found = []
    if "id" in data and data["id"] != stem:
        found.append(("id", f"must match the file name {stem!r} (got {data['id']!r})"))
    targets = data.get("targets", [])
    if isinstance(targets, list):
        allowed = ", ".join(sorted(TARGETS))
        found += [
            (f"targets[{index}]", f"unknown finding {target!r}; allowed: {allowed}")
            for index, target in enumerate(targets)
            if target not in TARGETS
        ]
    return found + _undeclared_loads(data)


def _undeclared_loads(data: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Every curated drill and variant says what it loads: the pain gates read nothing else."""
    if "regions" not in data:  # a program file, or an exercise the model reports anyway
        return []
    needed = "name every region it puts under load or stretch (see docs/loads.md)"
    found = [] if data.get("loads") else [("loads", needed)]
    variants = data.get("variants", [])
    if isinstance(variants, list):
        found += [
            (f"variants[{index}].loads", needed)
            for index, variant in enumerate(variants)
            if isinstance(variant, dict) and not variant.get("loads")
        ]
    return found


def _problems(name: str, error: ValidationError) -> list[tuple[str, str]]:
    found: dict[str, str] = {}
    for item in error.errors():
        path = _field_path(item["loc"])
        if item["msg"].startswith("Value error, unknown targets"):
            continue  # reported per target by _precheck
        message = item["msg"].removeprefix("Value error, ")
        given = item.get("input")
        if item["type"] != "missing" and not isinstance(given, dict | list):
            message += f" (got {given!r})"
        found.setdefault(path, message)
    # A union reports every branch it tried; the deepest path names the actual bad value.
    return [
        (path, message)
        for path, message in found.items()
        if not any(other.startswith((f"{path}[", f"{path}.")) for other in found)
    ]


def _field_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif "[" in part or part in {"function-after", "function-before", "tagged-union"}:
            continue  # pydantic's name for a union branch, not a field
        else:
            path += f".{part}" if path else part
    return path or "(top level)"


def _broken_links(
    exercises: list[Exercise], programs: list[Program], on_disk: set[str]
) -> list[Problem]:
    known = {exercise.id: exercise for exercise in exercises}
    failed = on_disk - set(known)
    problems = []
    for exercise in exercises:
        for field in ("progressions", "regressions"):
            for index, link in enumerate(getattr(exercise, field)):
                if link not in known and link not in failed:
                    problems.append(
                        Problem(
                            f"{EXERCISES}/{exercise.id}.toml",
                            f"{field}[{index}]",
                            f"links to unknown exercise {link!r}",
                        )
                    )
    for program in programs:
        for index, step in enumerate(program.steps):
            where = f"{PROGRAMS}/{program.id}.toml"
            target = known.get(step.exercise_id)
            if step.exercise_id in failed:
                continue
            if target is None:
                message = f"unknown exercise {step.exercise_id!r}"
                problems.append(Problem(where, f"steps[{index}].exercise_id", message))
                continue
            variants = {variant.id for variant in target.variants}
            for variant_id in step.variant_ids:
                if variant_id not in variants:
                    message = (
                        f"{step.exercise_id} has no variant {variant_id!r}; "
                        f"it has: {', '.join(sorted(variants)) or 'none'}"
                    )
                    problems.append(Problem(where, f"steps[{index}].variant_ids", message))
    return problems


def _in_reading_order(exercises: list[Exercise], programs: list[Program]) -> tuple[Exercise, ...]:
    """By article, then in the order the article's routine gives them, then by id."""
    position = {
        step.exercise_id: index for program in programs for index, step in enumerate(program.steps)
    }
    return tuple(
        sorted(
            exercises,
            key=lambda exercise: (
                exercise.source.seed,
                position.get(exercise.id, len(position)),
                exercise.id,
            ),
        )
    )

"""Load the drill pictures' pose data (``poses/<exercise id>.toml``) and check it against the
catalogue: every drill and variant a plan can hold has a set, and every position names a step
the drill has.

Problems are reported like the catalogue's own: one line each naming the file, the field and
what is wrong.

Example:
    >>> pictures = load_pictures()
    >>> len(pictures["assisted_slr"].sets[0].positions) >= 2
    True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from limberup.catalog.loader import DATA_DIR, Problem, _data_files, _parse
from limberup.catalog.loader import load_catalogue as _load_catalogue
from limberup.domain.catalog import Catalogue, Exercise
from limberup.domain.pictures import PoseFile, Role, picture_name, set_for
from limberup.exceptions import CatalogueError

POSES = "poses"


def load_pictures(directory: Path | None = None) -> dict[str, PoseFile]:
    """Every exercise's pose data in ``directory`` (the shipped library by default), by id.

    Raises:
        CatalogueError: a pose file is missing, unreadable, invalid or does not fit its drill.
    """
    root = (directory or DATA_DIR).resolve()
    return dict(_load_cached(root))


@cache
def _load_cached(root: Path) -> tuple[tuple[str, PoseFile], ...]:
    return tuple(read_pictures(root, _load_catalogue(root)).items())


def read_pictures(root: Path, catalogue: Catalogue) -> dict[str, PoseFile]:
    """Read and check every pose file under ``root`` now, without caching."""
    problems: list[Problem] = []
    files = {
        path.stem: pose_file
        for path in _data_files(root / POSES, problems)
        if (pose_file := _parse(path, PoseFile, problems)) is not None
    }
    on_disk = {path.stem for path in (root / POSES).glob("*.toml")}
    exercises = {exercise.id: exercise for exercise in catalogue.exercises}
    for stem, pose_file in files.items():
        exercise = exercises.get(stem)
        if exercise is None:
            where = f"{POSES}/{stem}.toml"
            problems.append(Problem(where, "(file)", f"no exercise {stem!r} in the catalogue"))
        else:
            problems += _misfits(exercise, pose_file)
    for exercise_id in sorted(set(exercises) - on_disk):
        where = f"{POSES}/{exercise_id}.toml"
        problems.append(Problem(where, "(file)", "missing: every drill needs its pictures"))
    if problems:
        raise CatalogueError(problems)
    return files


def _misfits(exercise: Exercise, pose_file: PoseFile) -> list[Problem]:
    where = f"{POSES}/{exercise.id}.toml"
    variants = {variant.id: variant for variant in exercise.variants}
    known = ", ".join(sorted(variants)) or "none"
    problems, covered = [], set()
    for set_index, picture_set in enumerate(pose_file.sets):
        field = f"sets[{set_index}]"
        for index, variant_id in enumerate(picture_set.variants):
            if variant_id not in variants:
                message = f"{exercise.id} has no variant {variant_id!r}; it has: {known}"
                problems.append(Problem(where, f"{field}.variants[{index}]", message))
            covered.add(variant_id)
        if variants and not picture_set.variants:
            message = f"{exercise.id} has variants; name the ones this set shows: {known}"
            problems.append(Problem(where, f"{field}.variants", message))
        steps = max(1, len(exercise.steps)) + min(
            (len(variants[v].steps) for v in picture_set.variants if v in variants), default=0
        )
        for index, position in enumerate(picture_set.positions):
            if position.step >= steps:
                message = (
                    f"step {position.step} does not exist: {exercise.id} has steps 0-{steps - 1}"
                    " (the drill's, then the variant's)"
                )
                problems.append(Problem(where, f"{field}.positions[{index}].step", message))
    for variant_id in sorted(set(variants) - covered):
        problems.append(Problem(where, "sets", f"no set shows variant {variant_id!r}"))
    if not variants and len(pose_file.sets) > 1:
        problems.append(Problem(where, "sets", "a drill without variants has one set"))
    return problems


PICTURES_DIR = DATA_DIR / "pictures"
"""The drawn pictures, one SVG per position (made by ``tools/pictures/generate.py``)."""


@dataclass(frozen=True, slots=True)
class Picture:
    """One position's picture: its file, what it shows and the step it illustrates."""

    file: str
    label: str
    step: int
    """Index into the drill's steps, then the variant's."""
    role: Role

    @property
    def path(self) -> Path:
        return PICTURES_DIR / self.file


@cache  # the shipped library is fixed while running; a week page asks for 60-odd drills
def pictures_of(exercise_id: str, variant_id: str | None = None) -> tuple[Picture, ...]:
    """The pictures of a drill (or one of its variants) in order; none for an unknown drill.

    Example:
        >>> [p.role.value for p in pictures_of("leg_lowering_1")]
        ['start', 'move', 'end']
    """
    pose_file = load_pictures().get(exercise_id)
    if pose_file is None:
        return ()
    picture_set = set_for(pose_file, variant_id)
    return tuple(
        Picture(picture_name(exercise_id, picture_set, index), p.label, p.step, p.role)
        for index, p in enumerate(picture_set.positions)
    )

"""Browse the exercise library: filter by what a drill works and needs, and search its text.

Used by ``limberup catalog list`` now and by the web pages later, so it takes plain values
and returns domain objects. Within one criterion any listed value matches (hip *or* ankle);
across criteria all must match (hip *and* pre-run).

Example:
    >>> from limberup.catalog.loader import load_catalogue
    >>> found = find_exercises(load_catalogue(), ExerciseQuery(regions=frozenset({Region.ANKLE})))
    >>> "ankle_rolls" in [exercise.id for exercise in found]
    True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from limberup.domain.catalog import Catalogue, Exercise, Program
from limberup.domain.vocabulary import (
    Context,
    Equipment,
    Modality,
    Plane,
    Region,
)

T = TypeVar("T")


@dataclass(frozen=True, slots=True, kw_only=True)
class ExerciseQuery:
    """What to look for; an empty criterion does not filter."""

    regions: frozenset[Region] = field(default_factory=frozenset)
    planes: frozenset[Plane] = field(default_factory=frozenset)
    modalities: frozenset[Modality] = field(default_factory=frozenset)
    equipment: frozenset[Equipment] = field(default_factory=frozenset)
    """Drills that use any of these (as a need or one of its alternatives)."""
    owned: frozenset[Equipment] | None = None
    """When set, only drills that can be done with this kit alone (no kit counts)."""
    contexts: frozenset[Context] = field(default_factory=frozenset)
    targets: frozenset[str] = field(default_factory=frozenset)
    text: str = ""
    """Words that must all appear in the drill's names, ids, steps, cues, notes or vocabulary."""


class UnknownExerciseError(LookupError):
    """No exercise or program has the id asked for; ``known`` lists the ids that exist."""

    def __init__(self, kind: str, wanted: str, known: Iterable[str]) -> None:
        self.kind = kind
        self.wanted = wanted
        self.known = tuple(known)
        super().__init__(f"unknown {kind} id {wanted!r}; known ids: {', '.join(self.known)}")


def find_exercises(catalogue: Catalogue, query: ExerciseQuery) -> tuple[Exercise, ...]:
    """The exercises matching every criterion of ``query``, in catalogue order."""
    words = _words(query.text)
    return tuple(
        exercise
        for exercise in catalogue.exercises
        if _matches(exercise, query) and _mentions(_haystack(exercise), words)
    )


def get_exercise(catalogue: Catalogue, exercise_id: str) -> Exercise:
    """The exercise with ``exercise_id``, or with that name or alias (``"Toe walking"``,
    ``toe-walking``: case, spaces and dashes aside).

    Raises:
        UnknownExerciseError: there is none.
    """
    found = catalogue.by_id().get(exercise_id)
    if found is None:
        wanted = name_key(exercise_id)
        found = next(
            (
                exercise
                for exercise in catalogue.exercises
                if wanted in {name_key(n) for n in (exercise.id, exercise.name, *exercise.aliases)}
            ),
            None,
        )
    if found is None:
        raise UnknownExerciseError("exercise", exercise_id, catalogue.by_id())
    return found


def get_program(catalogue: Catalogue, program_id: str) -> Program:
    """The named routine with ``program_id``, or with that name.

    Raises:
        UnknownExerciseError: there is none.
    """
    for program in catalogue.programs:
        if program_id == program.id or name_key(program_id) in {
            name_key(program.id),
            name_key(program.name),
        }:
            return program
    raise UnknownExerciseError("program", program_id, (p.id for p in catalogue.programs))


def name_key(text: str) -> str:
    """A name or id as one key: ``Hand-to-foot kick`` and ``hand_to_foot_kick`` meet."""
    return "_".join(re.findall(r"[a-z0-9]+", text.lower()))


def _matches(exercise: Exercise, query: ExerciseQuery) -> bool:
    uses = frozenset().union(*exercise.equipment_options())
    return (
        _overlaps(query.regions, exercise.regions)
        and _overlaps(query.planes, _all_planes(exercise))
        and (not query.modalities or exercise.modality in query.modalities)
        and _overlaps(query.equipment, uses)
        and (query.owned is None or exercise.can_be_done_with(query.owned))
        and _overlaps(query.contexts, exercise.contexts)
        and _overlaps(query.targets, exercise.targets)
    )


def _overlaps(wanted: frozenset[T], present: Iterable[T]) -> bool:
    return not wanted or not wanted.isdisjoint(present)


def _all_planes(exercise: Exercise) -> set[Plane]:
    return {*exercise.planes, *(plane for v in exercise.variants for plane in v.planes)}


def _mentions(haystack: str, words: list[str]) -> bool:
    return all(word in haystack for word in words)


def _haystack(exercise: Exercise) -> str:
    return " ".join(_words(" ".join(_texts(exercise))))


def _texts(exercise: Exercise) -> Iterator[str]:
    yield from (exercise.id, exercise.name, *exercise.aliases)
    yield from (*exercise.regions, *exercise.planes, exercise.modality, exercise.position)
    yield from (*exercise.targets, *exercise.contexts)
    yield from (*exercise.steps, *exercise.cues, *exercise.notes)
    for variant in exercise.variants:
        yield from (variant.id, variant.name, *variant.steps, *variant.cues)


def _words(text: str) -> list[str]:
    # Ids use underscores and names use hyphens: both become spaces, so either form matches.
    return re.findall(r"[a-z0-9]+", text.lower().replace("'", "").replace("\u2019", ""))

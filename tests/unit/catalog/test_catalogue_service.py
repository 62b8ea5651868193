"""Filtering and searching the library, on a small hand-made catalogue (no files)."""

from __future__ import annotations

from typing import Any

import pytest

from limberup.domain.catalog import Catalogue, Exercise, Program
from limberup.domain.vocabulary import Context, Equipment, Modality, Plane, Region
from limberup.services.catalogue import (
    ExerciseQuery,
    UnknownExerciseError,
    find_exercises,
    get_exercise,
    get_program,
)

SOURCE = {"seed": "999_test.txt", "title": "Test article", "author": "Tester"}


def drill(exercise_id: str, **fields: Any) -> Exercise:
    base: dict[str, Any] = {
        "id": exercise_id,
        "name": exercise_id.replace("_", " ").title(),
        "source": SOURCE,
        "regions": ["hip"],
        "planes": ["sagittal"],
        "modality": "dynamic",
        "position": "standing",
        "laterality": "each_side",
        "dose": {},
        "contexts": ["pre_run"],
    }
    return Exercise.model_validate(base | fields)


CATALOGUE = Catalogue(
    exercises=(
        drill("swing", equipment=[], targets=["slr_limited"], steps=["Swing the leg."]),
        drill(
            "band_pull",
            regions=["ankle", "calf"],
            modality="static_hold",
            contexts=["rest_day"],
            equipment=["heavy_band", "band_anchor"],
            targets=["knee_to_wall_limited"],
            aliases=["Banded ankle"],
        ),
        drill(
            "strap_raise",
            regions=["hamstrings"],
            equipment=[["strap", "towel"]],
            contexts=["daily", "rest_day"],
            variants=[{"id": "twist", "name": "With a twist", "planes": ["transverse"]}],
        ),
        drill("wall_turn", regions=["thoracic_spine"], equipment=["wall"], cues=["Chest leads."]),
    ),
    programs=(
        Program.model_validate(
            {
                "id": "routine",
                "name": "Routine",
                "source": SOURCE,
                "summary": "All of it.",
                "contexts": ["daily"],
                "timing": "Daily.",
                "steps": [{"exercise_id": "swing"}],
            }
        ),
    ),
)


def ids(**criteria: Any) -> list[str]:
    return [exercise.id for exercise in find_exercises(CATALOGUE, ExerciseQuery(**criteria))]


def test_an_empty_query_finds_everything_in_order() -> None:
    assert ids() == ["swing", "band_pull", "strap_raise", "wall_turn"]


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({"regions": frozenset({Region.ANKLE})}, ["band_pull"]),
        ({"regions": frozenset({Region.ANKLE, Region.HAMSTRINGS})}, ["band_pull", "strap_raise"]),
        ({"planes": frozenset({Plane.TRANSVERSE})}, ["strap_raise"]),  # through its variant
        ({"modalities": frozenset({Modality.STATIC_HOLD})}, ["band_pull"]),
        ({"equipment": frozenset({Equipment.TOWEL})}, ["strap_raise"]),  # an alternative counts
        ({"contexts": frozenset({Context.REST_DAY})}, ["band_pull", "strap_raise"]),
        ({"targets": frozenset({"slr_limited", "knee_to_wall_limited"})}, ["swing", "band_pull"]),
        ({"owned": frozenset()}, ["swing"]),
        (
            {"owned": frozenset({Equipment.TOWEL, Equipment.WALL})},
            ["swing", "strap_raise", "wall_turn"],
        ),
        ({"text": "banded"}, ["band_pull"]),  # aliases
        ({"text": "chest"}, ["wall_turn"]),  # cues
        ({"text": "TWIST"}, ["strap_raise"]),  # variant names
        ({"text": "strap raise"}, ["strap_raise"]),  # ids read as words
        ({"text": "swing leg"}, ["swing"]),  # every word must appear
        ({"text": "swing ankle"}, []),
        ({"regions": frozenset({Region.HIP}), "contexts": frozenset({Context.DAILY})}, []),
    ],
)
def test_queries(criteria: dict[str, Any], expected: list[str]) -> None:
    assert ids(**criteria) == expected


def test_get_exercise_and_program() -> None:
    assert get_exercise(CATALOGUE, "swing").id == "swing"
    assert get_program(CATALOGUE, "routine").name == "Routine"


def test_unknown_ids_list_the_known_ones() -> None:
    with pytest.raises(UnknownExerciseError) as caught:
        get_exercise(CATALOGUE, "swang")
    assert caught.value.known == ("swing", "band_pull", "strap_raise", "wall_turn")
    assert "unknown exercise id 'swang'" in str(caught.value)
    with pytest.raises(UnknownExerciseError, match="unknown program id 'nope'; known ids: routine"):
        get_program(CATALOGUE, "nope")

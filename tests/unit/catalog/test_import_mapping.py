"""Mapping outside records onto LimberUp's vocabulary, on in-memory data (no files)."""

from __future__ import annotations

from typing import Any

import pytest

from limberup.adapters.importers.free_exercise_db import map_free_exercise_db
from limberup.adapters.importers.html_text import paragraphs
from limberup.adapters.importers.mapping import map_equipment, unique_slug
from limberup.adapters.importers.model import Outcome
from limberup.adapters.importers.wger import map_wger
from limberup.domain.vocabulary import Equipment
from limberup.exceptions import ImportFormatError


def fedb(record_id: str, **fields: Any) -> dict[str, Any]:
    base = {
        "id": record_id,
        "name": record_id.replace("_", " "),
        "force": None,
        "level": "beginner",
        "mechanic": None,
        "equipment": "body only",
        "primaryMuscles": ["glutes"],
        "secondaryMuscles": [],
        "instructions": ["Do it."],
        "category": "strength",
        "images": [],
    }
    return base | fields


def test_categories_map_to_modalities_and_foam_rolling_is_soft_tissue() -> None:
    result = map_free_exercise_db(
        [
            fedb("Lift", category="powerlifting", equipment="barbell"),
            fedb("Reach", category="stretching"),
            fedb("Roll", category="stretching", equipment="foam roll"),
            fedb("Hop", category="plyometrics"),
            fedb("Flow", category="yoga"),
        ],
        source="test",
    )
    modalities = [exercise.modality for exercise in result.exercises]
    assert modalities == ["strength", "static_hold", "soft_tissue", None, None]
    category = result.report.fields[0]
    assert (category.mapped, category.partial, category.unmapped) == (3, 0, 2)
    assert dict(category.reasons) == {
        "'plyometrics': jumping drills: no LimberUp modality fits": 1,
        "'yoga': unknown category": 1,
    }
    assert result.exercises[4].unmapped == {"category": ("yoga",)}


def test_muscles_map_to_regions_partly_when_some_have_no_region() -> None:
    result = map_free_exercise_db(
        [
            fedb("Row", primaryMuscles=["middle back"], secondaryMuscles=["lats", "biceps"]),
            fedb("Shrug", primaryMuscles=["traps"]),
        ],
        source="test",
    )
    row, shrug = result.exercises
    assert row.regions == ("thoracic_spine", "arms")
    assert row.unmapped == {"muscles": ("lats",)}
    assert shrug.regions == ()
    muscles = result.report.fields[2]
    assert (muscles.mapped, muscles.partial, muscles.unmapped) == (0, 1, 1)


def test_equipment_none_is_no_kit_and_unknown_kit_is_unknown_not_none() -> None:
    result = map_free_exercise_db(
        [
            fedb("Squat"),
            fedb("Curl", equipment="e-z curl bar"),
            fedb("Mystery", equipment=None),
            fedb("Band", equipment="bands"),
        ],
        source="test",
    )
    equipment = [exercise.equipment for exercise in result.exercises]
    assert equipment == [(), None, None, (("light_band", "heavy_band"),)]


def test_a_list_with_kit_we_cannot_name_maps_to_unknown() -> None:
    mapped = map_equipment(["Barbell", "Cable"], {"barbell": (Equipment.BARBELL,)}, {})
    assert mapped.value is None
    assert mapped.outcome is Outcome.PARTIAL
    assert mapped.reasons == ("'Cable': unknown equipment",)


def test_slugs_are_unique_and_valid() -> None:
    taken: set[str] = set()
    assert unique_slug("fedb", "3_4_Sit-Up", taken) == "fedb_3_4_sit_up"
    assert unique_slug("fedb", "3-4 Sit Up", taken) == "fedb_3_4_sit_up_2"
    assert unique_slug("fedb", "!!!", taken) == "fedb"
    assert len(unique_slug("fedb", "x" * 200, taken)) <= 70


def test_every_bad_record_is_reported_before_anything_is_kept() -> None:
    with pytest.raises(ImportFormatError) as caught:
        map_free_exercise_db([fedb("A"), fedb("B", name=None), fedb("C"), fedb("A")], source="mem")
    lines = str(caught.value).splitlines()
    assert lines == [
        "mem: record 1 (id 'B'): name: Input should be a valid string (got None)",
        "mem: record 3 (id 'A'): id: repeats the id of record 0",
        "mem: nothing was imported",
    ]


def test_html_descriptions_become_paragraphs() -> None:
    html = "<p>Stand&nbsp;tall.</p>\n<ul><li>Bend <em>both</em> knees.</li><li></li></ul>Done"
    assert paragraphs(html) == ("Stand tall.", "Bend both knees.", "Done")
    assert paragraphs("") == ()


def wger(exercise_id: int, **fields: Any) -> dict[str, Any]:
    base = {
        "id": exercise_id,
        "category": {"id": 10, "name": "Abs"},
        "muscles": [{"id": 6, "name": "Rectus abdominis", "name_en": "Abs", "is_front": True}],
        "muscles_secondary": [],
        "equipment": [{"id": 7, "name": "none (bodyweight exercise)"}],
        "license": {"id": 2, "short_name": "CC-BY-SA 4", "full_name": "", "url": ""},
        "license_author": "someone",
        "translations": [{"name": "Crunch", "description": "<p>Curl up.</p>", "language": 2}],
    }
    return base | fields


def test_wger_licence_forms_and_category_regions() -> None:
    result = map_wger(
        {"results": [wger(1), wger(2, license=3), wger(3, license=None)]}, source="mem"
    )
    assert [e.licence for e in result.exercises] == [
        "CC-BY-SA 4",
        "wger licence 3",
        "not stated (check the wger instance's terms)",
    ]
    assert result.exercises[0].regions == ("core",)
    assert result.exercises[0].licence_author == "someone"
    assert result.report.licence == (
        "CC-BY-SA 4, not stated (check the wger instance's terms), wger licence 3"
    )


def test_wger_rejects_a_page_without_a_results_list() -> None:
    with pytest.raises(ImportFormatError, match="expected a JSON array of wger exerciseinfo"):
        map_wger({"results": {"id": 1}}, source="mem")

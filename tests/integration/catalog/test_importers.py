"""Importing outside catalogues from files: the whole free-exercise-db, a wger page, bad files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from limberup.adapters.importers import (
    ImportFormatError,
    import_free_exercise_db,
    import_wger,
)
from limberup.adapters.importers.files import write_import
from tests.paths import FREE_EXERCISE_DB

WGER_PAGE = Path(__file__).with_name("fixtures") / "wger_exerciseinfo.json"


def records() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(FREE_EXERCISE_DB.read_text(encoding="utf-8"))
    return data


def write(tmp_path: Path, data: object, name: str = "exercises.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_whole_free_exercise_db_imports_with_counts() -> None:
    result = import_free_exercise_db(FREE_EXERCISE_DB)
    report = result.report
    assert (report.records, report.imported, len(result.exercises)) == (873, 873, 873)
    assert [field.field for field in report.fields] == ["category", "equipment", "muscles"]
    for field in report.fields:
        assert field.mapped + field.partial + field.unmapped == 873, field.field
        assert field.mapped > 0
    category = report.fields[0]
    assert dict(category.reasons) == {
        "'plyometrics': jumping drills: no LimberUp modality fits": 61,
        "'cardio': conditioning work: no LimberUp modality fits": 14,
    }
    assert category.unmapped == 75
    equipment = dict(report.fields[1].reasons)
    assert equipment["no equipment given"] == 77
    assert equipment["'machine': gym machine: no LimberUp equipment id"] == 67
    muscles = dict(report.fields[2].reasons)
    assert muscles["'lats': no LimberUp region for the latissimus dorsi"] == 94


def test_imported_entries_are_flagged_apart_from_the_curated_set() -> None:
    result = import_free_exercise_db(FREE_EXERCISE_DB)
    ids = [exercise.id for exercise in result.exercises]
    assert len(set(ids)) == len(ids)
    assert all(exercise.id.startswith("fedb_") for exercise in result.exercises)
    assert {exercise.curated for exercise in result.exercises} == {False}
    assert {exercise.origin for exercise in result.exercises} == {"free-exercise-db"}
    assert {exercise.licence for exercise in result.exercises} == {"Unlicense (public domain)"}
    assert {e.origin_id for e in result.exercises} == {record["id"] for record in records()}


def test_free_exercise_db_fields_map_onto_our_vocabulary() -> None:
    by_origin = {e.origin_id: e for e in import_free_exercise_db(FREE_EXERCISE_DB).exercises}
    sit_up = by_origin["3_4_Sit-Up"]
    assert (sit_up.modality, sit_up.regions, sit_up.equipment) == ("strength", ("core",), ())
    rolled = [e for e in by_origin.values() if e.equipment == ("foam_roller",)]
    assert rolled
    assert {e.modality for e in rolled} <= {"soft_tissue", "strength"}
    banded = [e for e in by_origin.values() if e.equipment == (("light_band", "heavy_band"),)]
    assert len(banded) == 20
    cable = [e for e in by_origin.values() if e.unmapped.get("equipment") == ("cable",)]
    assert len(cable) == 81
    assert all(e.equipment is None for e in cable)


@pytest.mark.parametrize(
    ("change", "index", "field", "words"),
    [
        (lambda r: r.pop("name"), 5, "name", ["Field required"]),
        (lambda r: r.update(primaryMuscles="abdominals"), 10, "primaryMuscles", ["valid list"]),
        (lambda r: r.update(instructions=["ok", 3]), 20, "instructions[1]", ["valid string"]),
        (lambda r: r.update(equipment=["barbell"]), 30, "equipment", ["valid string"]),
        (lambda r: r.update(category=""), 872, "category", ["at least 1 character"]),
    ],
)
def test_a_malformed_record_is_named_and_nothing_is_imported(
    tmp_path: Path, change: Any, index: int, field: str, words: list[str]
) -> None:
    data = records()
    change(data[index])
    with pytest.raises(ImportFormatError) as caught:
        import_free_exercise_db(write(tmp_path, data))
    message = str(caught.value)
    (line,) = [line for line in message.splitlines() if f"record {index} " in line]
    assert f"(id {data[index]['id']!r}): {field}: " in line
    for word in words:
        assert word in line
    assert message.endswith("nothing was imported")


def test_a_repeated_id_is_named_with_both_records(tmp_path: Path) -> None:
    data = records()
    data[40]["id"] = data[3]["id"]
    with pytest.raises(ImportFormatError) as caught:
        import_free_exercise_db(write(tmp_path, data))
    assert f"record 40 (id {data[3]['id']!r}): id: repeats the id of record 3" in str(caught.value)


def test_a_record_that_is_not_an_object(tmp_path: Path) -> None:
    data: list[object] = [*records()[:2], "3/4 Sit-Up"]
    with pytest.raises(ImportFormatError) as caught:
        import_free_exercise_db(write(tmp_path, data))
    assert "record 2: (record): Input should be a valid dictionary" in str(caught.value)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('{"exercises": []}', ["(file): expected a JSON array of exercise records, got dict"]),
        ("[{]", ["not valid JSON", "line 1, column 3"]),
        ("", ["not valid JSON"]),
    ],
)
def test_a_malformed_file_is_named(tmp_path: Path, content: str, words: list[str]) -> None:
    path = tmp_path / "exercises.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFormatError) as caught:
        import_free_exercise_db(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    for word in words:
        assert word in message


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="no such file"):
        import_free_exercise_db(tmp_path / "nope.json")


def test_many_bad_records_are_summarised(tmp_path: Path) -> None:
    data = records()
    for record in data[:30]:
        record.pop("category")
    with pytest.raises(ImportFormatError) as caught:
        import_free_exercise_db(write(tmp_path, data))
    assert len(caught.value.problems) == 30
    assert "... and 10 more problems" in str(caught.value)


def test_a_stored_import_is_written_whole(tmp_path: Path) -> None:
    result = import_wger(WGER_PAGE)
    target = tmp_path / "out" / "wger.json"
    write_import(result, target)
    stored = json.loads(target.read_text(encoding="utf-8"))
    assert stored["report"]["imported"] == 6
    assert [e["id"] for e in stored["exercises"]] == [e.id for e in result.exercises]
    assert list(target.parent.iterdir()) == [target]


def test_a_wger_exerciseinfo_page_imports() -> None:
    result = import_wger(WGER_PAGE)
    assert (result.report.records, result.report.imported) == (6, 6)
    by_id = {exercise.id: exercise for exercise in result.exercises}
    squat = by_id["wger_111"]
    assert squat.name == "Back squat"  # the English translation, not the German one
    assert squat.regions == ("glutes", "quadriceps", "hamstrings")
    assert squat.equipment == ("barbell",)
    assert squat.modality is None
    assert squat.steps[0].startswith("Rest the bar across the upper back")
    assert (squat.licence, squat.licence_author) == ("CC-BY-SA 4", "wger.de")
    assert squat.licence_url == "https://creativecommons.org/licenses/by-sa/4.0/deed.en"
    assert by_id["wger_112"].equipment == ()
    assert by_id["wger_112"].regions == ("calf",)
    assert by_id["wger_114"].equipment is None
    assert by_id["wger_114"].unmapped["muscles"] == ("Lats", "Trapezius")
    assert by_id["wger_115"].name == "Seilspringen"  # no English translation: the first one
    swing = by_id["wger_116"]
    assert swing.equipment == ("kettlebell", ("light_band", "heavy_band"))


def test_the_wger_report_says_why_fields_did_not_map() -> None:
    report = import_wger(WGER_PAGE).report
    fields = {field.field: field for field in report.fields}
    assert (fields["category"].mapped, fields["category"].unmapped) == (2, 4)
    assert ("'Cardio': a kind of training, not a body area", 1) in fields["category"].reasons
    assert (fields["muscles"].mapped, fields["muscles"].partial) == (4, 1)
    assert ("'Pull-up bar': no LimberUp equipment id", 1) in fields["equipment"].reasons
    assert any("no modality" in note for note in report.notes)


def test_wger_accepts_a_bare_results_array_and_a_single_exercise(tmp_path: Path) -> None:
    page = json.loads(WGER_PAGE.read_text(encoding="utf-8"))
    assert import_wger(write(tmp_path, page["results"], "list.json")).report.imported == 6
    assert import_wger(write(tmp_path, page["results"][0], "one.json")).report.imported == 1


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (lambda r: r.update(translations=[]), "translations", ["at least 1 item"]),
        (lambda r: r.pop("category"), "category", ["Field required"]),
        (lambda r: r.update(muscles={"id": 8}), "muscles", ["valid list"]),
        (lambda r: r["equipment"][0].pop("name"), "equipment[0].name", ["Field required"]),
        (lambda r: r["translations"][0].update(language="en"), "translations[0].language", []),
    ],
)
def test_a_malformed_wger_exercise_is_named_and_nothing_is_imported(
    tmp_path: Path, change: Any, field: str, words: list[str]
) -> None:
    page = json.loads(WGER_PAGE.read_text(encoding="utf-8"))
    change(page["results"][0])
    with pytest.raises(ImportFormatError) as caught:
        import_wger(write(tmp_path, page, "wger.json"))
    message = str(caught.value)
    assert f"record 0 (id '111'): {field}: " in message
    for word in words:
        assert word in message
    assert message.endswith("nothing was imported")

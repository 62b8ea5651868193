"""``limberup catalog`` and ``limberup programs`` in-process: filters, cards, exports, errors."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from limberup.catalog.loader import load_catalogue
from limberup.entrypoints.cli.app import app
from tests.integration.catalog.test_importers import WGER_PAGE
from tests.paths import FREE_EXERCISE_DB

ALL = 32


def run(*args: str) -> Result:
    # A wide terminal, so Rich never shortens an id in a table.
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "250"})


def test_the_exercise_list_fits_80_columns_in_whole_words() -> None:
    result = CliRunner().invoke(app, ["catalog", "list"], env={"COLUMNS": "80"})
    lines = result.stdout.splitlines()
    assert max(len(line.rstrip()) for line in lines) <= 80
    words = {word for line in lines for word in line.split()}
    for exercise in load_catalogue().exercises:  # names and doses are never cut mid-word
        assert set(exercise.name.split()) <= words, exercise.name
    assert "…" not in result.stdout


def listed(*args: str) -> set[str]:
    result = run("catalog", "list", *args)
    assert result.exit_code == 0, result.output
    # Each exercise shows its name first in its row (whole at 250 columns), never its id.
    by_name = {exercise.name: exercise.id for exercise in load_catalogue().exercises}
    firsts = {re.split(r"\s{2,}", line.strip())[0] for line in result.stdout.splitlines()}
    ids = {by_name[name] for name in firsts if name in by_name}
    assert f"{len(ids)} exercises" in result.stdout
    assert not ids & set(result.stdout.split())
    return ids


def test_list_without_filters_shows_every_exercise() -> None:
    assert len(listed()) == ALL


@pytest.mark.parametrize(
    ("args", "included", "excluded"),
    [
        (["--region", "ankle"], {"ankle_rolls", "ankle_band_mobilization"}, {"deadlift"}),
        (["--plane", "transverse"], {"knee_rotation", "straight_leg_ankle_matrix"}, {"deadlift"}),
        (["--equipment", "foam_roller"], {"foam_rolling"}, {"deadlift"}),
        (["--equipment", "bench"], {"modified_pigeon", "clam_shell"}, {"deadlift"}),
        (
            ["--context", "micro_break"],
            {"ankle_rolls", "corner_stretch"},
            {"hip_band_mobilization"},
        ),
        (["--target", "tibial_rotation_limited"], {"knee_rotation", "ankle_rolls"}, {"deadlift"}),
        (["pigeon"], {"modified_pigeon"}, {"clam_shell"}),
        (["Tibial", "TUBEROSITY"], {"knee_rotation"}, {"ankle_rolls"}),
        (["leg-lowering"], {"leg_lowering_1", "leg_lowering_2"}, {"ankle_rolls"}),
    ],
)
def test_each_filter(args: list[str], included: set[str], excluded: set[str]) -> None:
    ids = listed(*args)
    assert included <= ids
    assert not excluded & ids


def test_modality_filter_is_exact() -> None:
    expected = {"assisted_slr", "ankle_band_mobilization", "hip_band_mobilization"}
    assert listed("--modality", "static_hold") == expected


def test_values_of_one_option_widen_and_options_narrow() -> None:
    either = listed("--region", "ankle", "--region", "thoracic_spine")
    assert either == listed("--region", "ankle,thoracic_spine")
    assert {"ankle_rolls", "side_lying_rotation"} <= either
    both = listed("--region", "ankle", "--modality", "static_hold")
    assert both == {"ankle_band_mobilization"}


def test_have_lists_only_what_the_kit_allows() -> None:
    no_kit = listed("--have", "none")
    assert "toe_walking" in no_kit
    assert "assisted_slr" not in no_kit
    with_strap = listed("--have", "strap")
    assert "assisted_slr" in with_strap
    assert no_kit < with_strap


@pytest.mark.parametrize(
    ("args", "option", "value", "allowed"),
    [
        (["catalog", "list", "--region", "elbow"], "--region", "elbow", "ankle"),
        (["catalog", "list", "--plane", "diagonal"], "--plane", "diagonal", "sagittal"),
        (["catalog", "list", "--modality", "yoga"], "--modality", "yoga", "static_hold"),
        (["catalog", "list", "--equipment", "rope"], "--equipment", "rope", "foam_roller"),
        (["catalog", "list", "--have", "rope"], "--have", "rope", "foam_roller"),
        (["catalog", "list", "--context", "night"], "--context", "night", "pre_run"),
        (["catalog", "list", "--target", "slr_bad"], "--target", "slr_bad", "slr_limited"),
        (["catalog", "export", "--format", "xml"], "--format", "xml", "json, csv"),
        (
            ["catalog", "show", "hip_band_mobilisation"],
            "NAME",
            "hip_band_mobilisation",
            "limberup catalog list",
        ),
        (["programs", "show", "couch_to_5k"], "NAME", "couch_to_5k", "limberup programs list"),
    ],
)
def test_bad_input_exits_2_naming_option_value_and_allowed(
    args: list[str], option: str, value: str, allowed: str
) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert f"{option}: unknown" in result.stderr
    assert repr(value) in result.stderr
    assert allowed in result.stderr
    assert "Traceback" not in result.output


def test_a_misspelt_id_gets_a_suggestion() -> None:
    result = run("catalog", "show", "hip_band_mobilisation")
    assert "Did you mean 'Hip mobilization with a band on four planes'" in result.stderr


def test_show_prints_the_whole_card() -> None:
    result = run("catalog", "show", "toe_walking")
    assert result.exit_code == 0
    out = result.stdout
    for expected in (
        "Toe walking",
        "Steps",
        "Rise up onto the balls of both feet",
        "20 steps in all",
        "Feet turned out (forward and back): 20 feet in all",
        "Cautions",
        "Leg mobilization workouts",
        "its author is not named",
        "Figures LimberUp adds (not the article's)",
        "3 days a week: ",
    ):
        assert expected in out, expected
    assert "000_9dafa4c8e5179e2e" not in out
    assert "toe_walking" not in out


def test_show_gives_progressions_and_breathing() -> None:
    out = run("catalog", "show", "assisted_slr").stdout
    assert re.search(r"harder next +Core engaged straight leg raise", out)
    assert "breathe in 3-4 s, out 6-8 s" in out
    assert "strap or light band or towel" in out


def test_show_takes_a_name_as_people_write_it() -> None:
    for written in ("Toe walking", "toe walking", "toe-walking", "TOE_WALKING"):
        result = run("catalog", "show", written)
        assert result.exit_code == 0, result.output
        assert "Rise up onto the balls of both feet" in result.stdout
    assert "Leg lowering 1" in run("programs", "show", "straight-leg-raise fix").stdout


def test_export_json_is_the_model_dump_of_every_exercise() -> None:
    result = run("catalog", "export", "--format", "json")
    assert result.exit_code == 0
    exported = json.loads(result.stdout)
    assert len(exported) == ALL
    slr = next(row for row in exported if row["id"] == "assisted_slr")
    assert slr["dose"]["reps"] == {"min": 3, "max": 5}
    assert slr["dose"]["hold_s"] is None
    assert slr["equipment"] == [["strap", "light_band", "towel"]]
    assert slr["source"]["seed"] == "001_3b92e852c4e5e949.txt"


def test_export_csv_is_flat(tmp_path: Path) -> None:
    target = tmp_path / "catalogue.csv"
    result = run("catalog", "export", "--format", "csv", "--output", str(target))
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(rows) == ALL
    slr = next(row for row in rows if row["id"] == "assisted_slr")
    assert (slr["reps_min"], slr["reps_max"], slr["hold_s_min"]) == ("3", "5", "")
    assert slr["equipment"] == "strap|light_band|towel"
    assert slr["progressions"] == "core_engaged_slr"
    hip = next(row for row in rows if row["id"] == "hip_band_mobilization")
    assert hip["equipment"] == "heavy_band;band_anchor"
    assert hip["variants"] == "flexion;external_rotation;adduction;extension"


def test_programs_list_and_show() -> None:
    listing = run("programs", "list")
    assert listing.exit_code == 0
    for name in ("Leg mobilization warm-up", "Straight-leg-raise fix", "Pre-run prep"):
        assert name in listing.stdout
    assert "slr_fix" not in listing.stdout
    shown = run("programs", "show", "slr_fix").stdout
    assert "1. Band/strap assisted straight leg raise: " in shown
    assert "2. Leg lowering 1: " in shown
    assert "leg_lowering_1" not in shown
    assert "Retest" in shown


def test_import_free_exercise_db_prints_the_report() -> None:
    result = run("catalog", "import", "free-exercise-db", str(FREE_EXERCISE_DB))
    assert result.exit_code == 0
    assert "free-exercise-db: 873 of 873 records imported" in result.stdout
    assert "'lats': no LimberUp region for the latissimus dorsi" in result.stdout
    assert "Nothing stored" in result.stdout


def test_import_with_output_stores_the_entries_and_json_report(tmp_path: Path) -> None:
    target = tmp_path / "wger.json"
    result = run("catalog", "import", "wger", str(WGER_PAGE), "--output", str(target), "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["imported"] == 6
    stored = json.loads(target.read_text(encoding="utf-8"))
    assert {row["curated"] for row in stored["exercises"]} == {False}


def test_import_of_a_malformed_file_exits_2_and_stores_nothing(tmp_path: Path) -> None:
    source = tmp_path / "bad.json"
    data = json.loads(FREE_EXERCISE_DB.read_text(encoding="utf-8"))
    data[7]["secondaryMuscles"] = None
    source.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "out.json"
    result = run("catalog", "import", "free-exercise-db", str(source), "--output", str(target))
    assert result.exit_code == 2
    assert f"record 7 (id {data[7]['id']!r}): secondaryMuscles:" in result.stderr
    assert "nothing was imported" in result.stderr
    assert not target.exists()


def test_import_of_a_missing_file_exits_2_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    result = run("catalog", "import", "wger", str(missing))
    assert result.exit_code == 2
    assert str(missing) in result.stderr
    assert "no such file" in result.stderr


def test_an_unwritable_output_exits_2_naming_it(tmp_path: Path) -> None:
    result = run("catalog", "export", "--format", "csv", "--output", str(tmp_path))
    assert result.exit_code == 2
    assert f"--output: cannot write {str(tmp_path)!r}" in result.stderr
    assert "Traceback" not in result.output

"""Loading the data files: the shipped library loads; a broken file says where and why."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from limberup.catalog.loader import (
    DATA_DIR,
    CatalogueError,
    catalogue_version,
    load_catalogue,
    read_catalogue,
)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A private copy of the shipped library, free to break."""
    for folder in ("exercises", "programs"):
        shutil.copytree(DATA_DIR / folder, tmp_path / folder)
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def load_error(directory: Path) -> str:
    with pytest.raises(CatalogueError) as caught:
        read_catalogue(directory)
    return str(caught.value)


def test_the_shipped_library_loads_and_validates() -> None:
    catalogue = load_catalogue()
    assert len(catalogue.exercises) == 32
    assert len(catalogue.programs) == 5
    assert sum(len(exercise.variants) for exercise in catalogue.exercises) == 30
    for path in (DATA_DIR / "exercises").glob("*.toml"):
        assert catalogue.get(path.stem).id == path.stem


def test_the_load_is_cached_for_the_process() -> None:
    assert load_catalogue() is load_catalogue()
    assert load_catalogue(DATA_DIR) is load_catalogue()


def test_the_version_is_a_hash_of_the_data_that_changes_with_any_edit(library: Path) -> None:
    version = catalogue_version(library)
    assert len(version) == 16
    assert int(version, 16) >= 0
    assert version == catalogue_version(DATA_DIR) == load_catalogue().version
    assert read_catalogue(library).version == version
    edit(library / "exercises" / "ankle_rolls.toml", "Make the roll smaller.", "Roll less.")
    assert catalogue_version(library) != version
    assert read_catalogue(library).version == catalogue_version(library)


def test_a_new_program_file_changes_the_version(library: Path) -> None:
    version = catalogue_version(library)
    shutil.copy(library / "programs" / "slr_fix.toml", library / "programs" / "zz.toml")
    assert catalogue_version(library) != version


BROKEN = [
    pytest.param(
        "exercises/assisted_slr.toml",
        'modality = "static_hold"',
        'modality = "stretchy"',
        "modality",
        ["'stretchy'", "'static_hold'", "'dynamic'"],
        id="unknown-modality",
    ),
    pytest.param(
        "exercises/assisted_slr.toml",
        "reps = { min = 3, max = 5 }",
        "reps = { min = 5, max = 3 }",
        "dose.reps",
        ["min (5) must not exceed max (3)"],
        id="range-upside-down",
    ),
    pytest.param(
        "exercises/clam_shell.toml",
        'targets = ["hypermobile"]',
        'targets = ["hypermobile", "bendy"]',
        "targets[1]",
        ["unknown finding 'bendy'", "slr_limited"],
        id="unknown-target",
    ),
    pytest.param(
        "exercises/deadlift.toml",
        'position = "standing"\n',
        "",
        "position",
        ["Field required"],
        id="missing-field",
    ),
    pytest.param(
        "exercises/deadlift.toml",
        'name = "Deadlift"',
        'name = "Deadlift',
        "(syntax)",
        ["not valid TOML", "line 2"],
        id="toml-syntax",
    ),
    pytest.param(
        "exercises/deadlift.toml",
        'id = "deadlift"',
        'id = "dead_lift"',
        "id",
        ["must match the file name 'deadlift'", "'dead_lift'"],
        id="id-not-the-file-name",
    ),
    pytest.param(
        "exercises/deadlift.toml",
        "steps = [",
        "stpes = [",
        "stpes",
        ["Extra inputs are not permitted"],
        id="misspelt-field",
    ),
    pytest.param(
        "exercises/assisted_slr.toml",
        '"strap", "light_band", "towel"',
        '"strap", "lite_band", "towel"',
        "equipment[0][1]",
        ["'lite_band'", "'light_band'"],
        id="unknown-equipment-alternative",
    ),
    pytest.param(
        "exercises/toe_walking.toml",
        'reps_unit = "feet"',
        'reps_unit = "metres"',
        "variants[1].dose.reps_unit",
        ["'metres'", "'feet'"],
        id="variant-dose",
    ),
    pytest.param(
        "exercises/ankle_band_mobilization.toml",
        "days_per_week = { min = 2, max = 7 }",
        "days_per_week = { min = 2, max = 8 }",
        "dose",
        ["days_per_week cannot exceed 7"],
        id="more-than-seven-days",
    ),
    pytest.param(
        "exercises/leg_lowering_1.toml",
        'progressions = ["leg_lowering_2"]',
        'progressions = ["leg_lowering_3"]',
        "progressions[0]",
        ["links to unknown exercise 'leg_lowering_3'"],
        id="broken-progression-link",
    ),
    pytest.param(
        "programs/ground_up_joint_routine.toml",
        '"adduction", "extension"]',
        '"adduction", "abduction"]',
        "steps[2].variant_ids",
        ["hip_band_mobilization has no variant 'abduction'", "extension"],
        id="program-unknown-variant",
    ),
    pytest.param(
        "programs/slr_fix.toml",
        'exercise_id = "leg_lowering_1"',
        'exercise_id = "leg_lowering_one"',
        "steps[1].exercise_id",
        ["unknown exercise 'leg_lowering_one'"],
        id="program-unknown-exercise",
    ),
]


@pytest.mark.parametrize(("file", "old", "new", "field", "problem"), BROKEN)
def test_a_broken_file_names_the_file_the_field_and_the_problem(
    library: Path, file: str, old: str, new: str, *, field: str, problem: list[str]
) -> None:
    edit(library / file, old, new)
    message = load_error(library)
    (line,) = [line for line in message.splitlines() if line.startswith(f"{file}: {field}: ")]
    for part in problem:
        assert part in line


def test_problems_in_several_files_are_reported_together(library: Path) -> None:
    edit(library / "exercises" / "deadlift.toml", 'modality = "strength"', 'modality = "power"')
    edit(library / "exercises" / "ankle_rolls.toml", 'planes = ["transverse"]', "planes = []")
    with pytest.raises(CatalogueError) as caught:
        read_catalogue(library)
    files = {problem.file for problem in caught.value.problems}
    assert files == {"exercises/deadlift.toml", "exercises/ankle_rolls.toml"}


def test_a_failed_exercise_is_not_also_blamed_on_its_links(library: Path) -> None:
    edit(library / "exercises" / "leg_lowering_2.toml", 'modality = "active_rom"', "modality = 1")
    message = load_error(library)
    assert message.splitlines() == [
        "exercises/leg_lowering_2.toml: modality: Input should be 'dynamic', 'active_rom', "
        "'static_hold', 'strength', 'activation' or 'soft_tissue' (got 1)"
    ]


def test_a_missing_folder_is_reported(tmp_path: Path) -> None:
    message = load_error(tmp_path)
    assert f"{tmp_path / 'exercises'}: (folder): the folder does not exist" in message
    assert f"{tmp_path / 'programs'}: (folder): the folder does not exist" in message


def test_a_file_that_is_not_utf8_is_reported(library: Path) -> None:
    (library / "exercises" / "deadlift.toml").write_bytes(b'id = "deadlift"\nname = "\xff"\n')
    assert "exercises/deadlift.toml: (file): cannot be read" in load_error(library)

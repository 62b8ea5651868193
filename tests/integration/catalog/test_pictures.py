"""Drill pictures: every drill and variant a plan can hold has its positions drawn, the files
are there, parse as SVG of the agreed size, match the pose data, and a bad pose file is refused
with a line naming the file, the field and the problem."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from limberup.catalog.loader import DATA_DIR, CatalogueError, load_catalogue
from limberup.catalog.pictures import PICTURES_DIR, load_pictures, pictures_of, read_pictures
from limberup.domain.pictures import Role
from tests.integration.catalog.test_cli import run
from tests.integration.catalog.test_loader import edit
from tests.paths import REPO_ROOT

SVG = "{http://www.w3.org/2000/svg}"
MAX_TOTAL_BYTES = 10 * 1024 * 1024


def drills_and_variants() -> list[tuple[str, str | None]]:
    """Each drill alone (a plan item may leave out its variant) and each of its variants."""
    exercises = load_catalogue().exercises
    return [(e.id, None) for e in exercises] + [(e.id, v.id) for e in exercises for v in e.variants]


@pytest.mark.parametrize(("exercise_id", "variant_id"), drills_and_variants())
def test_every_drill_and_variant_has_its_positions_drawn(
    exercise_id: str, variant_id: str | None
) -> None:
    shown = pictures_of(exercise_id, variant_id)
    assert len(shown) >= 2, "a start and at least one more position"
    assert shown[0].role is Role.START or Role.START not in {p.role for p in shown}
    exercise = load_catalogue().get(exercise_id)
    for picture in shown:
        root = ET.parse(picture.path).getroot()
        assert root.tag == f"{SVG}svg"
        assert (root.get("viewBox"), root.get("width"), root.get("height")) == (
            "0 0 250 220",
            "250",
            "220",
        )
        assert root.find(f"{SVG}title") is not None
        assert exercise.name in (root.findtext(f"{SVG}title") or "")
        assert picture.label in (root.findtext(f"{SVG}title") or "")


def test_a_variant_gets_its_own_set_and_the_drill_alone_its_first() -> None:
    exercise = load_catalogue().get("hip_flexor_matrix")
    files = {v.id: pictures_of(exercise.id, v.id)[0].file for v in exercise.variants}
    assert len(set(files.values())) == len(exercise.variants)
    assert pictures_of(exercise.id) == pictures_of(exercise.id, exercise.variants[0].id)
    assert pictures_of("no_such_drill") == ()


def test_the_folder_holds_exactly_the_pictures_named_and_stays_small() -> None:
    named = {
        picture.file
        for exercise_id, variant_id in drills_and_variants()
        for picture in pictures_of(exercise_id, variant_id)
    }
    on_disk = {path.name for path in PICTURES_DIR.glob("*")}
    assert on_disk == named
    assert sum(path.stat().st_size for path in PICTURES_DIR.glob("*.svg")) <= MAX_TOTAL_BYTES


def test_the_committed_pictures_are_what_the_generator_makes_of_the_pose_data(
    tmp_path: Path,
) -> None:
    sys.path.insert(0, str(REPO_ROOT / "tools" / "pictures"))
    try:
        import generate  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    generate.write_all(tmp_path)
    made = {path.name: path.read_bytes() for path in tmp_path.glob("*.svg")}
    committed = {path.name: path.read_bytes() for path in PICTURES_DIR.glob("*.svg")}
    stale = sorted(name for name in made if made[name] != committed.get(name))
    assert not stale, f"run tools/pictures/generate.py: {stale[:5]} differ"
    assert made.keys() == committed.keys()


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A private copy of the shipped library and its pose files, free to break."""
    for folder in ("exercises", "programs", "poses"):
        shutil.copytree(DATA_DIR / folder, tmp_path / folder)
    return tmp_path


def pose_error(directory: Path) -> str:
    with pytest.raises(CatalogueError) as caught:
        read_pictures(directory, load_catalogue())
    return str(caught.value)


def test_the_shipped_pose_data_loads() -> None:
    assert set(load_pictures()) == {exercise.id for exercise in load_catalogue().exercises}


@pytest.mark.parametrize(
    ("file", "old", "new", "line"),
    [
        (
            "toy_soldier",
            "thigh = [15, -95]",
            "thigh = [15, -950]",
            "poses/toy_soldier.toml: sets[0].positions[1].thigh[1]: "
            "Input should be greater than or equal to -360 (got -950)",
        ),
        (
            "toy_soldier",
            "step = 1,",
            "step = 9,",
            "poses/toy_soldier.toml: sets[0].positions[1].step: step 9 does not exist: "
            "toy_soldier has steps 0-3",
        ),
        (
            "leg_swings",
            'variants = ["across_body"]',
            'variants = ["sideways"]',
            "poses/leg_swings.toml: sets[1].variants[0]: leg_swings has no variant 'sideways'",
        ),
        (
            "assisted_slr",
            'to = "near_toe"',
            'to = "near_tail"',
            "poses/assisted_slr.toml: sets[0].props[0]: to: unknown body point 'near_tail'",
        ),
        (
            "deadlift",
            'posture = "stand", upper_arm',
            'posture = "float", upper_arm',
            "poses/deadlift.toml: sets[0].positions[0].posture: Input should be",
        ),
        (
            "deadlift",
            'posture = "stand", upper_arm',
            "upper_arm",
            "poses/deadlift.toml: sets[0]: positions[0] needs a posture to start from",
        ),
    ],
)
def test_a_bad_pose_file_names_the_file_the_field_and_the_problem(
    library: Path, file: str, old: str, new: str, line: str
) -> None:
    edit(library / "poses" / f"{file}.toml", old, new)
    assert line in pose_error(library)


def test_a_drill_without_pictures_and_a_variant_left_out_are_reported(library: Path) -> None:
    (library / "poses" / "ankle_rolls.toml").unlink()
    text = (library / "poses" / "leg_swings.toml").read_text(encoding="utf-8")
    (library / "poses" / "leg_swings.toml").write_text(text.split("\n\n[[sets]]")[0] + "\n")
    found = pose_error(library)
    assert "poses/ankle_rolls.toml: (file): missing: every drill needs its pictures" in found
    assert "poses/leg_swings.toml: sets: no set shows variant 'across_body'" in found


def test_catalog_show_writes_every_position_of_every_variant(tmp_path: Path) -> None:
    exercise = load_catalogue().get("leg_swings")
    result = run("catalog", "show", exercise.id, "--pictures", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    expected = {p for v in exercise.variants for p in pictures_of(exercise.id, v.id)}
    written = {path.name: path.read_bytes() for path in (tmp_path / "out").iterdir()}
    assert written == {picture.file: picture.path.read_bytes() for picture in expected}
    for picture in expected:
        assert f"{picture.file}" in result.output
        assert f"{picture.label} (step {picture.step + 1})" in result.output


def test_catalog_show_refuses_a_file_as_the_pictures_folder(tmp_path: Path) -> None:
    taken = tmp_path / "taken"
    taken.write_text("not a folder")
    result = run("catalog", "show", "toy_soldier", "--pictures", str(taken))
    assert result.exit_code == 2
    assert "--pictures: cannot write to" in result.output
    assert "Traceback" not in result.output

"""docs/loads.md is the catalogue's loads as data, and every curated drill declares them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from limberup.catalog.loader import DATA_DIR, load_catalogue, read_catalogue
from limberup.catalog.loads_table import loads_table
from limberup.domain.vocabulary import Region
from limberup.exceptions import CatalogueError

DOC = Path(__file__).resolve().parents[3] / "docs" / "loads.md"


def test_the_document_matches_the_data() -> None:
    assert DOC.read_text(encoding="utf-8") == loads_table(load_catalogue()), (
        "docs/loads.md is stale: run .venv/bin/python scripts/write_loads_doc.py"
    )


def test_every_drill_and_variant_declares_what_it_loads() -> None:
    for exercise in load_catalogue().exercises:
        assert exercise.loads, exercise.id
        for variant in exercise.variants:
            assert variant.loads, f"{exercise.id}.{variant.id}"


@pytest.mark.parametrize(
    ("exercise_id", "region"),
    [
        ("hip_flexor_matrix", Region.KNEE),  # half-kneeling: the back knee is on the floor
        ("side_flexion_rotation", Region.KNEE),  # tall kneeling on both knees
        ("drive_backs", Region.KNEE),  # a lunge
        ("ankle_band_mobilization", Region.KNEE),  # half-kneeling, front knee past the toes
        ("foam_rolling", Region.ARMS),  # weight on the hands
        ("clam_shell", Region.SHOULDERS),  # lying on the side
        ("modified_pigeon", Region.KNEE),  # the bent leg turned out on a bench
    ],
)
def test_positions_load_what_they_press_on(exercise_id: str, region: Region) -> None:
    assert region in load_catalogue().get(exercise_id).loaded()


def test_the_loader_refuses_a_drill_or_variant_without_loads(tmp_path: Path) -> None:
    copy = tmp_path / "catalog"
    shutil.copytree(DATA_DIR / "exercises", copy / "exercises")
    shutil.copytree(DATA_DIR / "programs", copy / "programs")
    target = copy / "exercises" / "toe_walking.toml"
    lines = target.read_text(encoding="utf-8").splitlines()
    target.write_text(
        "\n".join(line for line in lines if not line.startswith("loads")), encoding="utf-8"
    )
    with pytest.raises(CatalogueError) as raised:
        read_catalogue(copy)
    message = str(raised.value)
    assert "exercises/toe_walking.toml: loads:" in message
    assert "variants[0].loads" in message


def test_loads_must_cover_the_regions_a_drill_works(tmp_path: Path) -> None:
    copy = tmp_path / "catalog"
    shutil.copytree(DATA_DIR, copy, ignore=shutil.ignore_patterns("*.py", "poses", "pictures"))
    target = copy / "exercises" / "step_downs.toml"
    text = target.read_text(encoding="utf-8")
    target.write_text(
        text.replace('loads = ["quadriceps", "knee",', 'loads = ["quadriceps",'),
        encoding="utf-8",
    )
    with pytest.raises(CatalogueError, match="missing \\['knee'\\]"):
        read_catalogue(copy)

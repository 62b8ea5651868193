"""The real ``limberup`` command: the JSON export keeps the scripting contract for every drill.

The contract (DESIGN.md, "The scripting contract"): a JSON array of exercises, each with the
keys below; vocabulary values from fixed lists; equipment entries an id or a list of ids of
which any one will do; each dose range ``{"min": n, "max": n}`` or null.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from limberup.domain.vocabulary import TARGETS, Equipment, Position, Region
from tests.paths import FREE_EXERCISE_DB

LIMBERUP = str(Path(sys.executable).with_name("limberup"))

KEYS = {
    "id", "name", "aliases", "source", "regions", "planes", "modality", "position",
    "laterality", "equipment", "dose", "variants", "targets", "contexts", "progressions",
    "regressions", "steps", "cues", "cautions",
}  # fmt: skip
DOSE_RANGES = {"sets", "reps", "hold_s", "hold_breaths", "days_per_week"}
MODALITIES = {"dynamic", "active_rom", "static_hold", "strength", "activation", "soft_tissue"}
LATERALITIES = {"each_side", "alternating", "bilateral"}
CONTEXTS = {"pre_run", "rest_day", "daily", "micro_break", "gym_warmup"}
PLANES = {"sagittal", "frontal", "transverse"}
REPS_UNITS = {"reps", "steps", "feet"}
DESIGN_EQUIPMENT = {
    "wall", "doorway", "light_band", "heavy_band", "strap", "towel", "foam_roller", "step",
    "bench", "adjustable_bench", "bed_or_couch", "kettlebell", "barbell", "dumbbell", "chair",
    "pool",
}  # fmt: skip
SLUG = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")


def limberup(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [LIMBERUP, *args], capture_output=True, text=True, check=False, timeout=60
    )


@pytest.fixture(scope="module")
def exported() -> list[dict[str, Any]]:
    result = limberup("catalog", "export", "--format", "json")
    assert result.returncode == 0, result.stderr
    data: list[dict[str, Any]] = json.loads(result.stdout)
    return data


def is_text_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) and item for item in value)


def check_dose(dose: object, where: str) -> None:
    assert isinstance(dose, dict), where
    assert dose.keys() >= DOSE_RANGES, where
    assert dose["reps_unit"] in REPS_UNITS, where
    # Beyond the contract's ranges a dose may name its held positions and hold once per set.
    assert is_text_list(dose.get("hold_at", [])), (where, "hold_at")
    assert isinstance(dose.get("hold_per_set", False), bool), (where, "hold_per_set")
    for name, value in dose.items():
        if name in ("reps_unit", "hold_at", "hold_per_set") or value is None:
            continue
        assert isinstance(value, dict), (where, name)
        assert value.keys() == {"min", "max"}, (where, name)
        low, high = value["min"], value["max"]
        assert isinstance(low, int | float), (where, name)
        assert isinstance(high, int | float), (where, name)
        assert 0 <= low <= high, (where, name)


def check_exercise(row: dict[str, Any], known_ids: set[str]) -> None:
    where = row.get("id", "?")
    assert row.keys() >= KEYS, where
    assert SLUG.match(row["id"]), where
    assert isinstance(row["name"], str), where
    assert row["name"], where
    assert is_text_list(row["aliases"]), where
    assert set(row["source"]) == {"seed", "title", "author"}, where
    assert re.match(r"^\d{3}_[0-9a-f]{16}\.txt$", row["source"]["seed"]), where
    assert all(isinstance(value, str) and value for value in row["source"].values()), where
    assert row["regions"], where
    assert set(row["regions"]) <= {r.value for r in Region}, where
    assert row["planes"], where
    assert set(row["planes"]) <= PLANES, where
    assert row["modality"] in MODALITIES, where
    assert row["position"] in {p.value for p in Position}, where
    assert row["laterality"] in LATERALITIES, where
    equipment_ids = {e.value for e in Equipment}
    for need in row["equipment"]:
        if isinstance(need, str):
            assert need in equipment_ids, where
        else:
            assert isinstance(need, list), where
            assert len(need) >= 2, where
            assert set(need) <= equipment_ids, where
    check_dose(row["dose"], where)
    for variant in row["variants"]:
        assert SLUG.match(variant["id"]), where
        assert isinstance(variant["name"], str), where
        if variant["dose"] is not None:
            check_dose(variant["dose"], f"{where}.{variant['id']}")
    assert set(row["targets"]) <= TARGETS, where
    assert row["contexts"], where
    assert set(row["contexts"]) <= CONTEXTS, where
    assert set(row["progressions"]) <= known_ids, where
    assert set(row["regressions"]) <= known_ids, where
    for field in ("steps", "cues", "cautions"):
        assert is_text_list(row[field]), (where, field)


def test_the_design_equipment_ids_all_exist() -> None:
    assert {e.value for e in Equipment} >= DESIGN_EQUIPMENT


def test_export_json_keeps_the_contract_for_every_exercise(exported: list[dict[str, Any]]) -> None:
    assert len(exported) == 32
    known = {row["id"] for row in exported}
    assert len(known) == len(exported)
    for row in exported:
        check_exercise(row, known)


def test_a_bad_filter_exits_2_with_a_message_and_no_traceback() -> None:
    result = limberup("catalog", "list", "--region", "elbow")
    assert result.returncode == 2
    assert "--region: unknown value 'elbow'; allowed: " in result.stderr
    assert "Traceback" not in result.stderr


def test_importing_the_whole_free_exercise_db(tmp_path: Path) -> None:
    target = tmp_path / "imported.json"
    result = limberup(
        "catalog",
        "import",
        "free-exercise-db",
        str(FREE_EXERCISE_DB),
        "--json",
        "--output",
        str(target),
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["records"], report["imported"]) == (873, 873)
    assert len(json.loads(target.read_text(encoding="utf-8"))["exercises"]) == 873

"""Import the free-exercise-db JSON format (github.com/yuhonas/free-exercise-db, Unlicense).

A file is a JSON array of records with ``id``, ``name``, ``category``, ``equipment``,
``primaryMuscles``, ``secondaryMuscles`` and ``instructions`` (see its ``schema.json``).
Values outside the schema's lists are not errors: they are reported as unmapped, so a newer
file still imports.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, StringConstraints

from limberup.adapters.importers.files import read_json
from limberup.adapters.importers.mapping import (
    ANY_BAND,
    NO_KIT,
    map_equipment,
    map_regions,
    unique_slug,
)
from limberup.adapters.importers.model import (
    ImportedExercise,
    ImportReport,
    ImportResult,
    Mapped,
    Outcome,
    Tally,
)
from limberup.adapters.importers.records import validate_records
from limberup.domain.catalog import EquipmentNeed
from limberup.domain.vocabulary import Equipment, Modality, Region

ORIGIN = "free-exercise-db"
LICENCE = "Unlicense (public domain)"
LICENCE_URL = "https://unlicense.org"

CATEGORIES: dict[str, Modality] = {
    "strength": Modality.STRENGTH,
    "powerlifting": Modality.STRENGTH,
    "olympic weightlifting": Modality.STRENGTH,
    "strongman": Modality.STRENGTH,
    "stretching": Modality.STATIC_HOLD,
}
CATEGORY_GAPS = {
    "plyometrics": "jumping drills: no LimberUp modality fits",
    "cardio": "conditioning work: no LimberUp modality fits",
}
EQUIPMENT: dict[str, tuple[EquipmentNeed, ...]] = {
    "body only": NO_KIT,
    "dumbbell": (Equipment.DUMBBELL,),
    "barbell": (Equipment.BARBELL,),
    "kettlebells": (Equipment.KETTLEBELL,),
    "bands": (ANY_BAND,),
    "foam roll": (Equipment.FOAM_ROLLER,),
}
EQUIPMENT_GAPS = {
    "cable": "gym cable machine: no LimberUp equipment id",
    "machine": "gym machine: no LimberUp equipment id",
    "medicine ball": "no LimberUp equipment id",
    "exercise ball": "no LimberUp equipment id",
    "e-z curl bar": "no LimberUp equipment id",
    "other": "the source does not say what it is",
}
MUSCLES: dict[str, Region] = {
    "abdominals": Region.CORE,
    "abductors": Region.HIP,
    "adductors": Region.GROIN,
    "biceps": Region.ARMS,
    "calves": Region.CALF,
    "chest": Region.CHEST,
    "forearms": Region.ARMS,
    "glutes": Region.GLUTES,
    "hamstrings": Region.HAMSTRINGS,
    "lower back": Region.LOWER_BACK,
    "middle back": Region.THORACIC_SPINE,
    "neck": Region.NECK,
    "quadriceps": Region.QUADRICEPS,
    "shoulders": Region.SHOULDERS,
    "triceps": Region.ARMS,
}
MUSCLE_GAPS = {
    "lats": "no LimberUp region for the latissimus dorsi",
    "traps": "the trapezius spans neck, shoulders and upper back: no single LimberUp region",
}
FIELDS = {
    "category": "modality",
    "equipment": "equipment",
    "muscles": "regions (primaryMuscles and secondaryMuscles)",
}

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Record(BaseModel):
    """The fields LimberUp reads; others (level, force, images...) are ignored."""

    model_config = ConfigDict(extra="ignore")

    id: NonEmpty
    name: NonEmpty
    category: NonEmpty
    equipment: str | None
    primaryMuscles: list[str]  # noqa: N815 - the source's spelling
    secondaryMuscles: list[str]  # noqa: N815
    instructions: list[str]


def import_free_exercise_db(path: Path) -> ImportResult:
    """Read and map a free-exercise-db ``exercises.json``.

    Raises:
        ImportFormatError: the file or any record is malformed; nothing is imported.
    """
    return map_free_exercise_db(read_json(path), source=str(path))


def map_free_exercise_db(data: object, *, source: str) -> ImportResult:
    """Validate every record of already-parsed ``data``, then map them all."""
    records = validate_records(source, data, Record, what="exercise records")
    tally = Tally(FIELDS)
    exercises = []
    taken: set[str] = set()
    for record in records:
        category = _category(record)
        equipment = map_equipment(
            [record.equipment] if record.equipment else [], EQUIPMENT, EQUIPMENT_GAPS
        )
        regions = map_regions(
            [*record.primaryMuscles, *record.secondaryMuscles], MUSCLES, MUSCLE_GAPS
        )
        fields: dict[str, Mapped[Any]] = {
            "category": category,
            "equipment": equipment,
            "muscles": regions,
        }
        for name, mapped in fields.items():
            tally.add(name, mapped)
        exercises.append(
            ImportedExercise(
                id=unique_slug("fedb", record.id, taken),
                name=record.name,
                origin=ORIGIN,
                origin_id=record.id,
                licence=LICENCE,
                licence_url=LICENCE_URL,
                regions=regions.value,
                modality=category.value,
                equipment=equipment.value,
                steps=tuple(step.strip() for step in record.instructions if step.strip()),
                unmapped={name: m.left_out for name, m in fields.items() if m.left_out},
            )
        )
    report = ImportReport(
        origin=ORIGIN,
        source=source,
        licence=LICENCE,
        records=len(records),
        imported=len(exercises),
        fields=tally.reports(),
    )
    return ImportResult(report=report, exercises=tuple(exercises))


def _category(record: Record) -> Mapped[Modality | None]:
    key = record.category.strip().lower()
    if key == "stretching" and (record.equipment or "").lower() == "foam roll":
        # The source files foam rolling under stretching; ours calls it soft-tissue work.
        return Mapped(Modality.SOFT_TISSUE, Outcome.MAPPED)
    if key in CATEGORIES:
        return Mapped(CATEGORIES[key], Outcome.MAPPED)
    reason = CATEGORY_GAPS.get(key, "unknown category")
    return Mapped(None, Outcome.UNMAPPED, (f"{record.category!r}: {reason}",), (record.category,))

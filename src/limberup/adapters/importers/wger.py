"""Import wger's ``exerciseinfo`` API JSON (``/api/v2/exerciseinfo/``, wger.de or self-hosted).

Accepted shapes: one page of the list endpoint (``{"count", "next", "previous",
"results": [...]}``), a JSON array of its results, or one exercise from the detail endpoint.
Each exercise nests ``category`` ``{id, name}``, ``muscles`` and ``muscles_secondary``
``[{id, name, name_en, is_front, ...}]``, ``equipment`` ``[{id, name}]``, ``license``
``{id, full_name, short_name, url}``, ``license_author`` and ``translations`` ``[{name,
description (HTML), language, license_author, ...}]``.

wger's categories are body areas (Abs, Legs, Cardio...), not kinds of work, so they map to
regions where they name one, and no modality is set.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from limberup.adapters.importers.files import read_json
from limberup.adapters.importers.html_text import paragraphs
from limberup.adapters.importers.mapping import (
    ANY_BAND,
    NO_KIT,
    map_each,
    map_equipment,
    map_regions,
    unique_slug,
)
from limberup.adapters.importers.model import (
    ImportedExercise,
    ImportReport,
    ImportResult,
    Mapped,
    Tally,
)
from limberup.adapters.importers.records import validate_records
from limberup.domain.catalog import EquipmentNeed
from limberup.domain.vocabulary import Equipment, Region

ORIGIN = "wger"
ENGLISH = 2
"""wger's language id for English."""

CATEGORIES: dict[str, Region] = {
    "abs": Region.CORE,
    "arms": Region.ARMS,
    "calves": Region.CALF,
    "chest": Region.CHEST,
    "shoulders": Region.SHOULDERS,
}
CATEGORY_GAPS = {
    "legs": "a broad body area: the muscles give the regions",
    "back": "a broad body area: the muscles give the regions",
    "cardio": "a kind of training, not a body area",
}
EQUIPMENT: dict[str, tuple[EquipmentNeed, ...]] = {
    "none (bodyweight exercise)": NO_KIT,
    "barbell": (Equipment.BARBELL,),
    "dumbbell": (Equipment.DUMBBELL,),
    "kettlebell": (Equipment.KETTLEBELL,),
    "gym mat": (Equipment.MAT,),
    "bench": (Equipment.BENCH,),
    "incline bench": (Equipment.ADJUSTABLE_BENCH,),
    "resistance band": (ANY_BAND,),
}
EQUIPMENT_GAPS = {
    "sz-bar": "a curl bar: no LimberUp equipment id",
    "swiss ball": "no LimberUp equipment id",
    "pull-up bar": "no LimberUp equipment id",
}
MUSCLES: dict[str, Region] = {
    "biceps": Region.ARMS,
    "biceps brachii": Region.ARMS,
    "brachialis": Region.ARMS,
    "triceps": Region.ARMS,
    "triceps brachii": Region.ARMS,
    "shoulders": Region.SHOULDERS,
    "anterior deltoid": Region.SHOULDERS,
    "chest": Region.CHEST,
    "pectoralis major": Region.CHEST,
    "abs": Region.CORE,
    "rectus abdominis": Region.CORE,
    "obliques": Region.CORE,
    "obliquus externus abdominis": Region.CORE,
    "calves": Region.CALF,
    "gastrocnemius": Region.CALF,
    "soleus": Region.CALF,
    "glutes": Region.GLUTES,
    "gluteus maximus": Region.GLUTES,
    "quads": Region.QUADRICEPS,
    "quadriceps femoris": Region.QUADRICEPS,
    "hamstrings": Region.HAMSTRINGS,
    "biceps femoris": Region.HAMSTRINGS,
    "lower back": Region.LOWER_BACK,
    "erector spinae": Region.LOWER_BACK,
}
MUSCLE_GAPS = {
    "lats": "no LimberUp region for the latissimus dorsi",
    "latissimus dorsi": "no LimberUp region for the latissimus dorsi",
    "trapezius": "spans neck, shoulders and upper back: no single LimberUp region",
    "serratus anterior": "no LimberUp region for the serratus anterior",
}
FIELDS = {
    "category": "regions",
    "equipment": "equipment",
    "muscles": "regions (muscles and muscles_secondary)",
}
NOTES = ("wger categories name body areas, not kinds of work: imported entries have no modality.",)

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Item(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: int
    name: NonEmpty


class _Muscle(_Item):
    name_en: str = ""

    def label(self) -> str:
        """The English name where wger has one (Quads), else the Latin one."""
        return self.name_en.strip() or self.name


class _License(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: int
    short_name: str = ""
    full_name: str = ""
    url: str = ""


class _Translation(BaseModel):
    model_config = ConfigDict(extra="ignore")

    name: NonEmpty
    description: str = ""
    language: int
    license_author: str | None = None


class Record(BaseModel):
    """The fields LimberUp reads from one ``exerciseinfo`` entry."""

    model_config = ConfigDict(extra="ignore")

    id: int
    category: _Item
    muscles: list[_Muscle]
    muscles_secondary: list[_Muscle]
    equipment: list[_Item]
    license: _License | int | None = None
    license_author: str | None = None
    translations: Annotated[list[_Translation], Field(min_length=1)]


def import_wger(path: Path) -> ImportResult:
    """Read and map a saved wger ``exerciseinfo`` response.

    Raises:
        ImportFormatError: the file or any record is malformed; nothing is imported.
    """
    return map_wger(read_json(path), source=str(path))


def map_wger(data: object, *, source: str) -> ImportResult:
    """Validate every exercise of already-parsed ``data``, then map them all."""
    if isinstance(data, dict) and "results" in data:
        data = data["results"]
    elif isinstance(data, dict) and "translations" in data:
        data = [data]
    records = validate_records(source, data, Record, what="wger exerciseinfo results")
    tally = Tally(FIELDS)
    taken: set[str] = set()
    exercises = [_exercise(record, tally, taken) for record in records]
    report = ImportReport(
        origin=ORIGIN,
        source=source,
        licence=_licences(records),
        records=len(records),
        imported=len(exercises),
        fields=tally.reports(),
        notes=NOTES,
    )
    return ImportResult(report=report, exercises=tuple(exercises))


def _exercise(record: Record, tally: Tally, taken: set[str]) -> ImportedExercise:
    translation = next((t for t in record.translations if t.language == ENGLISH), None)
    translation = translation or record.translations[0]
    category = map_each([record.category.name], CATEGORIES, CATEGORY_GAPS, "category")
    muscles = [m.label() for m in (*record.muscles, *record.muscles_secondary)]
    regions = map_regions(muscles, MUSCLES, MUSCLE_GAPS)
    equipment = map_equipment([e.name for e in record.equipment], EQUIPMENT, EQUIPMENT_GAPS)
    fields: dict[str, Mapped[Any]] = {
        "category": category,
        "equipment": equipment,
        "muscles": regions,
    }
    for name, mapped in fields.items():
        tally.add(name, mapped)
    licence = record.license
    return ImportedExercise(
        id=unique_slug("wger", str(record.id), taken),
        name=translation.name,
        origin=ORIGIN,
        origin_id=str(record.id),
        licence=_licence_name(licence),
        licence_url=licence.url or None if isinstance(licence, _License) else None,
        licence_author=translation.license_author or record.license_author,
        regions=tuple(dict.fromkeys((*category.value, *regions.value))),
        modality=None,
        equipment=equipment.value,
        steps=paragraphs(translation.description),
        unmapped={name: m.left_out for name, m in fields.items() if m.left_out},
    )


def _licence_name(licence: _License | int | None) -> str:
    if isinstance(licence, _License):
        return licence.short_name or licence.full_name or f"wger licence {licence.id}"
    if isinstance(licence, int):
        return f"wger licence {licence}"
    return "not stated (check the wger instance's terms)"


def _licences(records: list[Record]) -> str:
    names = sorted({_licence_name(record.license) for record in records})
    return ", ".join(names) or "none"

"""What an import produces: entries kept apart from the curated set, and a report on them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict

from limberup.domain.catalog import EquipmentNeed, Slug, Text
from limberup.domain.vocabulary import Modality, Region

Origin = Literal["free-exercise-db", "wger"]
T = TypeVar("T")


class ImportedExercise(BaseModel):
    """An exercise from another catalogue, mapped onto LimberUp's words as far as it goes.

    It is never mixed into the curated :class:`~limberup.domain.catalog.Catalogue`: it has no
    dose, targets or cautions of ours, and ``curated`` is always false.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Slug
    name: Text
    curated: Literal[False] = False
    origin: Origin
    origin_id: str
    licence: Text
    licence_url: str | None = None
    licence_author: str | None = None
    regions: tuple[Region, ...] = ()
    modality: Modality | None = None
    """None: the source's category does not say what kind of work it is."""
    equipment: tuple[EquipmentNeed, ...] | None = None
    """Empty: no kit. None: the source gives none, or names kit LimberUp has no id for."""
    steps: tuple[str, ...] = ()
    """The source's own instructions, under the source's licence."""
    unmapped: Mapping[str, tuple[str, ...]] = {}
    """Source values, by field, that LimberUp could not map."""


class Outcome(StrEnum):
    MAPPED = "mapped"
    PARTIAL = "partial"
    UNMAPPED = "unmapped"


class FieldReport(BaseModel):
    """How one source field mapped across all records."""

    model_config = ConfigDict(frozen=True)

    field: str
    maps_to: str
    mapped: int
    partial: int
    unmapped: int
    reasons: tuple[tuple[str, int], ...]
    """Why values did not map, with how many times each reason came up, most frequent first."""


class ImportReport(BaseModel):
    """What an import read, kept, and could or could not map."""

    model_config = ConfigDict(frozen=True)

    origin: Origin
    source: str
    licence: str
    records: int
    imported: int
    fields: tuple[FieldReport, ...]
    notes: tuple[str, ...] = ()


class ImportResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    report: ImportReport
    exercises: tuple[ImportedExercise, ...]


@dataclass(frozen=True, slots=True)
class Mapped(Generic[T]):
    """One field of one record, mapped: the result and why any value was left out."""

    value: T
    outcome: Outcome
    reasons: tuple[str, ...] = ()
    left_out: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RecordProblem:
    """What is wrong with one record (or with the file, when ``index`` is None)."""

    index: int | None
    record_id: str | None
    field: str
    message: str

    def __str__(self) -> str:
        if self.index is None:
            return f"{self.field}: {self.message}" if self.field else self.message
        who = f"record {self.index}" + (f" (id {self.record_id!r})" if self.record_id else "")
        return f"{who}: {self.field}: {self.message}"


class Tally:
    """Counts outcomes and reasons per field while records are mapped."""

    def __init__(self, fields: Mapping[str, str]) -> None:
        self._maps_to = dict(fields)
        self._outcomes: dict[str, Counter[Outcome]] = {name: Counter() for name in fields}
        self._reasons: dict[str, Counter[str]] = {name: Counter() for name in fields}

    def add(self, field: str, mapped: Mapped[Any]) -> None:
        self._outcomes[field][mapped.outcome] += 1
        self._reasons[field].update(mapped.reasons)

    def reports(self) -> tuple[FieldReport, ...]:
        return tuple(
            FieldReport(
                field=name,
                maps_to=maps_to,
                mapped=self._outcomes[name][Outcome.MAPPED],
                partial=self._outcomes[name][Outcome.PARTIAL],
                unmapped=self._outcomes[name][Outcome.UNMAPPED],
                reasons=tuple(self._reasons[name].most_common()),
            )
            for name, maps_to in self._maps_to.items()
        )


def outcome_of(kept: int, dropped: int) -> Outcome:
    """Mapped when nothing was dropped (and something was there), unmapped when nothing kept."""
    if dropped == 0 and kept > 0:
        return Outcome.MAPPED
    return Outcome.PARTIAL if kept else Outcome.UNMAPPED

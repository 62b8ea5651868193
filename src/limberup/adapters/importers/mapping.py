"""Map an outside catalogue's words onto LimberUp's, saying why a value did not map."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TypeVar

from limberup.adapters.importers.model import Mapped, Outcome, outcome_of
from limberup.domain.catalog import EquipmentNeed
from limberup.domain.vocabulary import Equipment, Region

T = TypeVar("T")

ANY_BAND: EquipmentNeed = (Equipment.LIGHT_BAND, Equipment.HEAVY_BAND)
"""A source that says only "band": either of ours will do."""

NO_KIT: tuple[EquipmentNeed, ...] = ()
"""What a source value meaning "no equipment" maps to."""


def map_each(
    values: Sequence[str], table: Mapping[str, T], why_not: Mapping[str, str], what: str
) -> Mapped[tuple[T, ...]]:
    """Map every value through ``table`` (keys lower-case), keeping order and dropping repeats.

    A value missing from ``table`` is left out with the reason in ``why_not``, or "unknown".
    """
    if not values:
        return Mapped((), Outcome.UNMAPPED, (f"no {what} given",))
    kept: list[T] = []
    reasons: list[str] = []
    left_out: list[str] = []
    for raw in values:
        key = raw.strip().lower()
        if key in table:
            if table[key] not in kept:
                kept.append(table[key])
        else:
            left_out.append(raw)
            reasons.append(f"{raw!r}: {why_not.get(key, f'unknown {what}')}")
    outcome = outcome_of(len(values) - len(left_out), len(left_out))
    return Mapped(tuple(kept), outcome, tuple(reasons), tuple(left_out))


def map_regions(
    values: Sequence[str], table: Mapping[str, Region], why_not: Mapping[str, str]
) -> Mapped[tuple[Region, ...]]:
    return map_each(values, table, why_not, "muscle")


def map_equipment(
    values: Sequence[str],
    table: Mapping[str, tuple[EquipmentNeed, ...]],
    why_not: Mapping[str, str],
) -> Mapped[tuple[EquipmentNeed, ...] | None]:
    """Kit needed, ``()`` for none, or None when any item is missing or has no LimberUp id.

    A partial list would claim the exercise needs less than it does, so it maps to None.
    """
    found = map_each(values, table, why_not, "equipment")
    if found.outcome is not Outcome.MAPPED:
        return Mapped(None, found.outcome, found.reasons, found.left_out)
    return Mapped(tuple(need for needs in found.value for need in needs), Outcome.MAPPED)


def unique_slug(prefix: str, origin_id: str, taken: set[str]) -> str:
    """A LimberUp id for an outside record, made unique among ``taken`` (which it extends)."""
    words = re.findall(r"[a-z0-9]+", origin_id.lower())
    base = "_".join([prefix, *words])[:70].strip("_")
    slug, suffix = base, 2
    while slug in taken:
        slug, suffix = f"{base}_{suffix}", suffix + 1
    taken.add(slug)
    return slug

"""Catalogue values in plain words, shared by the terminal and the web pages."""

from __future__ import annotations

from collections.abc import Sequence

from limberup.domain.catalog import Dose, EquipmentNeed, Range
from limberup.domain.vocabulary import Laterality


def span(value: Range) -> str:
    """``3-5``, or ``10`` when both ends agree."""
    return f"{value.min:g}" if value.min == value.max else f"{value.min:g}-{value.max:g}"


def describe_dose(dose: Dose, laterality: Laterality) -> str:
    """A dose in words, such as ``3-5 reps per side · hold 3-5 breaths · 7 days a week``."""
    per = {Laterality.EACH_SIDE: " per side", Laterality.ALTERNATING: " in all"}.get(laterality, "")
    parts = []
    if dose.sets:
        parts.append(f"{span(dose.sets)} sets")
    if dose.reps:
        parts.append(f"{span(dose.reps)} {dose.reps_unit}{per}")
    if dose.hold_s:
        parts.append(f"hold {span(dose.hold_s)} s")
    if dose.hold_breaths:
        parts.append(f"hold {span(dose.hold_breaths)} breaths")
    if dose.inhale_s and dose.exhale_s:
        parts.append(f"breathe in {span(dose.inhale_s)} s, out {span(dose.exhale_s)} s")
    if dose.rest_s:
        parts.append(f"rest {span(dose.rest_s)} s")
    if dose.days_per_week:
        parts.append(f"{span(dose.days_per_week)} days a week")
    return " · ".join(parts) or "no figures in the article"


def describe_equipment(equipment: Sequence[EquipmentNeed], *, joiner: str = " + ") -> str:
    """``heavy_band + band_anchor``; alternatives as ``strap or light_band or towel``."""
    return joiner.join(" or ".join(need) if isinstance(need, tuple) else need for need in equipment)

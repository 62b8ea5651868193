"""A finding's words for a person: its value with its unit, and its source as a reference.

The CLI's tables and the web's findings page say both the same way.
"""

from __future__ import annotations

import re

from limberup.domain.assessment.norms import SEED_002_SOURCE
from limberup.domain.assessment.results import Finding, Value
from limberup.domain.vocabulary import Status


def show_value(value: Value, unit: str | None) -> str:
    """A finding's value for a person: ``64°``, ``8 cm``, ``2 of 3``, ``1 of 9 point``, ``yes``.

    Args:
        value: the finding's value.
        unit: the finding's unit.
    """
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        figure = f"{value:g}"
        return {
            "deg": f"{figure}°",
            "standards": f"{figure} of 3",
            "points": f"{figure} of 9 point{'' if value == 1 else 's'}",
            "score": f"score {figure}",
        }.get(unit or "", f"{figure} {unit or ''}".strip())
    return value


def finding_value(finding: Finding) -> str:
    """A finding's value; for an uneven pair, the gap: ``3 cm apart``, ``1 standard fewer``."""
    if finding.status is not Status.ASYMMETRIC or finding.value is None:
        return show_value(finding.value, finding.unit)
    if finding.unit == "standards" and isinstance(finding.value, int | float):
        count = f"{finding.value:g}"
        return f"{count} standard{'' if finding.value == 1 else 's'} fewer"
    return f"{show_value(finding.value, finding.unit)} apart"


SEED_MARK = re.compile(r"\s*\(seed \d+\)|\bseed \d+;\s*")
"""The seed-file numbers in a source: our own bookkeeping, not a reference a reader can use."""
SEED_TITLES = {"seed 002": SEED_002_SOURCE}
"""A source given only as a seed file, as a reader can look it up."""


def plain_source(source: str) -> str:
    """``Esther Smith, DPT, A Simple Mobility Routine`` without ``(seed 002)``."""
    return SEED_MARK.sub("", SEED_TITLES.get(source, source)).strip()

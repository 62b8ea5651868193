"""A session's kind and a drill's dose in a runner's words.

Kept free of pydantic and of the planner, so the quick ``limberup today``
(``entrypoints/cli/quick_today``) can word a stored plan read as plain JSON exactly as every
other page and command words the plan's models: both are read through the protocols below.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from limberup.domain.vocabulary import Context

CONTEXT_LABELS = {
    Context.PRE_RUN: "pre-run",
    Context.POST_RUN: "after-run",
    Context.REST_DAY: "rest-day",
    Context.DAILY: "daily",
    Context.MICRO_BREAK: "work-break",
    Context.GYM_WARMUP: "gym warm-up",
}


class DosedPart(Protocol):
    """What the wording reads of one block of a drill (``week.ItemPart`` has it all)."""

    @property
    def sets(self) -> int: ...
    @property
    def reps(self) -> int: ...
    @property
    def reps_unit(self) -> str: ...
    @property
    def hold_s(self) -> float | None: ...
    @property
    def hold_breaths(self) -> int | None: ...
    @property
    def hold_at(self) -> Sequence[str]: ...
    @property
    def hold_per_set(self) -> bool: ...
    @property
    def limited_side(self) -> str | None: ...
    @property
    def extra_reps(self) -> int: ...


class DosedItem(Protocol):
    """What the wording reads of a planned drill (``week.Item`` has it all)."""

    @property
    def sides(self) -> int: ...
    @property
    def parts(self) -> Sequence[DosedPart]: ...


def dose_summary(item: DosedItem) -> str:
    """The dose in a few words, each number with its unit: '2 sets of 5 reps each side, 5
    breaths each', '20 steps', '1 rep each side, 10 s hold'."""
    parts = item.parts
    if not parts:
        return ""
    first = parts[0]
    unit = "rep" if first.reps_unit == "reps" and first.reps == 1 else first.reps_unit
    text = f"{first.reps} {unit}"
    if first.sets > 1:
        text = f"{first.sets} sets of {text}"
    if item.sides == 2:
        text += " each side"
        if first.limited_side is not None and first.extra_reps:
            text += f" ({first.reps + first.extra_reps} on the {first.limited_side})"
    where = f" at each of {len(first.hold_at)} positions" if first.hold_at else " each"
    if first.hold_per_set:
        where = " once a set"
    if first.hold_breaths:
        text += f", {first.hold_breaths} breath{'s' if first.hold_breaths > 1 else ''}{where}"
    elif first.hold_s:
        text += f", {first.hold_s:g} s hold" + (where if where != " each" else "")
    if len(parts) > 1:
        text += f" (+{len(parts) - 1} more position{'s' if len(parts) > 2 else ''})"
    return text

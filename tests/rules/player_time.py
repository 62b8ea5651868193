"""Whether a plan's minutes are the minutes the player takes.

Kept apart from ``plan_check``: that checker stands on the written rules alone, while this
one asks the session player (the other side of the contract) how long each item takes.
"""

from __future__ import annotations

from limberup.domain.catalog import Catalogue
from limberup.domain.dosing import Part
from limberup.domain.planning.week import Item, WeekPlan
from limberup.domain.session.timeline import PlayerItem, item_seconds

MINUTES_TOLERANCE = 0.051
"""Minutes are shown to one decimal; allow for that rounding."""


def item_parts(item: Item) -> tuple[Part, ...]:
    """A planned item's parts as the player takes them."""
    return tuple(
        Part(
            p.variant_id,
            p.name,
            p.sets,
            p.reps,
            p.reps_unit,
            p.hold_s or 0.0,
            p.hold_breaths or 0,
            p.rest_s or 0.0,
        )
        for p in item.parts
    )


def player_mismatches(plan: WeekPlan, catalogue: Catalogue) -> list[str]:
    """Sessions whose shown minutes differ from the player's time for their items."""
    problems = []
    for day in plan.days:
        for session in day.sessions:
            seconds = sum(
                item_seconds(PlayerItem(catalogue.get(i.exercise_id), item_parts(i)))
                for i in session.items
            )
            if abs(seconds / 60 - session.minutes) > MINUTES_TOLERANCE:
                problems.append(
                    f"{day.date} {session.context.value}: shows {session.minutes} min, "
                    f"the player takes {seconds / 60:.2f}"
                )
    return problems

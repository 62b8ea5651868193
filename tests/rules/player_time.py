"""Whether a plan's minutes are the minutes the player takes.

Kept apart from ``plan_check``: that checker stands on the written rules alone, while this
one asks the session player (the other side of the contract) how long each item takes.
"""

from __future__ import annotations

from limberup.domain.catalog import Catalogue
from limberup.domain.planning.week import WeekPlan
from limberup.domain.session.player import player_items
from limberup.domain.session.timeline import item_seconds

MINUTES_TOLERANCE = 0.051
"""Minutes are shown to one decimal; allow for that rounding."""


def player_mismatches(plan: WeekPlan, catalogue: Catalogue) -> list[str]:
    """Sessions whose shown minutes differ from the player's time for their items."""
    problems = []
    for day in plan.days:
        for session in day.sessions:
            seconds = sum(item_seconds(i) for i in player_items(session.items, catalogue))
            if abs(seconds / 60 - session.minutes) > MINUTES_TOLERANCE:
                problems.append(
                    f"{day.date} {session.context.value}: shows {session.minutes} min, "
                    f"the player takes {seconds / 60:.2f}"
                )
    return problems

"""A session's log as a table: what was done of each drill, and any pain."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from limberup.domain.logbook import SessionLog
from limberup.domain.planning.explain import CONTEXT_LABELS
from limberup.domain.planning.week import Item
from limberup.entrypoints.cli.day_words import long_date


def summary(log: SessionLog, items: Sequence[Item]) -> Table:
    """What was logged of each drill of a session."""
    kind = CONTEXT_LABELS[log.context].capitalize()
    table = Table(title=f"{kind} session of {long_date(log.day, year=False)}")
    for column in ("Drill", "Sets", "Reps", "Holds", "Sides", "Pain"):
        table.add_column(column)
    for index, item in enumerate(items):
        logged = log.item(index)
        if logged is None or logged.skipped:
            table.add_row(item.name, "-", "-", "-", "-", "skipped" if logged else "not done")
            continue
        pain = f"{logged.pain} ({logged.pain_region})" if logged.pain else "-"
        sides = "+".join(side.value for side in logged.sides) or "both"
        table.add_row(
            item.name,
            str(logged.sets_done),
            str(logged.reps_done),
            str(logged.holds_done),
            sides,
            pain,
        )
    return table

"""A session's log as a table: what was done of each drill, and any pain."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from limberup.domain.logbook import SessionLog
from limberup.domain.planning.plain_words import CONTEXT_LABELS
from limberup.domain.planning.week import Item
from limberup.domain.session.outcome import DrillOutcome, full_tally, logged_outcome
from limberup.domain.session.player import PlayerState
from limberup.domain.session.timeline import PlayerItem, session_steps
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


def outcome_line(log: SessionLog, drills: Sequence[PlayerItem]) -> str:
    """How many drills were done, partly done and skipped, by the players' one rule.

    "Complete" only when every drill was done; a drill never reached counts as skipped.
    """
    whole = PlayerState.start(session_steps(drills))
    counts = dict.fromkeys(DrillOutcome, 0)
    for index in range(len(drills)):
        logged = log.item(index)
        outcome = (
            DrillOutcome.SKIPPED
            if logged is None
            else logged_outcome(logged, full_tally(whole, index))
        )
        counts[outcome] += 1
    if counts[DrillOutcome.DONE] == len(drills):
        return f"[bold green]Session complete:[/] all {len(drills)} drills done."
    parts = [
        f"{counts[DrillOutcome.DONE]} done",
        f"{counts[DrillOutcome.PARTIAL]} partly done",
        f"{counts[DrillOutcome.SKIPPED]} skipped",
    ]
    return f"[bold yellow]Session ended:[/] {', '.join(parts)} of {len(drills)} drills."

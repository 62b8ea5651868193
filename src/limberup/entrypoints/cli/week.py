"""``limberup plan`` (this week) and ``limberup today``, from the stored plan.

The week's plan is generated and stored the first time it is asked for; ``plan --new`` makes
a new version of it (after a new assessment or a profile change). ``plan generate`` keeps its
own file-based contract and stores nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated

import typer
from rich.console import Console

from limberup.domain.assessment import PROTOCOLS
from limberup.domain.logbook import StoredDecision, StoredPlan
from limberup.domain.planning.plain_words import CONTEXT_LABELS, dose_summary
from limberup.entrypoints.cli.names import exercise_name
from limberup.entrypoints.cli.plan_views import print_week
from limberup.entrypoints.cli.store import open_store, parse_date, reported
from limberup.entrypoints.cli.today_view import DrillLine, SessionLine, TodayView, print_today
from limberup.services.plans import current_plan, generate_plan, week_decisions, week_of
from limberup.services.sessions import PlannedDay, day_plan

DateOption = Annotated[
    str | None, typer.Option("--date", help="Which day, YYYY-MM-DD [default: today]")
]
ACTION_STYLE = {
    "advance": "green",
    "hold": "dim",
    "maintain": "cyan",
    "regress": "yellow",
    "stop": "bold red",
}


def this_week(
    ctx: typer.Context,
    week_start: Annotated[
        str | None,
        typer.Option(
            "--week-start", help="Any day of the week to show, YYYY-MM-DD [default: today]"
        ),
    ] = None,
    new: Annotated[
        bool, typer.Option("--new", help="Plan the week again and store it as a new version.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the week as JSON.")] = False,
) -> None:
    """This week's plan, made and stored the first time you ask for it."""
    if ctx.invoked_subcommand is not None:
        return
    week = week_of(parse_date(week_start, option="--week-start"))
    store = open_store(read_only=not new)  # a week not stored yet is refused when read-only
    with reported():
        if new:
            stored = generate_plan(store.uow(), store.runtime, store.user_id, week)
        else:
            stored = current_plan(store.uow(), store.runtime, store.user_id, week)
        decisions = week_decisions(store.uow(), store.user_id, week)
    if as_json:
        typer.echo(json.dumps(stored.plan.model_dump(mode="json"), indent=2))
        return
    console = Console(highlight=False)
    print_week(console, stored.plan)
    print_decisions(console, decisions)
    console.print(_stamp(stored))


def today(date: DateOption = None) -> None:
    """Today's sessions, what is in them, and which are done."""
    day = parse_date(date)
    store = open_store(read_only=True)  # reads a stored plan; planning a new one is refused
    with reported():
        planned = day_plan(store.uow(), store.runtime, store.user_id, day)
    print_today(Console(highlight=False), today_view(day, planned))


def today_view(day: dt.date, planned: PlannedDay) -> TodayView:
    """What ``today`` shows of a day's plan and its logs."""
    sessions = tuple(
        SessionLine(
            label=CONTEXT_LABELS[session.session.context],
            minutes=session.session.minutes,
            drills=tuple(
                DrillLine(item.name, dose_summary(item), item.why) for item in session.session.items
            ),
            status=session.log.status.value if session.log else None,
            drills_done=len(session.log.finished_items()) if session.log else 0,
        )
        for session in planned.sessions
    )
    retest = planned.day.retest if planned.day is not None and sessions else ()
    return TodayView(day, sessions, tuple(PROTOCOLS[test].title for test in retest))


def print_decisions(console: Console, decisions: tuple[StoredDecision, ...]) -> None:
    """What the progression engine decided this week, holds included, and why."""
    if not decisions:
        return
    console.print("[bold]What your retests and logs decided[/]")
    for decision in decisions:
        style = ACTION_STYLE.get(decision.action.value, "")
        into = f" -> {exercise_name(decision.replacement_id)}" if decision.replacement_id else ""
        action = f"[{style}]{decision.action.value}[/]"
        console.print(
            f"- {exercise_name(decision.exercise_id)}{into}: {action} ({decision.reason})"
        )


def _stamp(stored: StoredPlan) -> str:
    return (
        f"[dim]Plan version {stored.version}, made {stored.created_at:%Y-%m-%d %H:%M} UTC; "
        "`limberup plan --new` plans the week again.[/]"
    )

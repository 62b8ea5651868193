"""``limberup plan`` (this week) and ``limberup today``, from the stored plan.

The week's plan is generated and stored the first time it is asked for; ``plan --new`` makes
a new version of it (after a new assessment or a profile change). ``plan generate`` keeps its
own file-based contract and stores nothing.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from limberup.domain.counting import counted
from limberup.domain.logbook import SessionStatus, StoredDecision, StoredPlan
from limberup.domain.planning.explain import CONTEXT_LABELS, dose_summary
from limberup.entrypoints.cli.day_words import long_date
from limberup.entrypoints.cli.names import exercise_name
from limberup.entrypoints.cli.plan_views import print_week
from limberup.entrypoints.cli.store import open_store, parse_date, reported
from limberup.services.plans import current_plan, generate_plan, week_decisions, week_of
from limberup.services.sessions import PlannedSession, day_plan

DateOption = Annotated[
    str | None, typer.Option("--date", help="Which day, YYYY-MM-DD [default: today]")
]
LEFT = (0, 0, 0, 3)
WHY = (0, 0, 0, 5)
"""Indents of a drill's line and of its reason under it (wrapped lines keep the indent)."""
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
        planned = day_plan(store.uow(), store.runtime, store.user_id, day).sessions
    console = Console(highlight=False)
    console.rule(f"{long_date(day)}")
    if not planned:
        console.print("No session is planned for this day: rest, or run.")
        return
    for number, session in enumerate(planned, start=1):
        console.print(session_heading(number, session))
        for item in session.session.items:
            console.print(
                Padding(Text.assemble((item.name, "bold"), f"  {dose_summary(item)}"), LEFT)
            )
            console.print(Padding(Text(item.why, style="dim"), WHY))
    retest = next((d.retest for d in planned[0].plan.plan.days if d.date == day), ())
    if retest:
        from limberup.domain.assessment import PROTOCOLS

        tests = ", ".join(PROTOCOLS[test].title for test in retest)
        console.print(f"[magenta]Weekly retest today[/] ({tests}): `limberup assess` records it.")
    console.print(
        "Start one with `limberup go NUMBER`; log one done without the player with "
        "`limberup log NUMBER`."
    )


def session_heading(number: int, planned: PlannedSession) -> Text:
    """``1. pre-run, 5 min, 3 drills - done``."""
    session = planned.session
    state = "not started"
    if planned.log is not None:
        done = len(planned.log.finished_items())
        state = {
            SessionStatus.FINISHED: "done",
            SessionStatus.ABANDONED: f"abandoned after {done} of {len(session.items)} drills",
            SessionStatus.IN_PROGRESS: f"in progress, {done} of {len(session.items)} drills done",
        }[planned.log.status]
    style = "green" if planned.done else "yellow" if planned.log else ""
    return Text.assemble(
        (f"{number}. {CONTEXT_LABELS[session.context]}", "bold"),
        f", {session.minutes:g} min, {counted(len(session.items), 'drill')} - ",
        (state, style),
    )


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

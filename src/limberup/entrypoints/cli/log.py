"""``limberup log [SESSION]``: log a session done without the player.

One question when the session went as planned (every drill done, nothing hurt); otherwise each
drill is asked about, and only a drill that was not done as planned asks for details (what
was done, pain and where, notes). Each drill is stored as soon as it is answered, so stopping
half-way keeps what was logged; a session left half-logged (here or in ``limberup go``) is
carried on where it stopped. ``--as-planned`` logs every drill as prescribed without asking.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from limberup.domain.logbook import ItemLog, SessionLog, SessionStatus
from limberup.domain.planning.plain_words import CONTEXT_LABELS, dose_summary
from limberup.domain.planning.week import Item
from limberup.domain.session.player import Tally, planned_tally
from limberup.domain.vocabulary import Region, Side
from limberup.entrypoints.cli.assess.asking import choice, several, yes_no
from limberup.entrypoints.cli.day_words import long_date
from limberup.entrypoints.cli.errors import RUNTIME_ERROR, fail
from limberup.entrypoints.cli.prompting import Prompter, Stopped, free_text, whole_in
from limberup.entrypoints.cli.session_choice import choose_session
from limberup.entrypoints.cli.session_summary import summary
from limberup.entrypoints.cli.store import Store, open_store, parse_date, reported, utc_now
from limberup.services.dates import refuse_future
from limberup.services.sessions import (
    PlannedSession,
    day_plan,
    end_session,
    get_session,
    log_item,
    session_of_log,
    start_session,
)

MAX_NOTES = 2000
DONE_ANSWERS = ("yes", "partly", "skipped")


def log(
    session: Annotated[
        str | None,
        typer.Argument(
            help="Which of the day's sessions: 1, 2... or pre_run, daily...", show_default=False
        ),
    ] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="The day it was done, YYYY-MM-DD [default: today]")
    ] = None,
    as_planned: Annotated[
        bool, typer.Option("--as-planned", help="Log every drill as prescribed, without asking.")
    ] = False,
) -> None:
    """Log a session you did without the player."""
    day = parse_date(date)
    console = Console(highlight=False)
    store = open_store()
    with reported():
        refuse_future("--date", day, store.runtime.clock.today())
        planned = day_plan(store.uow(), store.runtime, store.user_id, day).sessions
    chosen = choose_session(planned, session)
    if chosen is None:
        why = "every session of the day is logged" if planned else "no session is planned that day"
        console.print(f"Nothing to log: {why}. `limberup today` shows the day.")
        return
    entry, items = _log_of(store, chosen)
    kind = CONTEXT_LABELS[entry.context].capitalize()
    console.rule(f"{kind} session of {long_date(day, year=False)}")
    ask = Prompter(console)
    todo = [(i, item) for i, item in enumerate(items) if i not in entry.finished_items()]
    try:
        went_as_planned = as_planned or _went_as_planned(ask, todo)
    except Stopped:
        _stopped(console)
    for index, item in todo:
        try:
            logged = (
                _as_planned(index, item) if went_as_planned else _ask(ask, index, item, len(items))
            )
        except Stopped:
            _stopped(console)
        with reported():
            log_item(store.uow(), store.user_id, entry.uuid, logged, runtime=store.runtime)
    with reported():
        end_session(store.uow(), store.user_id, entry.uuid, now=utc_now())
        entry = get_session(store.uow(), store.user_id, entry.uuid)
    console.print(summary(entry, items))
    console.print("[bold green]Logged.[/] `limberup history` lists your sessions.")


def _log_of(store: Store, chosen: PlannedSession) -> tuple[SessionLog, tuple[Item, ...]]:
    """The session's unfinished log to carry on, or a new one; with its planned items."""
    with reported():
        if chosen.log is not None and chosen.log.status is SessionStatus.IN_PROGRESS:
            return chosen.log, session_of_log(store.uow(), store.user_id, chosen.log).items
        started = start_session(
            store.uow(),
            store.user_id,
            plan_uuid=chosen.plan.uuid,
            day=chosen.day,
            session_index=chosen.index,
            now=utc_now(),
            today=store.runtime.clock.today(),
        )
    return started, chosen.session.items


def _as_planned(index: int, item: Item, tally: Tally | None = None, **fields: object) -> ItemLog:
    done = tally or planned_tally(item)
    return ItemLog.model_validate(
        {
            "item_index": index,
            "exercise_id": item.exercise_id,
            "variant_id": item.variant_id,
            "sets_done": done.sets_done,
            "reps_done": done.reps_done,
            "holds_done": done.holds_done,
            "sides": done.sides,
            "finished_at": utc_now(),
        }
        | fields
    )


def _stopped(console: Console) -> NoReturn:
    console.print()
    fail(
        "stopped; the drills logged so far are kept, and `limberup log` carries on",
        code=RUNTIME_ERROR,
    )


def _went_as_planned(ask: Prompter, todo: Sequence[tuple[int, Item]]) -> bool:
    """List the drills still to log and ask once whether they all went as written."""
    for index, item in todo:
        ask.console.print(f"  {index + 1}. {item.name} ({dose_summary(item)})")
    return ask.ask(
        "Did it go as planned: every drill done, nothing hurt? (y/n)", yes_no, default="y"
    )


def _ask(ask: Prompter, index: int, item: Item, count: int) -> ItemLog:
    """One drill: a single question when it went as planned, its details when it did not."""
    ask.console.print(f"[bold]Drill {index + 1} of {count}: {item.name}[/] ({dose_summary(item)})")
    done = ask.ask("  As planned? (yes / partly / skipped)", choice(*DONE_ANSWERS), default="yes")
    if done == "yes":
        return _as_planned(index, item)
    if done == "skipped":
        pain, where = _pain(ask, "  Did anything hurt? Pain 0-10")
        return _as_planned(
            index, item, Tally(0, 0, 0, ()), skipped=True, pain=pain, pain_region=where
        )
    tally = _ask_partly(ask, item, planned_tally(item))
    pain, where = _pain(ask, "  Pain during it, 0-10")
    notes = ask.ask("  Notes (Enter to skip)", free_text(MAX_NOTES), default="")
    return _as_planned(index, item, tally, pain=pain, pain_region=where, notes=notes)


def _pain(ask: Prompter, question: str) -> tuple[int, str | None]:
    pain = ask.ask(question, whole_in(0, 10), default="0")
    if not pain:
        return pain, None
    regions = [region.value.replace("_", " ") for region in Region]
    where = ask.ask(f"  Where? ({', '.join(regions)})", choice(*regions))
    return pain, where.replace(" ", "_")


def _ask_partly(ask: Prompter, item: Item, planned: Tally) -> Tally:
    sets = ask.ask(
        f"  Sets done (0-{planned.sets_done})",
        whole_in(0, planned.sets_done),
        default=str(planned.sets_done),
    )
    reps = ask.ask(
        f"  Reps done over all sets and sides (0-{planned.reps_done})",
        whole_in(0, planned.reps_done),
        default=str(planned.reps_done),
    )
    holds = 0
    if planned.holds_done:
        holds = ask.ask(
            f"  Holds done (0-{planned.holds_done})",
            whole_in(0, planned.holds_done),
            default=str(planned.holds_done),
        )
    sides: tuple[Side, ...] = ()
    if planned.sides:
        named = ask.ask(
            "  Sides done (left, right, or none)", several(["left", "right"]), default="left,right"
        )
        sides = tuple(Side(side) for side in named)
    return Tally(sets, reps, holds, sides)

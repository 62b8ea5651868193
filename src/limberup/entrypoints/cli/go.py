"""``limberup go [SESSION]``: the terminal session player.

It starts a log of one of today's sessions (or resumes an unfinished one), plays its steps on
a Rich live screen and stores each drill as it finishes, so quitting, Ctrl-C or a killed
terminal keep what was done. Keys: space pause, n next, b back, p pain, q quit.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer
from rich.console import Console

from limberup.domain.logbook import SessionLog, SessionStatus
from limberup.domain.planning.explain import CONTEXT_LABELS
from limberup.domain.session.player import PlayerState, player_items
from limberup.domain.session.timeline import session_steps
from limberup.entrypoints.cli.assess.asking import yes_no
from limberup.entrypoints.cli.errors import RUNTIME_ERROR, fail
from limberup.entrypoints.cli.go_run import PlayerRun
from limberup.entrypoints.cli.prompting import Prompter, Stopped
from limberup.entrypoints.cli.session_choice import choose_session
from limberup.entrypoints.cli.session_summary import summary
from limberup.entrypoints.cli.store import Store, open_store, parse_date, reported, utc_now
from limberup.entrypoints.cli.terminal_keys import KeyReader
from limberup.entrypoints.cli.voice import Voice
from limberup.services.sessions import (
    end_session,
    get_session,
    planned_session,
    sessions_on,
    start_session,
    unfinished_sessions,
)


def go(
    session: Annotated[
        str | None,
        typer.Argument(
            help="Which of the day's sessions: 1, 2... or pre_run, daily...", show_default=False
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option("--date", help="The day of the session, YYYY-MM-DD [default: today]"),
    ] = None,
    fast: Annotated[
        float,
        typer.Option(
            "--fast", min=0.1, max=1000.0, help="Play this many times faster (for tests)."
        ),
    ] = 1.0,
    voice: Annotated[
        bool | None,
        typer.Option(
            "--voice/--no-voice",
            help="Speak cues with espeak-ng [default: on when installed, off with --fast]",
            show_default=False,
        ),
    ] = None,
    resume: Annotated[
        bool | None,
        typer.Option(
            "--resume/--no-resume",
            help="Resume an unfinished session (or abandon it) without asking.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Play a session: drills, cues, counters, holds and paced breathing, logged as you go."""
    day = parse_date(date)
    console = Console(highlight=False)
    store = open_store()
    log = _offer_resume(console, store, resume)
    if log is None:
        log = _start(console, store, session, day)
    with reported():
        items = planned_session(store.uow(), store.user_id, log).items
    catalogue = store.runtime.catalogue
    try:
        drills = player_items(items, catalogue)
    except KeyError as error:
        fail(
            f"this session names a drill the catalogue no longer has ({error}); "
            "`limberup plan --new` plans the week again",
            code=RUNTIME_ERROR,
        )
    start_at = log.resume_at(len(items))
    if start_at is not None:
        talks = Voice.find(wanted=voice if voice is not None else fast <= 1.0)
        run = PlayerRun(console, store, log, items=items, drills=drills, voice=talks, fast=fast)
        with KeyReader() as keys:
            finished = run.play(PlayerState.start(session_steps(drills), at_item=start_at), keys)
        talks.stop()
        if not finished:
            done = len(get_session(store.uow(), store.user_id, log.uuid).finished_items())
            console.print(
                f"Stopped after {done} of {len(items)} drills; what you did is kept. "
                "`limberup go` offers to resume."
            )
            return
    with reported():
        ended = end_session(store.uow(), store.user_id, log.uuid, now=utc_now())
    console.print(summary(ended, items))
    console.print("[bold green]Session complete.[/] It is in your history (`limberup history`).")


def _offer_resume(console: Console, store: Store, resume: bool | None) -> SessionLog | None:
    with reported():
        unfinished = unfinished_sessions(store.uow(), store.user_id)
    if not unfinished:
        return None
    latest = unfinished[0]
    with reported():
        count = len(planned_session(store.uow(), store.user_id, latest).items)
    done = len(latest.finished_items())
    console.print(
        f"You stopped a {CONTEXT_LABELS[latest.context]} session of {latest.day:%A %d %B} "
        f"after {done} of {count} drills."
    )
    if resume is None:
        try:
            resume = Prompter(console).ask("Resume it? (y/n)", yes_no, default="y")
        except Stopped:
            console.print()
            fail("stopped; nothing changed", code=RUNTIME_ERROR)
    if resume:
        return latest
    with reported():
        for log in unfinished:
            end_session(store.uow(), store.user_id, log.uuid, status=SessionStatus.ABANDONED)
    console.print("Left as abandoned; what was done in it stays in your history.")
    return None


def _start(console: Console, store: Store, wanted: str | None, day: dt.date) -> SessionLog:
    with reported():
        planned = sessions_on(store.uow(), store.runtime, store.user_id, day)
    chosen = choose_session(planned, wanted)
    if chosen is None:
        why = "every session of the day is done" if planned else "no session is planned that day"
        console.print(f"Nothing to play: {why}. `limberup today` shows the day.")
        raise typer.Exit
    with reported():
        return start_session(
            store.uow(),
            store.user_id,
            plan_uuid=chosen.plan.uuid,
            day=day,
            session_index=chosen.index,
            now=utc_now(),
            today=store.runtime.clock.today(),
        )

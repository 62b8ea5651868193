"""``limberup go [SESSION]``: the terminal session player.

It starts a log of one of today's sessions (or resumes an unfinished one), plays its steps on
a Rich live screen and stores each drill as it finishes, so quitting, Ctrl-C or a killed
terminal keep what was done. Keys: space pause, n next, b back, s skip drill, p pain, q quit.

Each run is one player (``services.claims``): a session being played elsewhere (another
terminal, the web player) is not resumed unless the runner takes it over (asked, or
``--take-over``), and a run whose session is taken over stops logging and says so.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

import typer
from rich.console import Console

from limberup.domain.logbook import SessionLog, SessionStatus
from limberup.domain.planning.plain_words import CONTEXT_LABELS
from limberup.domain.session.player import PlayerState, player_items
from limberup.domain.session.timeline import session_steps
from limberup.entrypoints.cli.assess.asking import yes_no
from limberup.entrypoints.cli.errors import RUNTIME_ERROR, fail
from limberup.entrypoints.cli.go_run import PlayerRun
from limberup.entrypoints.cli.prompting import Prompter, Stopped
from limberup.entrypoints.cli.session_choice import choose_session, resumable
from limberup.entrypoints.cli.session_summary import outcome_line, summary
from limberup.entrypoints.cli.store import Store, open_store, parse_date, reported, utc_now
from limberup.entrypoints.cli.terminal_keys import KeyReader
from limberup.entrypoints.cli.voice import Voice
from limberup.exceptions import PlayedElsewhereError
from limberup.services.claims import claim_session, played_elsewhere, release_session
from limberup.services.sessions import (
    day_plan,
    end_session,
    get_session,
    session_of_log,
    start_session,
    unfinished_sessions,
)


def go(  # noqa: PLR0917 - typer passes each option by position
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
    take_over: Annotated[
        bool,
        typer.Option(
            "--take-over",
            help="Take over a session being played elsewhere without asking.",
        ),
    ] = False,
) -> None:
    """Play a session: drills, cues, counters, holds and paced breathing, logged as you go."""
    day = parse_date(date)
    console = Console(highlight=False)
    store = open_store()
    player = uuid.uuid4()  # this run, as the one live player of its session
    log = _offer_resume(console, store, player, day, resume=resume, take_over=take_over)
    if log is None:
        log = _start(console, store, session, day, player)
    with reported():
        items = session_of_log(store.uow(), store.user_id, log).items
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
        wanted = voice if voice is not None else fast <= 1.0
        talks = Voice.find(wanted=wanted)
        if wanted and not talks.available:
            console.print(
                "Spoken cues need espeak-ng, which is not installed (on Debian or Ubuntu: "
                "apt install espeak-ng); the session plays silently."
            )
        run = PlayerRun(
            console, store, log, player, items=items, drills=drills, voice=talks, fast=fast
        )
        with KeyReader() as keys:
            finished = run.play(PlayerState.start(session_steps(drills), at_item=start_at), keys)
        talks.stop()
        if run.taken_over:
            fail(
                "this session was taken over by another player (another `limberup go` or the "
                "web player); this terminal stopped logging it. What it logged before is kept.",
                code=RUNTIME_ERROR,
            )
        if not finished:
            with reported():
                release_session(store.uow(), store.user_id, log.uuid, player)
            done = len(get_session(store.uow(), store.user_id, log.uuid).finished_items())
            console.print(
                f"Stopped after {done} of {len(items)} drills; what you did is kept. "
                "`limberup go` offers to resume."
            )
            return
    with reported():
        ended = end_session(store.uow(), store.user_id, log.uuid, now=utc_now(), player=player)
    console.print(summary(ended, items))
    console.print(f"{outcome_line(ended, drills)} It is in your history (`limberup history`).")


def _offer_resume(
    console: Console,
    store: Store,
    player: uuid.UUID,
    day: dt.date,
    *,
    resume: bool | None,
    take_over: bool,
) -> SessionLog | None:
    with reported():
        unfinished = resumable(unfinished_sessions(store.uow(), store.user_id), day)
    if not unfinished:
        return None
    latest = unfinished[0]
    with reported():
        count = len(session_of_log(store.uow(), store.user_id, latest).items)
        elsewhere = played_elsewhere(store.uow(), store.user_id, latest.uuid)
    done = len(latest.finished_items())
    what = f"{CONTEXT_LABELS[latest.context]} session of {latest.day:%A %d %B}"
    if elsewhere and resume is not False:
        logged = f"{what} ({done} of {count} drills logged)"
        return _take_over(console, store, latest, player, logged, asked=take_over)
    if not elsewhere:
        console.print(f"You stopped a {what} after {done} of {count} drills.")
        if resume is None:
            resume = _ask(console, "Resume it? (y/n)", default="y")
        if resume:
            with reported():
                return claim_session(store.uow(), store.user_id, latest.uuid, player)
    for log in unfinished:
        _abandon(console, store, log, player, take_over=take_over)
    return None


def _take_over(
    console: Console, store: Store, log: SessionLog, player: uuid.UUID, what: str, *, asked: bool
) -> SessionLog:
    """A session another player holds: played here only if the runner takes it over."""
    console.print(
        f"Your {what} is being played elsewhere (another terminal or the web player), or was "
        "left open there."
    )
    if not asked:
        asked = _ask(
            console, "Take it over here? The other player then stops logging. (y/n)", default="n"
        )
    if not asked:
        fail(
            "left to the other player; nothing changed (`--take-over` takes it)", code=RUNTIME_ERROR
        )
    with reported():
        taken = claim_session(store.uow(), store.user_id, log.uuid, player, take_over=True)
    console.print("Taken over: this terminal is now the one playing it.")
    return taken


def _abandon(
    console: Console, store: Store, log: SessionLog, player: uuid.UUID, *, take_over: bool
) -> None:
    """Leave an unfinished session as abandoned, unless another player holds it."""
    try:
        claim_session(store.uow(), store.user_id, log.uuid, player, take_over=take_over)
    except PlayedElsewhereError:
        console.print(
            f"The session of {log.day:%A %d %B} is being played elsewhere: left as it is."
        )
        return
    with reported():
        end_session(
            store.uow(), store.user_id, log.uuid, status=SessionStatus.ABANDONED, player=player
        )
    console.print("Left as abandoned; what was done in it stays in your history.")


def _ask(console: Console, question: str, *, default: str) -> bool:
    try:
        return Prompter(console).ask(question, yes_no, default=default)
    except Stopped:
        console.print()
        fail("stopped; nothing changed", code=RUNTIME_ERROR)


def _start(
    console: Console, store: Store, wanted: str | None, day: dt.date, player: uuid.UUID
) -> SessionLog:
    with reported():
        planned = day_plan(store.uow(), store.runtime, store.user_id, day).sessions
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
            player=player,
            today=store.runtime.clock.today(),
        )

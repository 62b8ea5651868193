"""``limberup go [SESSION]``: the terminal session player.

It starts a log of one of today's sessions (or resumes an unfinished one), plays its steps on
a Rich live screen and stores each drill as it finishes, so quitting, Ctrl-C or a killed
terminal keep what was done. Keys: space pause, n next, b back, p pain, q quit.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from typing import Annotated

import typer
from rich.console import Console, RenderableType
from rich.live import Live
from rich.table import Table

from limberup.catalog.loader import load_catalogue
from limberup.domain.logbook import ItemLog, SessionLog, SessionStatus
from limberup.domain.plan_explain import CONTEXT_LABELS
from limberup.domain.planning import Item
from limberup.domain.player import PlayerItem, session_steps
from limberup.domain.player_state import (
    PlayerState,
    announcement,
    ended_items,
    player_items,
    tally,
)
from limberup.domain.vocabulary import Region
from limberup.entrypoints.cli.assess.asking import choice, yes_no
from limberup.entrypoints.cli.errors import RUNTIME_ERROR, fail
from limberup.entrypoints.cli.go_screen import render
from limberup.entrypoints.cli.prompting import Prompter, Stopped, whole_in
from limberup.entrypoints.cli.session_choice import choose_session
from limberup.entrypoints.cli.store import Store, open_store, parse_date, reported, utc_now
from limberup.entrypoints.cli.terminal_keys import KeyReader
from limberup.entrypoints.cli.voice import Voice
from limberup.services.sessions import (
    end_session,
    get_session,
    log_item,
    planned_session,
    sessions_on,
    start_session,
    unfinished_sessions,
)

FRAME_S = 0.1
"""The screen is redrawn ten times a second; keys are read in between."""
HIGH_PAIN = 7
"""Ours: pain this strong during a drill is a reason to stop the session, not just the drill."""


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
    catalogue = load_catalogue()
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
        planned = sessions_on(store.uow(), store.user_id, day)
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
        )


class PlayerRun:
    """Plays one session's steps on a live screen and logs each drill as it ends."""

    def __init__(
        self,
        console: Console,
        store: Store,
        log: SessionLog,
        *,
        items: Sequence[Item],
        drills: Sequence[PlayerItem],
        voice: Voice,
        fast: float,
    ) -> None:
        self.console, self.store, self.log = console, store, log
        self.items, self.drills, self.voice, self.fast = items, drills, voice, fast
        self.pain: dict[int, tuple[int, Region]] = {}
        self.notice = ""

    def play(self, state: PlayerState, keys: KeyReader) -> bool:
        """Run until the session ends (True) or the runner quits (False)."""
        self._announce(state)
        try:
            while not state.finished:
                state, wants = self._segment(state, keys)
                if wants == "q":
                    break
                if wants == "p":  # asked between two live displays, so the answers stay visible
                    before, state = state, self._ask_pain(state, keys)
                    self._log_ended(before, state)
                    self._announce(state)
        except KeyboardInterrupt:
            pass
        if state.finished:
            return True
        self._keep_partial(state)
        return False

    def _segment(self, state: PlayerState, keys: KeyReader) -> tuple[PlayerState, str | None]:
        """Play on one live display until the end, or until a key needs more than the screen."""
        last = time.monotonic()
        with Live(self._screen(state), console=self.console, auto_refresh=False) as live:
            while not state.finished:
                key = keys.wait(FRAME_S)
                now = time.monotonic()
                before, state = state, state.tick((now - last) * self.fast)
                last = now
                if key in ("q", "p"):
                    self._log_ended(before, state)
                    return state, key
                state = _apply(key, state)
                self._log_ended(before, state)
                if state.position != before.position:
                    self._announce(state)
                live.update(self._screen(state), refresh=True)
        return state, None

    def _screen(self, state: PlayerState) -> RenderableType:
        return render(state, self.drills, context=self.log.context, notice=self.notice)

    def _announce(self, state: PlayerState) -> None:
        if state.current is not None:
            self.voice.say(announcement(state.current))

    def _ask_pain(self, state: PlayerState, keys: KeyReader) -> PlayerState:
        step = state.current
        if step is None:
            return state
        ask = Prompter(self.console)
        regions = [region.value for region in Region]
        try:
            with keys.cooked():
                level = ask.ask("Pain now, 0-10 (0 for none)", whole_in(0, 10))
                where = None
                if level:
                    where = ask.ask(f"Where? ({', '.join(regions)})", choice(*regions))
        except Stopped:
            level, where = 0, None
        if not level or where is None:
            self.notice = "No pain logged."
            return state
        self.pain[step.item_index] = (level, Region(where))
        self.notice = (
            f"Pain {level} in the {where.replace('_', ' ')} logged: this drill stops here, and "
            "next week's plan steps it back."
        )
        if level >= HIGH_PAIN:
            self.notice += " That is strong pain: stop for today, and see a clinician if it stays."
        return state.skip_item()

    def _log_ended(self, before: PlayerState, after: PlayerState) -> None:
        for index in ended_items(before, after):
            self._record(after, index, finished=True)

    def _keep_partial(self, state: PlayerState) -> None:
        step = state.current
        if step is not None and tally(state, step.item_index).worked:
            self._record(state, step.item_index, finished=False)

    def _record(self, state: PlayerState, index: int, *, finished: bool) -> None:
        counted = tally(state, index)
        pain, region = self.pain.get(index, (None, None))
        item = self.items[index]
        entry = ItemLog(
            item_index=index,
            exercise_id=item.exercise_id,
            variant_id=item.variant_id,
            sets_done=counted.sets_done,
            reps_done=counted.reps_done,
            holds_done=counted.holds_done,
            sides=counted.sides,
            skipped=finished and not counted.worked and pain is None,
            pain=pain,
            pain_region=region,
            finished_at=utc_now() if finished else None,
        )
        with reported():
            log_item(self.store.uow(), self.store.user_id, self.log.uuid, entry)


def _apply(key: str | None, state: PlayerState) -> PlayerState:
    if key == " ":
        return state.toggle_pause()
    if key == "n":
        return state.next()
    if key == "b":
        return state.back()
    return state


def summary(log: SessionLog, items: Sequence[Item]) -> Table:
    """What was logged of each drill of a session."""
    table = Table(title=f"{CONTEXT_LABELS[log.context].capitalize()} session of {log.day:%d %B}")
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

"""One run of the session player: the live screen, the keys, and logging each drill as it ends.

What is logged when comes from ``domain.session.playthrough`` (the rule the web player
mirrors): each drill the moment the player moves past it, the drill in progress as partly done
on quit (q, Ctrl-C). Pain (p) is asked between two live displays so the answers stay on screen;
1 or more ends the drill and is logged with it.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence

from rich.console import Console, RenderableType
from rich.live import Live

from limberup.domain.logbook import ItemLog, SessionLog
from limberup.domain.planning.week import Item
from limberup.domain.progression.decisions import STOP_PAIN_LEVEL
from limberup.domain.session.outcome import Pain
from limberup.domain.session.player import PlayerState, announcement
from limberup.domain.session.playthrough import Playthrough
from limberup.domain.session.timeline import PlayerItem
from limberup.domain.vocabulary import Region
from limberup.entrypoints.cli.assess.asking import choice
from limberup.entrypoints.cli.go_screen import render
from limberup.entrypoints.cli.prompting import Prompter, Stopped, whole_in
from limberup.entrypoints.cli.store import Store, reported, utc_now
from limberup.entrypoints.cli.terminal_keys import KeyReader
from limberup.entrypoints.cli.voice import Voice
from limberup.exceptions import PlayedElsewhereError
from limberup.services.claims import played_elsewhere
from limberup.services.sessions import log_item

FRAME_S = 0.1
"""The screen is redrawn ten times a second; keys are read in between."""
CLAIM_CHECK_S = 2.0
"""How often a run looks whether another player took its session over (it then stops)."""
HIGH_PAIN = STOP_PAIN_LEVEL
"""Pain this strong during a drill stops it for good and offers to stop the session too."""


class PlayerRun:
    """Plays one session's steps on a live screen and logs each drill as it ends."""

    def __init__(
        self,
        console: Console,
        store: Store,
        log: SessionLog,
        player: uuid.UUID,
        *,
        items: Sequence[Item],
        drills: Sequence[PlayerItem],
        voice: Voice,
        fast: float,
    ) -> None:
        self.console, self.store, self.log, self.player = console, store, log, player
        self.items, self.drills, self.voice, self.fast = items, drills, voice, fast
        self.skipping: frozenset[int] = frozenset()
        """Drills left out after strong pain: those that load the region that hurt."""
        self.notice = ""
        self.taken_over = False
        """Another player took the session over: nothing more is logged here."""

    def play(self, state: PlayerState, keys: KeyReader) -> bool:
        """Run until the session ends (True) or the runner quits (False)."""
        run = Playthrough.begin(state, self.items, self.log.items)
        self._announce(run.state)
        try:
            while not run.state.finished:
                run, wants = self._segment(run, keys)
                if wants == "q":
                    break
                if wants == "p":  # asked between two live displays, so the answers stay visible
                    run = self._ask_pain(run, keys)
                    self._announce(run.state)
        except KeyboardInterrupt:
            pass
        except TakenOverError:
            self.taken_over = True
            return False
        if run.state.finished:
            return True
        try:
            self._store(run.stop(utc_now()))
        except TakenOverError:
            self.taken_over = True
        return False

    def _segment(self, run: Playthrough, keys: KeyReader) -> tuple[Playthrough, str | None]:
        """Play on one live display until the end, or until a key needs more than the screen."""
        last = checked = time.monotonic()
        with Live(self._screen(run.state), console=self.console, auto_refresh=False) as live:
            while not run.state.finished:
                key = keys.wait(FRAME_S)
                now = time.monotonic()
                before = run.state
                run = self._moved(run, self._past_skipped(before.tick((now - last) * self.fast)))
                last = now
                if now - checked >= CLAIM_CHECK_S:
                    checked = now
                    self._check_claim()
                if key in ("q", "p"):
                    return run, key
                run = self._moved(run, self._past_skipped(apply_key(key, run.state)))
                if run.state.position != before.position:
                    self._announce(run.state)
                live.update(self._screen(run.state), refresh=True)
        return run, None

    def _moved(self, run: Playthrough, after: PlayerState) -> Playthrough:
        run, logs = run.move(after, utc_now())
        self._store(logs)
        return run

    def _screen(self, state: PlayerState) -> RenderableType:
        return render(state, self.drills, context=self.log.context, notice=self.notice)

    def _announce(self, state: PlayerState) -> None:
        if state.current is not None:
            self.voice.say(announcement(state.current))

    def _ask_pain(self, run: Playthrough, keys: KeyReader) -> Playthrough:
        if run.state.current is None:
            return run
        ask = Prompter(self.console)
        regions = [region.value for region in Region]
        try:
            with keys.cooked():
                level = ask.ask("Pain now, 0-10 (0 for none)", whole_in(0, 10))
                where = None
                if level:
                    where = ask.ask(f"Where? ({', '.join(regions)})", choice(*regions))
        except Stopped:
            self.notice = "No pain logged."
            return run
        pain = Pain(level, Region(where) if where else None)
        run, logs = run.report_pain(pain, utc_now())
        self._store(logs)
        if not pain.stops:
            self.notice = "Pain 0 noted: carry on, gently."
            return run
        assert where is not None
        region = Region(where)
        self.notice = (
            f"Pain {level} in the {where.replace('_', ' ')} logged: this drill stops here and "
            "is off the rest of this week's plan."
        )
        if level < HIGH_PAIN:
            return self._moved(run, self._past_skipped(run.state))
        self.notice += (
            " That is strong pain: it is stopped; please see a physiotherapist or doctor."
        )
        return self._after_strong_pain(run, region, keys)

    def _after_strong_pain(self, run: Playthrough, region: Region, keys: KeyReader) -> Playthrough:
        """Offer to end the session, or to leave out every drill that loads the same region."""
        label = region.value.replace("_", " ")
        try:
            with keys.cooked():
                wanted = Prompter(self.console).ask(
                    f"End the session now, or skip every drill that loads the {label}? (end/skip)",
                    choice("end", "skip"),
                    default="end",
                )
        except Stopped:
            wanted = "end"
        if wanted == "end":
            state = run.state
            while not state.finished:
                state = state.skip_item()
            return self._moved(run, state)
        self.skipping = frozenset(
            index for index, drill in enumerate(self.drills) if region in drill.exercise.loaded()
        )
        return self._moved(run, self._past_skipped(run.state))

    def _past_skipped(self, state: PlayerState) -> PlayerState:
        while state.current is not None and state.current.item_index in self.skipping:
            state = state.skip_item()
        return state

    def _check_claim(self) -> None:
        with reported():
            if played_elsewhere(self.store.uow(), self.store.user_id, self.log.uuid, self.player):
                raise TakenOverError

    def _store(self, logs: Sequence[ItemLog]) -> None:
        """Store each log as this run's player; a refusal ends the run (TakenOverError)."""
        for entry in logs:
            with reported():  # a refusal is not reported as an error: the run says so
                try:
                    log_item(
                        self.store.uow(),
                        self.store.user_id,
                        self.log.uuid,
                        entry,
                        player=self.player,
                        runtime=self.store.runtime,
                    )
                except PlayedElsewhereError as error:
                    raise TakenOverError from error


class TakenOverError(Exception):
    """Another player holds the session now: this run stops without writing."""


def apply_key(key: str | None, state: PlayerState) -> PlayerState:
    """The player's state after a key that the live screen handles itself."""
    if key == " ":
        return state.toggle_pause()
    if key == "n":
        return state.next()
    if key == "b":
        return state.back()
    if key == "s":
        return state.skip_item()
    return state

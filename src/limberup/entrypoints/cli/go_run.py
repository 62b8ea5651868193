"""One run of the session player: the live screen, the keys, and logging each drill as it ends.

Each drill is stored the moment the player moves past it; on quit (q, Ctrl-C) the drill in
progress is stored as partly done. Pain (p) is asked between two live displays so the answers
stay on screen, ends the drill, and is logged with it.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from rich.console import Console, RenderableType
from rich.live import Live

from limberup.domain.logbook import ItemLog, SessionLog
from limberup.domain.planning.week import Item
from limberup.domain.progression.decisions import STOP_PAIN_LEVEL
from limberup.domain.session.player import PlayerState, announcement, ended_items, tally
from limberup.domain.session.timeline import PlayerItem
from limberup.domain.vocabulary import Region
from limberup.entrypoints.cli.assess.asking import choice
from limberup.entrypoints.cli.go_screen import render
from limberup.entrypoints.cli.prompting import Prompter, Stopped, whole_in
from limberup.entrypoints.cli.store import Store, reported, utc_now
from limberup.entrypoints.cli.terminal_keys import KeyReader
from limberup.entrypoints.cli.voice import Voice
from limberup.services.sessions import log_item

FRAME_S = 0.1
"""The screen is redrawn ten times a second; keys are read in between."""
HIGH_PAIN = STOP_PAIN_LEVEL
"""Pain this strong during a drill stops it for good and offers to stop the session too."""


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
        self.skipping: frozenset[int] = frozenset()
        """Drills left out after strong pain: those that load the region that hurt."""
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
                state = self._past_skipped(_apply(key, state))
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
            f"Pain {level} in the {where.replace('_', ' ')} logged: this drill stops here and "
            "is off the rest of this week's plan."
        )
        if level < HIGH_PAIN:
            return self._past_skipped(state.skip_item())
        self.notice += (
            " That is strong pain: it is stopped; please see a physiotherapist or doctor."
        )
        return self._after_strong_pain(state.skip_item(), Region(where), keys)

    def _after_strong_pain(
        self, state: PlayerState, region: Region, keys: KeyReader
    ) -> PlayerState:
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
            while not state.finished:
                state = state.skip_item()
            return state
        self.skipping = frozenset(
            index for index, drill in enumerate(self.drills) if region in drill.exercise.loaded()
        )
        return self._past_skipped(state)

    def _past_skipped(self, state: PlayerState) -> PlayerState:
        while state.current is not None and state.current.item_index in self.skipping:
            state = state.skip_item()
        return state

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
            log_item(
                self.store.uow(),
                self.store.user_id,
                self.log.uuid,
                entry,
                runtime=self.store.runtime,
            )


def _apply(key: str | None, state: PlayerState) -> PlayerState:
    if key == " ":
        return state.toggle_pause()
    if key == "n":
        return state.next()
    if key == "b":
        return state.back()
    return state

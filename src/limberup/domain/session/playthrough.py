"""A session being played, and the drill logs each move of the player calls for.

A screen feeds it the player's moves (time, keys), pain reports and the stop; it answers with
the :class:`ItemLog` records to store, made by the one rule of ``outcome.drill_log``. The
terminal plays through it; the web player's ``main.js`` does the same steps in JavaScript:

- a drill is logged as finished the moment the player moves past it;
- pain of 1 or more ends the drill at once (it is logged with its pain); pain 0 is noted on the
  drill, logged as partly done, and the drill goes on;
- stopping the session logs the drill in progress as partly done, when anything of it was
  counted or pain was noted in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from limberup.domain.logbook import ItemLog
from limberup.domain.planning.week import Item
from limberup.domain.session.outcome import Pain, drill_log
from limberup.domain.session.player import PlayerState, ended_items, tally

Logs = tuple[ItemLog, ...]


@dataclass(frozen=True, slots=True)
class Playthrough:
    """Where a session's play is, with what is known of each drill.

    Attributes:
        state: the player's state machine.
        items: the planned items, in session order.
        earlier: what an earlier visit stored of each drill (a resumed session), by index.
        pains: pain reported on this visit, by drill index.
    """

    state: PlayerState
    items: tuple[Item, ...]
    earlier: Mapping[int, ItemLog] = field(default_factory=lambda: MappingProxyType({}))
    pains: Mapping[int, Pain] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def begin(
        cls, state: PlayerState, items: Sequence[Item], earlier: Sequence[ItemLog] = ()
    ) -> Playthrough:
        known = MappingProxyType({log.item_index: log for log in earlier})
        return cls(state, tuple(items), earlier=known)

    def move(self, after: PlayerState, at: dt.datetime) -> tuple[Playthrough, Logs]:
        """The player went from ``self.state`` to ``after``: log each drill it moved past."""
        logs = tuple(
            self._log(after, index, ended=True, at=at) for index in ended_items(self.state, after)
        )
        return replace(self, state=after), logs

    def report_pain(self, pain: Pain, at: dt.datetime) -> tuple[Playthrough, Logs]:
        """Pain in the current drill: 1 or more ends it, 0 is noted and the drill goes on."""
        step = self.state.current
        if step is None:
            return self, ()
        noted = replace(self, pains=MappingProxyType({**self.pains, step.item_index: pain}))
        if pain.stops:
            return noted.move(self.state.skip_item(), at)
        return noted, (noted._log(self.state, step.item_index, ended=False, at=at),)

    def stop(self, at: dt.datetime) -> Logs:
        """The session stops here: the drill in progress, as partly done, if there is any of it."""
        step = self.state.current
        if step is None:
            return ()
        index = step.item_index
        if not tally(self.state, index).worked and index not in self.pains:
            return ()
        return (self._log(self.state, index, ended=False, at=at),)

    def _log(self, state: PlayerState, index: int, *, ended: bool, at: dt.datetime) -> ItemLog:
        item = self.items[index]
        return drill_log(
            state,
            index,
            exercise_id=item.exercise_id,
            variant_id=item.variant_id,
            ended=ended,
            pain=self.pains.get(index),
            earlier=self.earlier.get(index),
            at=at,
        )

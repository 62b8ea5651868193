"""The shared table of scripted presses on the session player (``tests/data/player_scripts.json``).

Loaded here for both doors: the terminal's state machine (a fast unit test) and the web player
in chromium (an end-to-end test). Each gets the table's session as planned items, the seconds a
``wait`` lasts, and the rows a stored log makes, so both compare the same things.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from limberup.catalog.loader import load_catalogue
from limberup.domain.logbook import ItemLog, SessionLog, StoredPlan
from limberup.domain.planning.week import Day, Item, ItemPart, Session, Weekday, WeekPlan
from limberup.domain.session.outcome import logged_outcome
from limberup.domain.session.player import PlayerState, planned_tally, player_items
from limberup.domain.session.timeline import item_seconds, session_steps
from limberup.domain.vocabulary import Context, Side
from tests.paths import REPO_ROOT

TABLE = REPO_ROOT / "tests" / "data" / "player_scripts.json"
SETTLE_S = 0.5
"""A wait ends this long into the step after the last one it lets end."""

Action = list[Any]


@dataclass(frozen=True, slots=True)
class Script:
    name: str
    actions: tuple[Action, ...]
    expected: tuple[dict[str, Any], ...]
    earlier: tuple[dict[str, Any], ...] = ()
    """Drills an earlier visit stored, for a script that resumes a log."""

    def earlier_logs(self, items: Sequence[Item], at: dt.datetime) -> tuple[ItemLog, ...]:
        """What the earlier visit stored, as item logs."""
        return tuple(
            ItemLog(
                item_index=row["index"],
                exercise_id=items[row["index"]].exercise_id,
                sets_done=row["sets"],
                reps_done=row["reps"],
                holds_done=row["holds"],
                sides=tuple(Side(side) for side in row["sides"]),
                finished_at=at if row["finished"] else None,
            )
            for row in self.earlier
        )


def load() -> tuple[tuple[Item, ...], tuple[Script, ...]]:
    data = json.loads(TABLE.read_text(encoding="utf-8"))
    scripts = tuple(
        Script(s["name"], tuple(s["actions"]), tuple(s["expected"]), tuple(s.get("earlier", ())))
        for s in data["scripts"]
    )
    return tuple(_item(drill) for drill in data["session"]), scripts


def _item(drill: dict[str, Any]) -> Item:
    name = load_catalogue().get(drill["exercise_id"]).name
    part = ItemPart(
        variant_id=None,
        name=name,
        sets=drill["sets"],
        reps=drill["reps"],
        reps_unit="reps",
        hold_s=drill.get("hold_s"),
        hold_breaths=drill.get("hold_breaths"),
    )
    return Item(
        exercise_id=drill["exercise_id"],
        variant_id=None,
        name=name,
        sets=part.sets,
        reps=part.reps,
        reps_unit="reps",
        hold_s=part.hold_s,
        hold_breaths=part.hold_breaths,
        sides=drill["sides"],
        minutes=1.0,
        level="low",
        why="it is in the shared player table",
        parts=(part,),
    )


def steps_of(items: Sequence[Item], *, at_item: int = 0) -> PlayerState:
    """A player of the table's session at the first step of drill ``at_item``."""
    steps = session_steps(player_items(items, load_catalogue()))
    return PlayerState.start(steps, at_item=at_item)


def wait_seconds(state: PlayerState, how_many: int | str) -> float:
    """How long a ``wait`` lasts from ``state``: until that many steps end, then SETTLE_S."""
    if how_many == "end":
        return state.remaining + sum(step.seconds for step in state.steps[state.position + 1 :]) + 1
    assert isinstance(how_many, int)
    following = state.steps[state.position + 1 : state.position + how_many]
    return state.remaining + sum(step.seconds for step in following) + SETTLE_S


def week_plan(items: Sequence[Item], day: dt.date) -> StoredPlan:
    """A stored week whose every day has the table's session (as its only, daily, session)."""
    monday = day - dt.timedelta(days=day.weekday())
    seconds = sum(item_seconds(drill) for drill in player_items(items, load_catalogue()))
    session = Session(
        context=Context.DAILY,
        minutes=round(seconds / 60, 1),
        budget_minutes=10.0,
        items=tuple(items),
    )
    days = tuple(
        Day(
            date=monday + dt.timedelta(days=offset),
            weekday=list(Weekday)[offset],
            run=False,
            sessions=(session,),
        )
        for offset in range(7)
    )
    plan = WeekPlan(
        week_start=monday,
        optimal=True,
        solver_status="optimal",
        objective=0.0,
        days=days,
        catalogue_version="player-table",
    )
    return StoredPlan(
        uuid=uuid.uuid4(),
        week_start=monday,
        version=1,
        catalogue_version="player-table",
        plan=plan,
        created_at=dt.datetime.now(dt.UTC),
    )


def rows(log: SessionLog, items: Sequence[Item]) -> list[dict[str, Any]]:
    """One row per planned drill, as the table's ``expected`` writes them."""
    found = []
    for index, item in enumerate(items):
        logged = log.item(index)
        if logged is None:
            found.append({"status": "none"})
            continue
        found.append(
            {
                "status": logged_outcome(logged, planned_tally(item)).value,
                "finished": logged.finished_at is not None,
                "sets": logged.sets_done,
                "reps": logged.reps_done,
                "holds": logged.holds_done,
                "sides": [side.value for side in logged.sides],
                "pain": logged.pain,
                "region": None if logged.pain_region is None else logged.pain_region.value,
            }
        )
    return found

"""The shared player table, played on the terminal's state machine and stored by the service.

Each script of ``tests/data/player_scripts.json`` drives :class:`Playthrough` (what ``limberup
go`` plays through) with the same moves the terminal makes, stores every log it asks for with
``services.sessions.log_item`` (whose merges the web player's writes go through too), and reads
the stored log back as the table's rows. The browser test plays the same table on the web player.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from limberup.domain.session.outcome import Pain
from limberup.domain.session.player import PlayerState
from limberup.domain.session.playthrough import Playthrough
from limberup.domain.vocabulary import Region
from limberup.entrypoints.cli.go_run import apply_key
from limberup.services.sessions import get_session, log_item, start_session
from tests.rules.player_scripts import Script, load, rows, steps_of, wait_seconds, week_plan
from tests.unit.storage.fakes import FakeUnitOfWork

ITEMS, SCRIPTS = load()
DAY = dt.date(2026, 11, 17)
AT = dt.datetime(2026, 11, 17, 7, 0, tzinfo=dt.UTC)


def play(script: Script) -> list[dict[str, object]]:
    uow = FakeUnitOfWork()
    plan = week_plan(ITEMS, DAY)
    with uow:
        uow.plans.add(1, plan)
        uow.commit()
    log = start_session(uow, 1, plan_uuid=plan.uuid, day=DAY, session_index=0, now=AT)
    for entry in script.earlier_logs(ITEMS, AT):  # a log resumed: what the earlier visit stored
        log_item(uow, 1, log.uuid, entry)
    log = get_session(uow, 1, log.uuid)
    at_item = log.resume_at(len(ITEMS)) or 0
    run = Playthrough.begin(steps_of(ITEMS, at_item=at_item), ITEMS, log.items)
    for action in script.actions:
        name, *args = action
        state = run.state
        if name == "quit":
            logs = run.stop(AT)
        elif name == "pain":
            level, region = args
            run, logs = run.report_pain(Pain(level, Region(region) if region else None), AT)
        else:
            run, logs = run.move(moved(state, name, args), AT)
        for entry in logs:
            log_item(uow, 1, log.uuid, entry)
        if name == "quit":
            break
    return rows(get_session(uow, 1, log.uuid), ITEMS)


def moved(state: PlayerState, name: str, args: list[Any]) -> PlayerState:
    """The state after a move the terminal's live screen makes itself (time, or a key)."""
    if name == "wait":
        return state.tick(wait_seconds(state, args[0]))
    key = {"pause": " ", "next": "n", "back": "b", "skip": "s"}[name]
    return apply_key(key, state)  # the very function the terminal applies its keys with


@pytest.mark.parametrize("script", SCRIPTS, ids=[script.name for script in SCRIPTS])
def test_the_terminal_stores_what_the_table_expects(script: Script) -> None:
    assert play(script) == list(script.expected)


def test_the_table_covers_each_outcome_and_each_action() -> None:
    statuses = {row["status"] for script in SCRIPTS for row in script.expected}
    assert statuses == {"done", "partial", "skipped", "none"}
    actions = {action[0] for script in SCRIPTS for action in script.actions}
    assert actions == {"wait", "pause", "next", "back", "skip", "pain", "quit"}

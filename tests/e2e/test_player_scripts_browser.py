"""The shared player table, played on the web player in Debian's chromium against ``serve``.

Every script of ``tests/data/player_scripts.json`` is pressed on the real player page (keys,
the pain dialog, the end button), with the page's clock under the test's hand (Playwright's
fake clock): a ``wait`` runs exactly the seconds the terminal's test lets pass. The log the
server stored must give the same rows as the terminal's state machine stores
(``tests/unit/session/test_player_scripts.py``): the table's ``expected``.
"""

from __future__ import annotations

import datetime as dt
import re
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from limberup.adapters.db.database import open_database
from limberup.adapters.db.unit_of_work import SqlUnitOfWork, session_factory
from limberup.bootstrap import build_runtime
from limberup.domain.logbook import SessionLog
from limberup.domain.planning.week import Profile
from limberup.services.profile import save_profile
from limberup.services.users import local_user
from limberup.settings import Settings
from tests.e2e.live import chromium, served
from tests.e2e.outbox import waiting
from tests.rules.player_scripts import Script, load, rows, steps_of, wait_seconds, week_plan

pytestmark = pytest.mark.browser

ITEMS, SCRIPTS = load()
TODAY = dt.date.today()  # the server's today: it runs on this machine
KEYS = {"pause": " ", "next": "n", "back": "b", "skip": "s"}
CLOCK_START = dt.datetime(2026, 11, 17, 7, 0)


def seed(data_dir: Path, *, profile: bool) -> None:
    """This week planned by hand, every day holding the table's session (and a profile).

    Planted again before each script: pain in a drill plans the rest of the week anew, which
    would hand the next script another session.
    """
    engine = open_database(Settings(data_dir=data_dir).resolved_database_url)
    make = session_factory(engine)
    user = local_user(SqlUnitOfWork(make))
    if profile:
        runner = Profile.model_validate({"equipment": ["strap"], "minutes": {"daily": 5}})
        save_profile(SqlUnitOfWork(make), build_runtime(), user, runner)
    uow = SqlUnitOfWork(make)
    with uow:
        uow.plans.add(user, week_plan(ITEMS, TODAY))
        uow.commit()
    engine.dispose()


@pytest.fixture(scope="module")
def served_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    data_dir = tmp_path_factory.mktemp("player-table")
    seed(data_dir, profile=True)
    with served(data_dir) as base:
        yield base, data_dir


@pytest.fixture
def base_url(served_dir: tuple[str, Path]) -> str:
    base, data_dir = served_dir
    seed(data_dir, profile=False)
    return base


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


def outbox_empty(page: Page) -> None:
    """Wait (in real time: the page's clock is stopped) until every write has left the page."""
    for _ in range(600):
        if waiting(page) == 0:
            return
        time.sleep(0.1)
    raise AssertionError("the player's writes never left the page")


def report_pain(page: Page, level: int, region: str | None) -> None:
    page.keyboard.press("p")
    dialog = page.locator("#pain-dialog")
    expect(dialog).to_be_visible()
    dialog.locator("fieldset.scale label.chip").filter(has_text=re.compile(rf"^{level}$")).click()
    if region is not None:
        shown = region.replace("_", " ")
        dialog.locator("#pain-regions label.chip").filter(
            has_text=re.compile(rf"^{shown}$")
        ).click()
    dialog.locator("#pain-log").click()
    expect(page.locator("#notice")).to_contain_text("noted" if level == 0 else "logged")


def resumed(base_url: str, script: Script) -> tuple[str, int]:
    """A log an earlier visit left as the script says (through the API); where it resumes."""
    session = str(uuid.uuid4())
    body = {"uuid": session, "date": TODAY.isoformat(), "index": 0}
    assert httpx.post(f"{base_url}/api/v1/sessions", json=body).status_code == 201
    for entry in script.earlier_logs(ITEMS, dt.datetime.now(dt.UTC)):
        item = entry.model_dump(mode="json", exclude={"item_index"})
        url = f"{base_url}/api/v1/sessions/{session}/items/{entry.item_index}"
        assert httpx.put(url, json=item).status_code == 200
    stored = httpx.get(f"{base_url}/api/v1/sessions/{session}").json()
    return f"?session={session}", stored["resume_at"]


def play(page: Page, base_url: str, script: Script) -> SessionLog:
    query, at_item = resumed(base_url, script) if script.earlier else ("", 0)
    page.clock.install(time=CLOCK_START)
    page.goto(f"{base_url}/play/{TODAY}/0{query}")
    page.clock.pause_at(CLOCK_START + dt.timedelta(minutes=1))  # time runs only when told
    page.locator("#start").click()  # "Start", or "Resume at drill N"
    expect(page.locator("#stage")).to_be_visible()
    page.evaluate("document.activeElement.blur()")  # keys go to the page, not a button
    # The terminal's state machine, only to know how long a wait is.
    state = steps_of(ITEMS, at_item=at_item)
    for name, *args in script.actions:
        if name == "wait":
            seconds = wait_seconds(state, args[0])
            state = state.tick(seconds)
            page.clock.run_for(round(seconds * 1000))
        elif name == "pain":
            report_pain(page, *args)
            if args[0] >= 1:
                state = state.skip_item()
        elif name == "quit":
            page.once("dialog", lambda asked: asked.accept())
            page.locator("#stop").click()
            break
        else:
            page.keyboard.press(KEYS[name])
            state = getattr(state, {"pause": "toggle_pause", "skip": "skip_item"}.get(name, name))()
    expect(page.locator("#summary")).to_be_visible()
    outbox_empty(page)
    session = page.evaluate("new URL(location.href).searchParams.get('session')")
    stored = httpx.get(f"{base_url}/api/v1/sessions/{uuid.UUID(session)}").json()
    return SessionLog.model_validate(
        {
            **{key: stored[key] for key in ("uuid", "plan_uuid", "context", "status")},
            "week_start": TODAY - dt.timedelta(days=TODAY.weekday()),
            "day": stored["date"],
            "session_index": stored["index"],
            "started_at": stored["started_at"],
            "items": [{**item, "sides": tuple(item["sides"])} for item in stored["items"]],
        }
    )


@pytest.mark.parametrize("script", SCRIPTS, ids=[script.name for script in SCRIPTS])
def test_the_web_player_stores_what_the_table_expects(
    base_url: str, browser: Browser, script: Script
) -> None:
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        assert rows(play(page, base_url, script), ITEMS) == list(script.expected)
        assert errors == []
    finally:
        context.close()

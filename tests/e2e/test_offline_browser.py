"""Offline first (issue 16), in Debian's chromium against a real ``limberup serve``.

The week is loaded online; with the network cut, Today and the player open from what the
service worker kept, a whole session plays, and its log waits in the outbox (IndexedDB)
through a reload; back online, the server stores it exactly once, also when the same writes are
sent again. A write the server refuses is kept and shown; a new deployment replaces the kept
app (chromium's installability check: test_installable_browser.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.e2e.live import chromium, free_port, start_server
from tests.e2e.outbox import until, wait_until_sent, waiting
from tests.e2e.test_player_browser import DESKTOP, FASTER, PHONE, TODAY, seed, shot

pytestmark = pytest.mark.browser

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
CONTROLLED = "() => navigator.serviceWorker.controller !== null"
PICTURES = """() => JSON.parse(document.getElementById('timeline-data').textContent)
  .drills.flatMap((drill) => drill.pictures.map((picture) => picture.url))"""
OPENS = "(url) => fetch(url).then((answer) => answer.ok, () => false)"
FINISH_QUEUED = """async () => {
  const { entries } = await import('/static/js/offline/outbox.js');
  return (await entries()).some((e) => e.url.endsWith('/finish') && e.url.includes(
    new URL(location.href).searchParams.get('session')));
}"""
OUTBOX_DETAIL = """async () => {
  const { entries } = await import('/static/js/offline/outbox.js');
  return (await entries()).map((e) => [e.method, e.url, e.state, e.status, e.reason]);
}"""
OUTBOX_STATES = """async () => {
  const { entries } = await import('/static/js/offline/outbox.js');
  return (await entries()).map((e) => e.state);
}"""
SEND_AGAIN = """async () => {
  const db = await new Promise((ok, no) => {
    const r = indexedDB.open('limberup'); r.onsuccess = () => ok(r.result); r.onerror = no;
  });
  const store = db.transaction('outbox', 'readwrite').objectStore('outbox');
  const all = await new Promise((ok) => {
    const r = store.getAll(); r.onsuccess = () => ok(r.result);
  });
  for (const entry of all) if (entry.state === 'sent') store.put({ ...entry, state: 'waiting' });
  await new Promise((ok) => { store.transaction.oncomplete = ok; });
  const { flush } = await import('/static/js/offline/outbox.js');
  await flush();
  return all.filter((e) => e.state === 'sent').length;
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


@pytest.fixture
def base_url(data_dir: Path) -> Iterator[str]:
    seed(data_dir)
    server = start_server(data_dir)
    try:
        yield server.base
    finally:
        server.stop()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    made = browser.new_context(viewport=PHONE)  # type: ignore[arg-type]
    try:
        yield made
    finally:
        made.close()


def installed(context: BrowserContext, base_url: str) -> Page:
    """A page on Today, controlled by the service worker once it kept the week."""
    page = context.new_page()
    page.goto(f"{base_url}/today")
    page.wait_for_function(CONTROLLED)
    return page


def logs_of(base_url: str, date: str, index: int) -> list[dict[str, Any]]:
    logs = httpx.get(f"{base_url}/api/v1/sessions", params={"limit": 500}).json()
    return [log for log in logs if log["date"] == date and log["index"] == index]


def play_to_the_end(page: Page) -> None:
    """Play the session to its summary, and until its end is stored in the outbox."""
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#summary")).to_be_visible()
    until(page, FINISH_QUEUED)


def test_a_session_plays_offline_and_is_stored_once(base_url: str, context: BrowserContext) -> None:
    page = installed(context, base_url)
    start = page.get_by_role("link", name="Start").first
    player = f"{base_url}{start.get_attribute('href')}"
    page.goto(f"{base_url}/week")
    page.locator("li.day.today .day-line").click()  # a phone shows seven lines: one opened
    expect(page.locator("li.day.today").get_by_role("link", name="Play").first).to_be_visible()

    context.set_offline(True)
    page.reload()
    page.goto(f"{base_url}/today")
    expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()
    status = page.locator("#offline-status")
    expect(status).to_have_attribute("data-online", "false")
    page.goto(f"{player}?fast={FASTER}")
    play_to_the_end(page)
    expect(status).not_to_have_attribute("data-waiting", "0")
    waiting = int(status.get_attribute("data-waiting") or "0")
    assert waiting >= 3  # the start, every drill, the finish
    expect(status).to_contain_text("waiting to be sent")

    page.reload()  # still offline: the player, and the log waiting in the outbox
    expect(page.get_by_role("button", name="Start")).to_be_visible()
    expect(status).to_have_attribute("data-waiting", str(waiting))
    shot(page, "offline-player", sizes=(PHONE, DESKTOP))
    pictures = page.evaluate(PICTURES)
    assert pictures  # every drill's pictures open offline too
    assert all(page.evaluate(OPENS, url) for url in pictures)
    assert logs_of(base_url, TODAY.isoformat(), 0) == []

    context.set_offline(False)
    expect(status).to_have_attribute("data-waiting", "0")
    expect(status).to_have_attribute("data-refused", "0")
    expect(status).to_contain_text(f"Everything was sent ({waiting} updates recently)")
    [log] = logs_of(base_url, TODAY.isoformat(), 0)
    assert log["status"] == "finished"
    assert log["items"]
    assert all(item["finished_at"] for item in log["items"])

    sent_again = page.evaluate(SEND_AGAIN)  # the same sync, replayed
    assert sent_again == waiting
    assert set(page.evaluate(OUTBOX_STATES)) == {"sent"}
    [again] = logs_of(base_url, TODAY.isoformat(), 0)
    assert again["uuid"] == log["uuid"]
    assert again["items"] == log["items"]


def test_a_refused_write_is_kept_and_shown_and_nothing_else_is_lost(
    base_url: str, context: BrowserContext
) -> None:
    page = installed(context, base_url)
    player = f"{base_url}{page.get_by_role('link', name='Start').first.get_attribute('href')}"
    page.goto(f"{player}?fast={FASTER}")
    context.set_offline(True)
    stranger = uuid.uuid4()  # a log the server never heard of: its end is refused
    page.evaluate(
        """async (url) => {
          const { add } = await import('/static/js/offline/outbox.js');
          await add({ id: crypto.randomUUID(), method: 'POST', url, body: {status: 'finished'} });
        }""",
        f"/api/v1/sessions/{stranger}/finish",
    )
    play_to_the_end(page)
    context.set_offline(False)

    status = page.locator("#offline-status")
    expect(status).to_have_attribute("data-refused", "1")
    expect(status).to_have_attribute("data-waiting", "0")
    expect(page.locator("#offline-refused")).to_contain_text("the end of a session")
    expect(page.locator("#offline-refused")).to_contain_text(str(stranger))
    [log] = logs_of(base_url, TODAY.isoformat(), 0)
    assert log["status"] == "finished"
    assert log["items"]

    page.reload()  # kept: the runner still sees it, it is not counted as sent
    expect(status).to_have_attribute("data-refused", "1")
    assert sorted(set(page.evaluate(OUTBOX_STATES))) == ["refused", "sent"]


def test_a_new_deployment_replaces_the_kept_app(data_dir: Path, context: BrowserContext) -> None:
    seed(data_dir)
    port = free_port()
    first = start_server(data_dir, port=port, settings={"RELEASE": "one"})
    try:
        page = installed(context, first.base)
        old = page.locator('meta[name="limberup-offline"]').get_attribute("content")
        assert page.evaluate("caches.keys()") == [f"limberup-{old}"]
    finally:
        first.stop()
    second = start_server(data_dir, port=port, settings={"RELEASE": "two"})
    try:
        page.reload()
        status = page.locator("#offline-status")
        expect(status).to_contain_text("LimberUp was updated")
        new = page.locator('meta[name="limberup-offline"]').get_attribute("content")
        assert new
        assert new != old
        expect(status).to_have_attribute("data-updated", new)
        until(page, f"async () => (await caches.keys()).join() === 'limberup-{new}'")
        served = page.evaluate(
            "fetch('/sw.js').then((r) => r.text()).then((t) => t.split('\\n')[0])"
        )
        assert new in served
    finally:
        second.stop()


def test_a_log_played_offline_from_a_plan_replaced_since_is_stored_against_it(
    base_url: str, context: BrowserContext
) -> None:
    page = installed(context, base_url)
    old = httpx.get(f"{base_url}/api/v1/days/{TODAY}/sessions").json()
    [played] = old["sessions"]
    page.goto(f"{base_url}/play/{TODAY}/0?fast={FASTER}")
    context.set_offline(True)
    play_to_the_end(page)

    # Meanwhile the week is planned again on the server: today's daily session is gone.
    profile = {"equipment": ["strap"], "minutes": {"micro_break": 3}, "work_days": WEEKDAYS}
    assert httpx.put(f"{base_url}/api/v1/profile", json=profile).status_code == 200
    new = httpx.get(f"{base_url}/api/v1/days/{TODAY}/sessions").json()
    assert new["plan_uuid"] != old["plan_uuid"]
    assert [s["context"] for s in new["sessions"]] == ["micro_break"]

    context.set_offline(False)
    page.goto(f"{base_url}/today")  # online: the fresh plan, and the outbox sent
    expect(page.get_by_role("heading", name="Work break")).to_be_visible()
    wait_until_sent(page)
    [log] = logs_of(base_url, TODAY.isoformat(), 0)
    assert log["plan_uuid"] == old["plan_uuid"]
    assert log["context"] == "daily"
    assert [i["exercise_id"] for i in log["items"]] == [i["exercise_id"] for i in played["items"]]

    context.set_offline(True)  # what the device keeps is the refreshed week
    page.reload()
    expect(page.get_by_role("heading", name="Work break")).to_be_visible()


def test_a_player_reloaded_offline_mid_session_goes_on_under_the_same_log(
    base_url: str, context: BrowserContext
) -> None:
    page = installed(context, base_url)
    page.goto(f"{base_url}/play/{TODAY}/0?fast=20")
    context.set_offline(True)
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#drill-count")).to_contain_text("Drill 2 of", timeout=120_000)
    session = page.evaluate("new URL(location.href).searchParams.get('session')")

    page.reload()  # offline: the kept player, told which log it goes on with
    expect(page.locator("#player")).to_have_attribute("data-pending-session", session)
    page.goto(f"{base_url}/play/{TODAY}/0?fast={FASTER}&session={session}")
    play_to_the_end(page)
    context.set_offline(False)
    wait_until_sent(page)
    states = page.evaluate(OUTBOX_DETAIL)
    [log] = logs_of(base_url, TODAY.isoformat(), 0)
    assert log["uuid"] == session
    assert log["status"] == "finished", states
    assert log["resume_at"] is None


def test_a_refused_start_keeps_every_write_of_the_session_and_the_summary_says_so(
    base_url: str, context: BrowserContext
) -> None:
    page = installed(context, base_url)
    page.goto(f"{base_url}/play/{TODAY}/0?fast={FASTER}")
    context.set_offline(True)
    play_to_the_end(page)
    queued = waiting(page)
    gone = str(uuid.uuid4())  # its start names a plan the server does not hold: refused (404)
    page.evaluate(
        """async (plan) => {
          const db = await new Promise((ok) => {
            const r = indexedDB.open('limberup'); r.onsuccess = () => ok(r.result);
          });
          const store = db.transaction('outbox', 'readwrite').objectStore('outbox');
          const all = await new Promise((ok) => {
            const r = store.getAll(); r.onsuccess = () => ok(r.result);
          });
          const start = all.find((e) => e.url === '/api/v1/sessions');
          store.put({ ...start, body: { ...start.body, plan_uuid: plan } });
          await new Promise((ok) => { store.transaction.oncomplete = ok; });
        }""",
        gone,
    )
    context.set_offline(False)

    status = page.locator("#offline-status")
    expect(status).to_have_attribute("data-refused", str(queued))  # none dropped, none sent
    expect(page.locator("#offline-refused")).to_contain_text("the start of a session")
    expect(page.locator("#offline-refused")).to_contain_text(gone)
    expect(page.locator("#summary-sync")).to_contain_text("The server refused")
    assert logs_of(base_url, TODAY.isoformat(), 0) == []

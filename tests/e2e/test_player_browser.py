"""The session player in Debian's chromium, against a real ``limberup serve``.

A runner with a failed straight-leg raise and seven daily minutes opens today's page, plays the
session at a fast factor to its end (pressing pause, next and back once, and reporting pain
once), and the log the server stored says what was done. Screenshots of each screen at phone
and desktop sizes go to ``artifacts/screenshots/``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from limberup.adapters.db.database import open_database
from limberup.adapters.db.unit_of_work import SqlUnitOfWork, session_factory
from limberup.bootstrap import build_runtime
from limberup.domain.assessment import Assessment
from limberup.domain.planning.week import Profile
from limberup.domain.session.player import PlayerState, counters, ended_items, tally
from limberup.domain.session.timeline import Step, StepKind
from limberup.domain.vocabulary import Side
from limberup.services.assessments import record_assessment
from limberup.services.profile import save_profile
from limberup.services.users import local_user
from limberup.settings import Settings
from tests.e2e.live import chromium, served
from tests.e2e.outbox import wait_until_sent, waiting
from tests.paths import REPO_ROOT

RUNTIME = build_runtime()

pytestmark = pytest.mark.browser

SCREENSHOTS = REPO_ROOT / "artifacts" / "screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
FAST = 20
"""Seven planned minutes play in about twenty seconds."""
FASTER = 200
"""For tests that only need the end: seven minutes in about two seconds."""
TODAY = dt.date.today()  # the server's today: it runs on this machine


def seed(data_dir: Path) -> None:
    """A profile with a few daily minutes and a strap, and a failed straight-leg raise."""
    engine = open_database(Settings(data_dir=data_dir).resolved_database_url)
    make = session_factory(engine)
    user = local_user(SqlUnitOfWork(make))
    profile = Profile.model_validate(
        {"equipment": ["strap"], "minutes": {"daily": 7}, "work_days": []}
    )
    save_profile(SqlUnitOfWork(make), RUNTIME, user, profile)
    slr = {"left": {"angle_deg": 60}, "right": {"angle_deg": 62}}
    assessment = Assessment.model_validate({"date": TODAY.isoformat(), "slr": slr})
    record_assessment(SqlUnitOfWork(make), RUNTIME, user, assessment)
    engine.dispose()


@pytest.fixture
def base_url(data_dir: Path) -> Iterator[str]:
    seed(data_dir)
    with served(data_dir) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


def shot(page: Page, name: str, *, sizes: tuple[dict[str, int], ...] = (PHONE,)) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for size in sizes:
        page.set_viewport_size(size)  # type: ignore[arg-type]
        label = "phone" if size == PHONE else "desktop"
        page.screenshot(path=SCREENSHOTS / f"{name}-{label}.png", full_page=True)
    page.set_viewport_size(PHONE)  # type: ignore[arg-type]


def test_a_short_session_plays_to_the_end_and_is_logged(base_url: str, browser: Browser) -> None:
    planned = httpx.get(f"{base_url}/api/v1/days/{TODAY}/sessions").json()["sessions"][0]
    first = planned["items"][0]
    assert first["exercise_id"] == "assisted_slr"  # held with paced breaths
    page = browser.new_page(viewport=PHONE)  # type: ignore[arg-type]
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{base_url}/today")
    expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name=first["name"])).to_be_visible()
    shot(page, "today", sizes=(PHONE, DESKTOP))

    start = page.get_by_role("link", name="Start").first
    page.goto(f"{base_url}{start.get_attribute('href')}?fast={FAST}")
    shot(page, "player-intro")
    page.get_by_role("button", name="Start").click()

    page.wait_for_selector('#player[data-kind="breathe"]')
    page.keyboard.press("Escape")  # leave the focused button, so the keys go to the page
    page.locator("#counters").click()
    page.keyboard.press(" ")
    expect(page.locator("#kind")).to_have_text("Paused")
    paused_at = page.locator("#counters").inner_text()
    assert "Breath" in paused_at
    expect(page.locator("#breath")).to_have_text(re.compile(r"^Breathe (in|out)$"))
    shot(page, "player-breathing", sizes=(PHONE, DESKTOP))
    player = page.locator("#player")
    paused_step = int(player.get_attribute("data-position") or "")
    page.keyboard.press("n")
    expect(player).to_have_attribute("data-position", str(paused_step + 1))
    page.keyboard.press("b")  # within 2 s of the step's start: back to the step before
    expect(player).to_have_attribute("data-position", str(paused_step))
    # From its start: breath 1, wherever the pause fell.
    expect(page.locator("#counters")).to_have_text(re.sub(r"(Breath\s)\d+", r"\g<1>1", paused_at))
    page.keyboard.press(" ")
    expect(page.locator("#kind")).not_to_have_text("Paused")

    page.keyboard.press("p")
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    dialog.locator("label.chip", has_text="3").first.click()
    dialog.get_by_role("button", name="Log it").click()
    expect(page.locator("#pain-error")).to_contain_text("Say where it hurts")
    dialog.locator("label.chip", has_text="hamstrings").click()
    shot(page, "player-pain")
    dialog.get_by_role("button", name="Log it").click()
    expect(page.locator("#notice")).to_contain_text("off the rest of this week")

    # The connection drops for the rest of the session: the writes wait on the phone.
    page.context.set_offline(True)
    expect(page.locator("#summary")).to_be_visible(timeout=90_000)
    expect(page.locator("#summary-sync")).to_contain_text("saved on this device")
    assert waiting(page) >= 2  # the last drill and the finish
    page.context.set_offline(False)
    expect(page.locator("#summary-sync")).to_have_text("Saved.", timeout=15_000)
    expect(page.locator("#summary-pain")).to_contain_text(first["name"])
    shot(page, "player-summary", sizes=(PHONE, DESKTOP))
    assert errors == []

    uuid = page.evaluate("new URL(location.href).searchParams.get('session')")
    stored = httpx.get(f"{base_url}/api/v1/sessions/{uuid}").json()
    assert stored["status"] == "finished"
    assert stored["resume_at"] is None
    items = {item["item_index"]: item for item in stored["items"]}
    assert sorted(items) == list(range(len(planned["items"])))
    hurt = items[0]
    assert (hurt["pain"], hurt["pain_region"]) == (3, "hamstrings")
    assert hurt["finished_at"] is not None
    assert hurt["reps_done"] < first["reps"] * 2  # stopped early
    for index in range(1, len(items)):
        item, plan = items[index], planned["items"][index]
        assert item["pain"] is None
        assert not item["skipped"]
        assert item["reps_done"] == plan["reps"] * plan["sides"]
        assert item["sides"] == ["left", "right"]
    after = httpx.get(f"{base_url}/api/v1/days/{TODAY}/sessions").json()["sessions"][0]
    assert after["state"] == "finished"
    assert all(item["done"] for item in after["items"])

    page.goto(f"{base_url}/today")
    expect(page.locator(".mark.done").first).to_have_text("✓ Done")
    shot(page, "today-done", sizes=(PHONE, DESKTOP))


def test_reduced_motion_counts_breaths_in_words_and_a_reload_resumes_the_session(
    base_url: str, browser: Browser
) -> None:
    context = browser.new_context(viewport=PHONE, reduced_motion="reduce", color_scheme="dark")  # type: ignore[arg-type]
    page = context.new_page()
    page.goto(f"{base_url}/play/{TODAY}/0?fast={FAST}")
    page.get_by_role("button", name="Start").click()
    speech = page.locator("#speech")
    expect(speech).to_have_text("Spoken cues: off")  # off until asked for
    speech.click()
    expect(speech).to_have_attribute("aria-pressed", "true")
    page.wait_for_selector('#player[data-kind="breathe"]')
    page.locator("#pause").click()
    expect(page.locator("#breath")).to_have_text(re.compile(r"^Breathe (in|out) · \d+$"))
    assert page.locator("#pacer").evaluate("pacer => pacer.style.transform") == ""
    shot(page, "player-reduced-motion-dark")
    page.locator("#pause").click()

    drills = planned_drills(base_url)
    last = f"Drill {drills} of {drills}"
    expect(page.locator("#drill-count")).to_have_text(last, timeout=60_000)
    wait_until_sent(page)
    page.reload()
    resume = page.get_by_role("button", name=f"Resume at drill {drills}")
    expect(resume).to_be_visible()
    resume.click()
    expect(speech).to_have_text("Spoken cues: on")  # remembered on this device
    expect(page.locator("#summary")).to_be_visible(timeout=60_000)
    expect(page.locator("#summary-sync")).to_have_text("Saved.")
    # The answer also reaches the drill logged before the reload.
    page.get_by_role("radio", name="5 very easy").click()
    assert [item["ease"] for item in stored_items(base_url, page)] == [5] * drills
    logs = httpx.get(f"{base_url}/api/v1/sessions").json()
    assert [(log["status"], len(log["items"])) for log in logs] == [("finished", drills)]
    assert all(item["finished_at"] and not item["skipped"] for item in logs[0]["items"])
    context.close()


def planned_drills(base_url: str) -> int:
    """How many drills today's first session holds, as the server planned it."""
    sessions = httpx.get(f"{base_url}/api/v1/days/{TODAY}/sessions").json()["sessions"]
    return len(sessions[0]["items"])


def played_to_the_summary(base_url: str, browser: Browser) -> Page:
    """Today's first session, played through without a press, at its summary."""
    page = browser.new_page(viewport=PHONE)  # type: ignore[arg-type]
    page.goto(f"{base_url}/play/{TODAY}/0?fast={FASTER}")
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#summary")).to_be_visible(timeout=30_000)
    return page


def stored_items(base_url: str, page: Page) -> list[dict[str, Any]]:
    """The items of the page's session log, once every write has left the device."""
    wait_until_sent(page)
    uuid = page.evaluate("new URL(location.href).searchParams.get('session')")
    items: list[dict[str, Any]] = httpx.get(f"{base_url}/api/v1/sessions/{uuid}").json()["items"]
    return items


def test_one_tap_at_the_end_logs_how_easy_it_felt(base_url: str, browser: Browser) -> None:
    page = played_to_the_summary(base_url, browser)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    question = page.get_by_role("group", name="How easy did that feel?")
    expect(question).to_be_visible()
    question.get_by_role("radio", name="2 hard").click()
    expect(page.locator("#ease-status")).to_have_text("Noted: 2 of 5, hard.")
    page.keyboard.press("ArrowRight")  # a change of mind, by keyboard: the newer answer counts
    page.keyboard.press("ArrowRight")
    expect(question.get_by_role("radio", name="4 easy")).to_be_checked()
    expect(question.get_by_role("radio", name="4 easy")).to_be_focused()
    expect(page.locator("#ease-status")).to_have_text("Noted: 4 of 5, easy.")
    assert {(item["ease"], item["notes"]) for item in stored_items(base_url, page)} == {(4, None)}

    page.get_by_label("A note for your log").fill("  Calves tight on the wall.  ")
    page.get_by_role("button", name="Save note").click()
    expect(page.locator("#ease-status")).to_have_text("Noted: 4 of 5, easy, with your note.")
    expect(page.locator("#summary-sync")).to_have_text("Saved.")
    page.locator("#ease-notes").blur()  # the focus ring is not part of the picture
    shot(page, "player-summary-ease", sizes=(PHONE, DESKTOP))
    items = stored_items(base_url, page)
    assert len(items) == planned_drills(base_url)
    for item in items:
        assert item["finished_at"] is not None
        assert not item["skipped"]
        assert (item["ease"], item["notes"]) == (4, "Calves tight on the wall.")
    assert errors == []


def test_skipping_the_question_stores_no_ease(base_url: str, browser: Browser) -> None:
    page = played_to_the_summary(base_url, browser)
    page.get_by_role("radio", name="2 hard").click()  # answered, then taken back
    page.get_by_role("button", name="Skip").click()
    expect(page.locator("#ease-status")).to_have_text("Skipped: nothing noted.")
    expect(page.get_by_role("group", name="How easy did that feel?")).to_be_hidden()
    expect(page.get_by_role("link", name="Back to today")).to_be_focused()
    items = stored_items(base_url, page)
    assert [item["finished_at"] is not None for item in items] == [True] * planned_drills(base_url)
    assert all(item["ease"] is None and item["notes"] is None for item in items)


ACTIONS: list[tuple[str, float]] = [
    ("tick", 7.5),
    ("toggle_pause", 0),
    ("tick", 3),
    ("toggle_pause", 0),
    ("tick", 12.25),
    ("next", 0),
    ("tick", 1),
    ("back", 0),
    ("back", 0),
    ("tick", 31),
    ("tick", 40.5),
    ("skip_item", 0),
    ("tick", 0.5),
    ("back", 0),
    ("tick", 95),
    ("next", 0),
    ("next", 0),
    ("tick", 3.5),
    ("skip_item", 0),
    ("tick", 1000),
]
JS_NAMES = {"toggle_pause": "togglePause", "skip_item": "skipItem"}
REPLAY = """
async ([steps, actions]) => {
  const T = await import("/static/js/player/timeline.js");
  let state = T.start(steps);
  const seen = [];
  for (const [name, seconds] of actions) {
    const before = state;
    state = name === "tick" ? T.tick(state, seconds) : T[name](state);
    const items = [...new Set(steps.map((step) => step.item_index))];
    seen.push({
      position: state.position, into: state.into, paused: state.paused,
      ended: T.endedItems(before, state), counters: T.counters(state),
      tallies: items.map((item) => T.tally(state, item)),
    });
  }
  return seen;
}
"""


def domain_step(data: dict[str, Any]) -> Step:
    """A step of the API's timeline back as the domain's step."""
    return Step(
        kind=StepKind(data["kind"]),
        seconds=data["seconds"],
        item_index=data["item_index"],
        exercise_id=data["exercise_id"],
        title=data["title"],
        set_number=data["set"],
        sets=data["sets"],
        side=Side(data["side"]) if data["side"] else None,
        reps=data["reps"],
        reps_unit=data["reps_unit"],
        rep_number=data["rep_number"],
        seconds_per_rep=data["seconds_per_rep"],
        breaths=data["breaths"],
        cue=data["cue"],
    )


def test_the_js_timeline_follows_the_same_rules_as_player_state(
    base_url: str, browser: Browser
) -> None:
    timeline = httpx.get(f"{base_url}/api/v1/days/{TODAY}/sessions/0/steps").json()
    page = browser.new_page()
    page.goto(f"{base_url}/today")
    seen = page.evaluate(REPLAY, [timeline["steps"], [[JS_NAMES.get(n, n), s] for n, s in ACTIONS]])
    state = PlayerState.start([domain_step(step) for step in timeline["steps"]])
    items = sorted({step.item_index for step in state.steps})
    for (name, seconds), js in zip(ACTIONS, seen, strict=True):
        before = state
        state = state.tick(seconds) if name == "tick" else getattr(state, name)()
        assert (js["position"], js["paused"]) == (state.position, state.paused), name
        assert js["into"] == pytest.approx(state.into)
        assert js["ended"] == list(ended_items(before, state))
        shown = counters(state)
        if state.finished:
            assert js["counters"] is None
        else:
            assert (js["counters"]["rep"], js["counters"]["reps"]) == (shown.rep, shown.reps)
            assert (js["counters"]["breath"], js["counters"]["breaths"]) == (
                shown.breath,
                shown.breaths,
            )
        for item, counted in zip(items, js["tallies"], strict=True):
            expected = tally(state, item)
            assert (counted["setsDone"], counted["reps"], counted["holds"]) == (
                expected.sets_done,
                expected.reps_done,
                expected.holds_done,
            )
            assert counted["sides"] == [side.value for side in expected.sides]

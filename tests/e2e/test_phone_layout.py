"""The phone at the door, measured in Debian's chromium with element boxes.

Today's Start sits in the first screen; in the player the drill's name, its count and the Pause
and Next buttons stay inside a 360x640 screen at every step of a session; Space pauses and never
clicks the focused button; focus comes back after a dialog; the week's seven days fit one phone
screen and stand as columns on a desktop; each page's own HTML, CSS and JS stay under 150 KB.
Screenshots at 360x640, 390x844 and 1280x800, light and dark, go to
``artifacts/screenshots/phone/``.
"""

from __future__ import annotations

import datetime as dt
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
from limberup.services.assessments import record_assessment
from limberup.services.profile import save_profile
from limberup.services.users import local_user
from limberup.settings import Settings
from tests.e2e.live import chromium, served
from tests.paths import REPO_ROOT

pytestmark = pytest.mark.browser

RUNTIME = build_runtime()
SHOTS = REPO_ROOT / "artifacts" / "screenshots" / "phone"
SMALL = {"width": 360, "height": 640}
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
SIZES = {"small": SMALL, "phone": PHONE, "desktop": DESKTOP}
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PAGE_WEIGHT_LIMIT = 150_000
"""Bytes of HTML, CSS and JavaScript one page may load (issue 14)."""
TODAY = dt.date.today()  # the server's today: it runs on this machine


def seed(data_dir: Path) -> None:
    """A runner who runs today (no set time) with pre-run and daily minutes, and a failed
    straight-leg raise and short ankles: a few sessions a day, drills with sides."""
    engine = open_database(Settings(data_dir=data_dir).resolved_database_url)
    make = session_factory(engine)
    user = local_user(SqlUnitOfWork(make))
    runs = [WEEKDAYS[(TODAY.weekday() + step) % 7] for step in (0, 2, 5)]
    profile = Profile.model_validate(
        {
            "run_days": runs,
            "equipment": ["strap", "wall", "light_band"],
            "minutes": {"pre_run": 8, "daily": 6, "rest_day": 15},
            "work_days": [],
        }
    )
    save_profile(SqlUnitOfWork(make), RUNTIME, user, profile)
    tests = {
        "date": TODAY.isoformat(),
        "slr": {"left": {"angle_deg": 60}, "right": {"angle_deg": 62}},
        "knee_to_wall": {"left": {"distance_cm": 7}, "right": {"distance_cm": 9}},
    }
    record_assessment(SqlUnitOfWork(make), RUNTIME, user, Assessment.model_validate(tests))
    engine.dispose()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir = tmp_path_factory.mktemp("phone") / "limberup-data"
    seed(data_dir)
    with served(data_dir) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=SMALL)  # type: ignore[arg-type]
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    yield opened
    context.close()
    assert errors == []


def box(page: Page, selector: str) -> dict[str, float]:
    found: dict[str, float] | None = page.locator(selector).first.bounding_box()
    assert found is not None, f"{selector} is not shown"
    return found


def inside_viewport(page: Page, selector: str) -> bool:
    """Whether the element's whole box lies inside the screen as it stands (no scrolling)."""
    size = page.viewport_size
    assert size is not None
    edges = box(page, selector)
    return (
        edges["y"] >= 0
        and edges["x"] >= 0
        and edges["y"] + edges["height"] <= size["height"]
        and edges["x"] + edges["width"] <= size["width"]
    )


def shoot(page: Page, name: str) -> None:
    """The screen as it stands (and the whole page), at each size, light and dark."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for size, viewport in SIZES.items():
        page.set_viewport_size(viewport)  # type: ignore[arg-type]
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
            stem = SHOTS / f"{name}-{size}{'' if scheme == 'light' else '-dark'}"
            page.screenshot(path=f"{stem}.png")
            page.screenshot(path=f"{stem}-full.png", full_page=True)
    page.emulate_media(color_scheme="light")
    page.set_viewport_size(SMALL)  # type: ignore[arg-type]


def test_todays_start_is_in_the_first_screen(base_url: str, page: Page) -> None:
    for viewport in (SMALL, PHONE):
        page.set_viewport_size(viewport)  # type: ignore[arg-type]
        page.goto(f"{base_url}/today")
        now = page.locator("li.session.is-now")
        expect(now.get_by_role("heading", level=2)).to_have_text("Before your run")
        start = now.get_by_role("link", name="Start")
        expect(start).to_have_attribute("href", f"/play/{TODAY}/0")
        assert inside_viewport(page, "li.session.is-now .button.big"), viewport
        start_box = box(page, "li.session.is-now .button.big")
        assert start_box["height"] >= 44  # big, for a thumb
        assert start_box["width"] >= 200
        assert page.evaluate("window.scrollY") == 0
    shoot(page, "today")


def test_the_player_keeps_name_count_and_controls_on_screen_at_every_step(
    base_url: str, page: Page
) -> None:
    page.goto(f"{base_url}/play/{TODAY}/1?fast=1")  # the daily session: drills with sides
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#stage")).to_be_visible()
    page.locator("#pause").click()  # paused: each step is looked at as long as it takes
    expect(page.locator("#kind")).to_have_text("Paused")
    steps = httpx.get(f"{base_url}/api/v1/days/{TODAY}/sessions/1/steps").json()["steps"]
    player = page.locator("#player")
    seen_sides = set()
    shot_mid = False
    for position, step in enumerate(steps):
        expect(player).to_have_attribute("data-position", str(position))
        for selector in ("#title", "#counters", "#drill-count", ".dial", "#pause", "#next"):
            assert inside_viewport(page, selector), (position, step["kind"], selector)
        assert page.evaluate("document.scrollingElement.scrollTop") == 0, position
        for control in ("#back", "#pause", "#next", "#skip", "#howto", "#pain"):
            assert box(page, control)["height"] >= 44, control
        if step["side"]:
            counters = page.locator("#counters").inner_text()
            assert f"{step['side'].capitalize()}\u00a0side" in counters, (position, counters)
            seen_sides.add(step["side"])
        if step["kind"] == "work" and step["side"] and not shot_mid:
            shoot(page, "player")  # mid-session, a side being worked
            shot_mid = True
            for viewport in (PHONE, DESKTOP):  # and on the larger screens as well
                page.set_viewport_size(viewport)  # type: ignore[arg-type]
                for selector in ("#title", "#counters", ".dial", "#pause", "#next"):
                    assert inside_viewport(page, selector), (viewport, selector)
            page.set_viewport_size(SMALL)  # type: ignore[arg-type]
        if position < len(steps) - 1:
            page.locator("#next").click()
    assert seen_sides == {"left", "right"}
    assert shot_mid


def test_space_pauses_and_never_clicks_the_focused_button(base_url: str, page: Page) -> None:
    page.goto(f"{base_url}/play/{TODAY}/1?fast=1")
    page.get_by_role("button", name="Start").click()
    player = page.locator("#player")
    expect(page.locator("#kind")).not_to_have_text("Paused")
    for focused in ("#skip", "#pain", "#next", "#howto"):
        page.locator(focused).focus()
        before = player.get_attribute("data-position")
        page.keyboard.press(" ")
        expect(page.locator("#kind")).to_have_text("Paused")
        page.keyboard.press(" ")
        expect(page.locator("#kind")).not_to_have_text("Paused")
        assert player.get_attribute("data-position") == before, focused  # not skipped on
        expect(page.locator("#pain-dialog")).not_to_be_visible()
        expect(page.locator("#howto-dialog")).not_to_be_visible()
        expect(page.locator(focused)).to_be_focused()
    page.locator("#pause").focus()  # on Pause itself: one toggle, not two
    page.keyboard.press(" ")
    expect(page.locator("#kind")).to_have_text("Paused")
    expect(page.locator("#pause")).to_have_text("Resume")


def test_focus_comes_back_after_the_pain_and_how_to_dialogs(base_url: str, page: Page) -> None:
    page.goto(f"{base_url}/play/{TODAY}/1?fast=1")
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#stage")).to_be_visible()

    page.locator("#pain").click()  # opened by its button: focus goes back to it
    dialog = page.locator("#pain-dialog")
    expect(dialog).to_be_visible()
    assert inside_viewport(page, "#pain-log"), box(page, "#pain-log")  # fits a small phone
    shoot(page, "player-pain")
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).not_to_be_visible()
    expect(page.locator("#pain")).to_be_focused()
    expect(page.locator("#kind")).not_to_have_text("Paused")  # going on as it was

    page.locator("#title").focus()  # opened by its key: focus goes to Pause
    page.keyboard.press("p")
    expect(dialog).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#pause")).to_be_focused()

    page.keyboard.press("p")  # pain 0 is noted and the drill goes on, with a notice on screen
    dialog.locator("label.chip", has_text="0").first.click()
    dialog.get_by_role("button", name="Log it").click()
    expect(page.locator("#notice")).to_contain_text("Pain 0 noted")
    for selector in ("#notice", "#title", "#counters", ".dial", "#pause", "#next"):
        assert inside_viewport(page, selector), selector

    page.locator("#howto").click()  # how to do it: one tap, and the session waits
    howto = page.locator("#howto-dialog")
    expect(howto).to_be_visible()
    expect(page.locator("#kind")).to_have_text("Paused")
    name = page.locator("#card-name").inner_text()
    expect(howto.get_by_role("heading", level=2)).to_have_text(name)
    assert howto.locator("#howto-steps li").count() >= 1
    assert inside_viewport(page, "#howto-close")
    shoot(page, "player-how-to")
    page.get_by_role("button", name="Back to the drill").click()
    expect(howto).not_to_be_visible()
    expect(page.locator("#howto")).to_be_focused()
    expect(page.locator("#kind")).not_to_have_text("Paused")


def test_the_week_fits_a_phone_screen_and_stands_in_columns_on_a_desktop(
    base_url: str, page: Page
) -> None:
    page.goto(f"{base_url}/week")
    lines = page.locator(".day-line")
    expect(lines).to_have_count(7)
    for day in range(7):
        assert inside_viewport(page, f".week-days > li:nth-child({day + 1}) .day-line"), day
        assert box(page, f".week-days > li:nth-child({day + 1}) .day-line")["height"] >= 44
    today = page.locator("li.day.today")
    expect(today).to_have_attribute("aria-label", TODAY.strftime("%A"))
    expect(today.locator(".tag.run")).to_be_visible()
    expect(today.locator("section.session").first).not_to_be_visible()  # closed until tapped
    today.locator(".day-line").click()
    expect(today.locator("section.session").first).to_be_visible()
    expect(today.get_by_role("link", name="Play").first).to_be_visible()
    today.locator(".day-line").click()

    page.set_viewport_size(DESKTOP)  # type: ignore[arg-type]
    tops = {round(box(page, f".week-days > li:nth-child({n + 1})")["y"]) for n in range(7)}
    lefts = [box(page, f".week-days > li:nth-child({n + 1})")["x"] for n in range(7)]
    assert len(tops) == 1  # one row
    assert lefts == sorted(lefts)  # seven columns, Monday first
    assert len(set(lefts)) == 7
    expect(page.locator("li.day section.session").first).to_be_visible()  # open on a desktop
    page.set_viewport_size(SMALL)  # type: ignore[arg-type]
    expect(page.locator("li.day section.session").first).not_to_be_visible()
    shoot(page, "week")
    page.set_viewport_size(SMALL)  # type: ignore[arg-type]
    today.locator(".day-line").click()
    shoot(page, "week-day-open")


def loaded_bytes(page: Page, url: str) -> dict[str, int]:
    """The bytes of HTML, CSS and JavaScript the page loads (pictures and icons aside), by URL."""
    sizes: dict[str, int] = {}

    def count(response: Any) -> None:
        kind = response.request.resource_type
        if kind in ("document", "stylesheet", "script"):
            sizes[response.url] = len(response.body())

    page.on("response", count)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.remove_listener("response", count)
    return sizes


def test_each_page_loads_at_most_150_kb_of_html_css_and_javascript(
    base_url: str, browser: Browser
) -> None:
    report = []
    for path in ("/today", "/week", f"/play/{TODAY}/0", f"/play/{TODAY}/1", "/progress"):
        context = browser.new_context()  # nothing cached: every file is counted
        sizes = loaded_bytes(context.new_page(), f"{base_url}{path}")
        context.close()
        total = sum(sizes.values())
        report.append(f"{path}: {total / 1000:.1f} KB in {len(sizes)} files")
        vendored = any(url.endswith("htmx.min.js") for url in sizes)
        assert vendored is not path.startswith("/play/"), path  # counted where loaded
        assert total <= PAGE_WEIGHT_LIMIT, (path, total, sizes)
    print("\n".join(report))

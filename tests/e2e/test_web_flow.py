"""A new runner's whole first visit in Debian's chromium, against a real ``limberup serve``.

The home page, the safety note, the profile, the self-tests (one bad entry corrected, one test
skipped), what they found, the week, today, a short session played to its end at a fast
factor, and the progress page counting it; then the library, settings and an error page; last,
the settings export restored into a fresh install, offered on its first page.
Every page is shot at 360x640, 390x844 and 1280x800, light and dark, into
``artifacts/screenshots/flow/``; at phone size no page may scroll sideways, and every button
must be big enough to tap, and axe-core (``tests/e2e/axe``) must find no serious or critical
accessibility violation on any page, light or dark.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from limberup.domain.counting import in_minutes
from tests.e2e.accessibility import serious_violations
from tests.e2e.live import chromium, served
from tests.paths import REPO_ROOT

pytestmark = pytest.mark.browser

SHOTS = REPO_ROOT / "artifacts" / "screenshots" / "flow"
PHONE = {"width": 390, "height": 844}
SMALL_PHONE = {"width": 360, "height": 640}
DESKTOP = {"width": 1280, "height": 800}
FAST = 30
"""Three planned minutes play in about six seconds."""
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
TAP_MIN_PX = 44

OFF_SCREEN = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll("body *:not(.skip)")]
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 1 && (box.right > width + 1 || box.left < -1);
    })
    .map((el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
                 (el.className && typeof el.className === "string" ? "." + el.className : ""))
    .slice(0, 8);
}"""
"""Elements sticking out of the page's sides (or out of a strip that scrolls sideways)."""
SMALL_TARGETS = """(least) => [...document.querySelectorAll(
    "button, .button, input[type=submit], nav a, summary")]
  .filter((el) => el.getClientRects().length && getComputedStyle(el).visibility !== "hidden")
  .map((el) => [el.textContent.trim().slice(0, 30), el.getBoundingClientRect()])
  .filter(([, box]) => box.height < least || box.width < least)
  .map(([text, box]) => `${text} (${Math.round(box.width)}x${Math.round(box.height)})`)"""


@pytest.fixture
def base_url(data_dir: Path) -> Iterator[str]:
    """A fresh ``limberup serve`` on its own port and empty data directory."""
    with served(data_dir) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


class Camera:
    """Shoots the page as it stands at phone, desktop and dark phone sizes, numbered in order.

    Resizing one page (rather than opening the URL again elsewhere) also catches pages that are
    the answer to a form, and the player part-way through a session.
    """

    def __init__(self, page: Page) -> None:
        self.page = page
        self.taken = 0
        self.problems: list[str] = []
        """Layout problems seen, all reported at the end of the flow."""
        shutil.rmtree(SHOTS, ignore_errors=True)
        SHOTS.mkdir(parents=True)

    def shoot(self, name: str) -> None:
        self.taken += 1
        stem = SHOTS / f"{self.taken:02d}-{name}"
        page = self.page
        page.set_viewport_size(PHONE)  # type: ignore[arg-type]
        if wide := page.evaluate(OFF_SCREEN):
            self.problems.append(f"{name} does not fit a phone's width: {wide}")
        if small := page.evaluate(SMALL_TARGETS, TAP_MIN_PX):
            self.problems.append(f"{name} has targets too small to tap: {small}")
        for size, viewport in (("small", SMALL_PHONE), ("phone", PHONE), ("desktop", DESKTOP)):
            page.set_viewport_size(viewport)  # type: ignore[arg-type]
            for scheme in ("light", "dark"):
                page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
                suffix = "" if scheme == "light" else "-dark"
                page.screenshot(path=f"{stem}-{size}{suffix}.png", full_page=True)
                if size == "phone":  # axe-core on every page, light and dark
                    for problem in serious_violations(page):
                        self.problems.append(f"{name} ({scheme}): {problem}")
        page.emulate_media(color_scheme="light")
        page.set_viewport_size(PHONE)  # type: ignore[arg-type]


def api(base_url: str, path: str) -> Any:
    response = httpx.get(f"{base_url}/api/v1{path}", timeout=10)
    assert response.status_code == 200, response.text
    return response.json()


def a_date_that_lasts(seconds: float = 180) -> dt.date:
    """Today, once at least ``seconds`` of it are left: the whole flow happens on one date."""
    now = dt.datetime.now()
    left = (dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time()) - now).total_seconds()
    if left < seconds:
        time.sleep(left + 1)
    return dt.date.today()


def test_a_new_runner_goes_from_the_home_page_to_progress(
    base_url: str, browser: Browser, tmp_path: Path
) -> None:
    today = a_date_that_lasts()  # the server's today: it runs on this machine
    run_days = [WEEKDAYS[(today.weekday() + step) % 7] for step in (0, 2, 4)]
    context = browser.new_context(viewport=PHONE)  # type: ignore[arg-type]
    context.set_default_timeout(15_000)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    camera = Camera(page)
    try:
        first_visit(page, base_url, camera)
        onboarding(page, base_url, camera, run_days)
        self_tests(page, base_url, camera)
        the_week(page, base_url, camera, today)
        play_today(page, base_url, camera, today)
        progress(page, base_url, camera)
        library_settings_and_errors(page, base_url, camera, run_days)
        export_and_restore(page, base_url, camera, tmp_path, run_days)
    finally:
        context.close()
    assert errors == []
    assert not camera.problems, "\n".join(camera.problems)


def first_visit(page: Page, base_url: str, camera: Camera) -> None:
    page.goto(f"{base_url}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Move freely, run longer.")
    expect(page.get_by_text("it does not diagnose anything")).to_be_visible()
    camera.shoot("home")
    page.get_by_role("link", name="Get started").click()

    expect(page).to_have_url(f"{base_url}/welcome")
    expect(page.get_by_role("heading", name="Before you start")).to_be_visible()
    expect(page.get_by_text("pain is a stop sign")).to_be_visible()
    camera.shoot("welcome")
    page.get_by_role("button", name="Continue").click()  # not ticked: the browser asks for it
    expect(page).to_have_url(f"{base_url}/welcome")
    page.get_by_label("I have read this").check()
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_url(f"{base_url}/onboarding")


def onboarding(page: Page, base_url: str, camera: Camera, run_days: list[str]) -> None:
    expect(page.get_by_role("heading", name="Your week")).to_be_visible()
    camera.shoot("onboarding")
    for day in WEEKDAYS:
        box = page.get_by_role("checkbox", name=day.capitalize(), exact=True)
        box.set_checked(day in run_days)
    page.get_by_label(f"{run_days[0]} run time").fill("07:30")
    minutes = {"pre_run": "500", "post_run": "0", "rest_day": "5", "daily": "0", "micro_break": "0"}
    for name, value in minutes.items():
        page.locator(f'input[name="minutes_{name}"]').fill(value)
    for kit in ("Strap", "Light band"):
        page.get_by_role("checkbox", name=kit, exact=True).check()
    save = page.get_by_role("button", name="Save and continue to the self-tests")
    save.click()

    # Too many minutes: the form comes back with the field marked and the value quoted.
    pre_run = page.locator('input[name="minutes_pre_run"]')
    expect(pre_run).to_have_attribute("aria-invalid", "true")
    expect(pre_run).to_have_accessible_description(re.compile(r"240.*500"))
    expect(page.get_by_role("alert").first).to_have_text("Please check the fields marked below.")
    expect(page.get_by_role("checkbox", name="Strap", exact=True)).to_be_checked()  # kept
    camera.shoot("onboarding-error")
    pre_run.fill("3")
    save.click()

    expect(page).to_have_url(f"{base_url}/tests")
    stored = api(base_url, "/profile")["profile"]
    assert stored["run_days"] == sorted(run_days, key=WEEKDAYS.index)
    assert stored["run_times"] == {run_days[0]: "07:30"}
    assert stored["minutes"] == {
        "pre_run": 3,
        "post_run": 0,
        "rest_day": 5,
        "daily": 0,
        "micro_break": 0,
    }
    assert sorted(stored["equipment"]) == ["light_band", "strap"]


def self_tests(page: Page, base_url: str, camera: Camera) -> None:
    expect(page.get_by_role("heading", name="Self-tests", exact=True)).to_be_visible()
    camera.shoot("tests-intro")
    page.get_by_role("link", name="Start the tests").click()

    step_is(page, 1, "Straight-leg raise")
    page.get_by_label("Angle (phone inclinometer)").check()  # htmx swaps in the angle inputs
    side(page, "Left").get_by_label("Leg angle, degrees").fill("60")
    side(page, "Right").get_by_label("Leg angle, degrees").fill("75")
    camera.shoot("test-slr")
    next_step(page)

    step_is(page, 2, "Knee-to-wall")
    left = side(page, "Left").get_by_label("Distance, cm")
    left.fill("-3")
    side(page, "Right").get_by_label("Distance, cm").fill("11")
    next_step(page)
    step_is(page, 2, "Knee-to-wall")  # shown again, with the error on the field
    expect(left).to_have_attribute("aria-invalid", "true")
    expect(left).to_have_accessible_description(re.compile(r"Left distance, cm.*0.*-3"))
    expect(side(page, "Right").get_by_label("Distance, cm")).to_have_value("11")  # kept
    camera.shoot("test-knee-to-wall-error")
    left.fill("8")
    next_step(page)

    step_is(page, 3, "Standing hip")
    page.reload()  # the answers so far are kept on the server: a reload loses nothing
    step_is(page, 3, "Standing hip")
    for name in ("Left", "Right"):
        side(page, name).get_by_label("Thigh reaches the chest").check()
    side(page, "Left").get_by_label("Leg lifted behind to hip height").check()
    camera.shoot("test-standing-hip")
    next_step(page)

    step_is(page, 4, "Knee (shin) rotation")
    camera.shoot("test-tibial-rotation")
    page.get_by_role("button", name="Skip this test").click()

    step_is(page, 5, "Thoracic (upper-back) rotation")
    side(page, "Left").get_by_label("Rotation, degrees").fill("45")
    right = side(page, "Right").get_by_label("Rotation, degrees")
    right.fill("50")
    camera.shoot("test-thoracic-rotation")
    right.press("Enter")  # Enter in a field goes on to the next test, not back or past this one

    step_is(page, 6, "Joint hypermobility")
    camera.shoot("test-hypermobility")
    next_step(page)  # nothing ticked: a score of 0

    step_is(page, 7, "Pain screen")
    camera.shoot("test-pain")
    page.get_by_role("button", name="Save and see what it found").click()

    expect(page).to_have_url(re.compile(r"/tests/result/[0-9a-f-]{36}$"))
    expect(page.get_by_role("heading", name="What the tests found")).to_be_visible()
    [record] = api(base_url, "/assessments")
    assessment, result = record["inputs"], record["result"]
    assert assessment["slr"]["left"]["angle_deg"] == 60
    assert assessment["knee_to_wall"]["left"]["distance_cm"] == 8
    assert assessment["thoracic_rotation"]["right"]["angle_deg"] == 50  # sent with Enter
    assert assessment["standing_hip"]["left"] == {
        "flexion": True,
        "abduction": False,
        "extension": True,
    }
    assert assessment.get("tibial_rotation") is None  # skipped
    assert assessment["beighton"] is not None
    expect(page.locator(".finding")).to_have_count(len(result["findings"]))
    # The summary comes first: the figure, and the left SLR (60 degrees) marked limited.
    expect(page.locator(".body-figure")).to_be_visible()
    expect(page.locator(".body-figure .zone.s-limited").first).to_be_visible()
    expect(page.locator(".finding-lines")).to_contain_text("left limited (60°)")
    camera.shoot("tests-result")
    for details in page.locator("details.finding-details").all():
        details.locator("summary").click()  # the details open on tap
    for finding in result["findings"]:
        expect(page.get_by_text(finding["message"]).first).to_be_visible()
    slr_left = next(f for f in result["findings"] if (f["test"], f["side"]) == ("slr", "left"))
    assert slr_left["status"] == "limited"
    expect(page.get_by_text("they are not a diagnosis")).to_be_visible()
    camera.shoot("tests-result-open")
    page.get_by_role("link", name="See your week").click()


def step_is(page: Page, number: int, title: str) -> None:
    expect(page.locator(".step-label")).to_have_text(f"Test {number} of 7")
    expect(page.get_by_role("heading", level=1)).to_contain_text(title)


def side(page: Page, name: str) -> Any:
    return page.get_by_role("group", name=name, exact=True)


def next_step(page: Page) -> None:
    page.get_by_role("button", name="Next", exact=True).click()


def the_week(page: Page, base_url: str, camera: Camera, today: dt.date) -> None:
    expect(page).to_have_url(f"{base_url}/week")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Week of")
    plan = api(base_url, "/plans/week")["plan"]
    runs = [day for day in plan["days"] if day["run"]]
    assert len(runs) == 3
    expect(page.locator(".tag.run")).to_have_count(3)
    card = page.locator("li.day.today")
    expect(card).to_have_attribute("aria-label", today.strftime("%A"))
    expect(card.locator(".tag.run")).to_have_text("run 07:30")
    for day in plan["days"]:
        day_card = page.get_by_role(
            "listitem", name=dt.date.fromisoformat(day["date"]).strftime("%A")
        )
        day_card.locator(".day-line").click()  # a phone shows seven lines: a tap opens one
        sessions = day_card.locator("section.session")
        expect(sessions).to_have_count(len(day["sessions"]))
        for shown, session in zip(sessions.all(), day["sessions"], strict=True):
            expect(shown.get_by_role("heading", level=3)).to_contain_text(
                f"· {in_minutes(session['minutes'])}"
            )
            for item in session["items"]:
                drill = shown.get_by_role("listitem").filter(has_text=item["name"])
                expect(drill.locator(".why")).to_have_text(item["why"])
        day_card.locator(".day-line").click()
    today_plan = next(day for day in plan["days"] if day["date"] == today.isoformat())
    assert [s["context"] for s in today_plan["sessions"]] == ["pre_run"]
    camera.shoot("week")


def play_today(page: Page, base_url: str, camera: Camera, today: dt.date) -> None:
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Today").click()
    expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()
    expect(page.locator(".run-mark")).to_contain_text("run at 07:30")
    [planned] = api(base_url, f"/days/{today}/sessions")["sessions"]
    assert planned["minutes"] <= 3
    session = page.locator("li.session")
    expect(session.get_by_role("heading", level=2)).to_have_text("Before your run")
    for item in planned["items"]:
        drill = session.locator("li.drill").filter(has_text=item["name"])
        expect(drill.locator(".why")).to_have_text(f"Why: {item['why']}")
    camera.shoot("today")

    start = session.get_by_role("link", name="Start")
    expect(start).to_have_attribute("href", f"/play/{today}/0")
    page.goto(f"{base_url}/play/{today}/0?fast={FAST}")
    expect(page.get_by_role("heading", name="Before your run")).to_be_visible()
    camera.shoot("player-intro")
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#stage")).to_be_visible()
    page.locator("#pause").click()
    expect(page.locator("#kind")).to_have_text("Paused")
    expect(page.locator("#title")).not_to_be_empty()
    camera.shoot("player-paused")
    page.locator("#pause").click()
    expect(page.locator("#kind")).not_to_have_text("Paused")

    expect(page.locator("#summary")).to_be_visible(timeout=60_000)
    expect(page.locator("#summary-sync")).to_have_text("Saved.", timeout=15_000)
    for item in planned["items"]:
        expect(page.locator("#summary-items")).to_contain_text(item["name"])
    camera.shoot("player-summary")
    [log] = api(base_url, "/sessions")
    assert (log["date"], log["index"], log["status"]) == (today.isoformat(), 0, "finished")
    assert log["resume_at"] is None
    assert [item["skipped"] for item in log["items"]] == [False] * len(planned["items"])
    assert all(item["finished_at"] and item["pain"] is None for item in log["items"])

    page.get_by_role("link", name="Back to today").click()
    expect(page.locator(".mark.done")).to_have_text("✓ Done")
    expect(page.get_by_role("link", name="Do it again")).to_be_visible()
    camera.shoot("today-done")


def progress(page: Page, base_url: str, camera: Camera) -> None:
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Progress").click()
    expect(page.get_by_role("heading", name="Progress", exact=True)).to_be_visible()
    adherence = api(base_url, "/progress")["adherence"]
    assert (adherence["done"], adherence["current_streak"]) == (1, 1)
    stats = page.locator(".stat-grid")
    expect(stats.locator("div").filter(has_text="Done")).to_contain_text(
        f"1 of {adherence['planned']}"
    )
    expect(stats.locator("div").filter(has_text="Streak")).to_contain_text("1 day")
    expect(page.locator("figure svg").first).to_be_visible()  # each test side over time
    camera.shoot("progress")


def library_settings_and_errors(
    page: Page, base_url: str, camera: Camera, run_days: list[str]
) -> None:
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Library").click()
    expect(page.get_by_role("heading", name="Exercise library")).to_be_visible()
    count = len(api(base_url, "/exercises"))
    expect(page.locator(".count")).to_have_text(f"{count} drills")
    camera.shoot("library")
    page.get_by_text("Filters").click()
    page.get_by_role("searchbox", name="Search").press_sequentially("ankle")
    expect(page.locator(".count")).not_to_have_text(f"{count} drills")  # htmx narrowed it
    camera.shoot("library-filtered")
    # Each key typed asks for a narrower list: click once the last answer is in, not on a
    # tile a later swap is about to replace.
    page.wait_for_load_state("networkidle")
    page.locator(".tile a").first.click()
    expect(page.get_by_role("heading", name="How to do it")).to_be_visible()
    expect(page.locator(".source")).to_contain_text("Source:")
    camera.shoot("exercise")

    page.goto(f"{base_url}/programs")
    expect(page.get_by_role("heading", name="The articles' routines")).to_be_visible()
    camera.shoot("programs")
    page.locator(".tile a").first.click()
    expect(page.locator(".steps-list li").first).to_be_visible()
    camera.shoot("program")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Settings").click()
    expect(page.get_by_role("heading", name="Settings", exact=True)).to_be_visible()
    for day in run_days:
        expect(page.get_by_role("checkbox", name=day.capitalize(), exact=True)).to_be_checked()
    expect(page.locator('input[name="minutes_pre_run"]')).to_have_value("3")
    camera.shoot("settings")

    page.goto(f"{base_url}/exercises/nope")
    expect(page.get_by_role("heading", name="We could not find that")).to_be_visible()
    camera.shoot("not-found")


def export_and_restore(
    page: Page, base_url: str, camera: Camera, folder: Path, run_days: list[str]
) -> None:
    """Settings' download, brought back into a new install from its first page."""
    page.goto(f"{base_url}/settings")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download all data (JSON)").click()
    backup = folder / "limberup-export.json"
    download.value.save_as(backup)
    kept = api(base_url, "/export")
    with served(folder / "fresh-install") as fresh:
        page.goto(f"{fresh}/")
        page.get_by_role("link", name="Restore from a backup").click()
        expect(page.get_by_role("heading", name="Restore from a backup")).to_be_visible()
        expect(page.get_by_text("up to 64 MB")).to_be_visible()
        camera.shoot("restore")
        wrong = folder / "notes.json"
        wrong.write_text('{"format": "my-notes", "sessions": []}', encoding="utf-8")
        page.get_by_label("Import an export file").set_input_files(wrong)
        page.get_by_role("button", name="Import", exact=True).click()
        expect(page.get_by_role("heading", name="Nothing was imported")).to_be_visible()
        expect(page.get_by_text("not a LimberUp export")).to_be_visible()
        camera.shoot("restore-refused")
        page.get_by_label("Import an export file").set_input_files(backup)  # the page's own form
        page.get_by_role("button", name="Import", exact=True).click()
        expect(page.get_by_role("heading", name="Imported")).to_be_visible()
        sessions = len(kept["sessions"])
        expect(page.get_by_role("row", name=f"Sessions {sessions} {sessions}")).to_be_visible()
        camera.shoot("restored")
        restored = api(fresh, "/export")
        for kind in ("profile", "assessments", "plans", "sessions", "decisions"):
            assert restored[kind] == kept[kind], kind
        page.get_by_role("link", name="Go to today").click()
        expect(page).to_have_url(f"{fresh}/today")
        page.goto(f"{fresh}/settings")
        for day in run_days:
            expect(page.get_by_role("checkbox", name=day.capitalize(), exact=True)).to_be_checked()

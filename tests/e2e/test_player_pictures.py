"""The player's pictures in Debian's chromium: they follow the step and mirror for the left side.

The session is paused at its first step and stepped through with N; at each step the picture
shown must be the one the drill's data names for that kind of step (the start position while
getting ready, the end position while holding, the first of the movement as a rep begins), and
flipped exactly when the step is for the left side. While a rep plays, the picture goes out
through the positions and back once a rep.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from limberup.catalog.loader import load_catalogue
from limberup.catalog.pictures import pictures_of
from tests.e2e.test_player_browser import PHONE, TODAY, base_url, browser  # noqa: F401
from tests.paths import REPO_ROOT

pytestmark = pytest.mark.browser

SCREENSHOT = REPO_ROOT / "artifacts" / "screenshots" / "player-picture-phone.png"

GOES_TO_START = {"get_ready", "rest", "switch_side"}
HOLDS = {"hold", "breathe"}
MIRRORED = "matrix(-1, 0, 0, 1, 0, 0)"


def expected_picture(drill: dict[str, Any], step: dict[str, Any]) -> int:
    """Which picture a step opens on, read from the roles in the drill's data."""
    roles = [picture["role"] for picture in drill["pictures"]]
    if step["kind"] in GOES_TO_START:
        return roles.index("start") if "start" in roles else 0
    if step["kind"] in HOLDS:
        return len(roles) - 1 - roles[::-1].index("end") if "end" in roles else len(roles) - 1
    return 0  # a rep begins at the first position


def shown(page: Page) -> tuple[int, str, str]:
    figure = page.locator("#pose")
    expect(figure).to_be_visible()
    page.wait_for_function("() => document.getElementById('pose-img').complete")
    src = page.locator("#pose-img").evaluate("img => new URL(img.src).pathname")
    width = page.locator("#pose-img").evaluate("img => img.naturalWidth")
    assert width > 0, f"{src} did not decode"
    return (
        int(figure.get_attribute("data-picture") or -1),
        src,
        figure.get_attribute("data-mirrored") or "",
    )


def test_the_picture_follows_the_step_mirrors_for_the_left_side_and_moves_with_a_rep(
    base_url: str,  # noqa: F811
    browser: Browser,  # noqa: F811
) -> None:
    timeline = httpx.get(f"{base_url}/api/v1/days/{TODAY}/sessions/0/steps").json()
    page = browser.new_page(viewport=PHONE)  # type: ignore[arg-type]
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{base_url}/play/{TODAY}/0")
    page.get_by_role("button", name="Start").click()
    page.locator("#pause").click()
    expect(page.locator("#kind")).to_have_text("Paused")

    seen: set[tuple[str, str]] = set()
    for number, step in enumerate(timeline["steps"][:14]):
        if number:
            page.keyboard.press("n")
            expect(page.locator("#player")).to_have_attribute("data-kind", step["kind"])
        drill = timeline["drills"][step["item_index"]]
        index = expected_picture(drill, step)
        mirrored = "yes" if step["side"] == "left" else "no"
        page.wait_for_function(
            "([i, m]) => { const f = document.getElementById('pose');"
            " return f.dataset.picture === String(i) && f.dataset.mirrored === m; }",
            arg=[index, mirrored],
        )
        picture, src, flipped = shown(page)
        assert (picture, src, flipped) == (index, drill["pictures"][index]["url"], mirrored)
        page.wait_for_function(  # after the flip's short transition
            "want => getComputedStyle(document.getElementById('pose-img')).transform === want",
            arg=MIRRORED if mirrored == "yes" else "none",
        )
        assert page.locator("#pose-label").inner_text().startswith(f"{index + 1}. ")
        seen.add((src, flipped))
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOT, full_page=True)
    srcs = {src for src, _ in seen}
    assert len(srcs) >= 2, "the picture changed with the step"
    assert {flipped for _, flipped in seen} == {"yes", "no"}, "both sides were shown"
    assert errors == []

    # While a rep plays, the picture goes out through the positions and back, once a rep.
    for drill in timeline["drills"]:
        count = len(drill["pictures"])
        cycle = [*range(count), *range(count - 2, 0, -1)]
        rep = {"kind": "work", "seconds": 12.0, "seconds_per_rep": 4.0, "rep_number": 0}
        moments = [(k + 0.5) * 4.0 / len(cycle) + 4.0 for k in range(len(cycle))]  # 2nd rep
        indices = page.evaluate(
            """async ([pictures, step, moments]) => {
                const { pictureIndex } = await import("/static/js/player/pictures.js");
                return moments.map((into) => pictureIndex(pictures, step, into));
            }""",
            [drill["pictures"], rep, moments],
        )
        assert indices == cycle


def test_every_picture_decodes_in_the_browser_at_its_size(
    base_url: str,  # noqa: F811
    browser: Browser,  # noqa: F811
) -> None:
    urls = sorted(
        f"/pictures/{picture.file}"
        for exercise in load_catalogue().exercises
        for variant in (*exercise.variants, None)
        for picture in pictures_of(exercise.id, variant.id if variant else None)
    )
    page = browser.new_page(viewport=PHONE)  # type: ignore[arg-type]
    page.goto(f"{base_url}/exercises")
    sizes = page.evaluate(
        """urls => Promise.all(urls.map((url) => new Promise((done) => {
            const img = new Image();
            img.onload = () => done([img.naturalWidth, img.naturalHeight]);
            img.onerror = () => done([0, 0]);
            img.src = url;
        })))""",
        urls,
    )
    assert dict(zip(urls, map(tuple, sizes), strict=True)) == dict.fromkeys(urls, (250, 220))

"""The API docs page in Debian's chromium with every other host cut off: Swagger UI, from the
package's own files, shows the operations under the pages' security policy (no CSP report,
no script error, no request leaving the machine)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Route, expect

from tests.e2e.live import chromium, served
from tests.paths import REPO_ROOT

pytestmark = pytest.mark.browser

SHOT = REPO_ROOT / "artifacts" / "screenshots" / "api-docs.png"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


def test_the_api_docs_show_the_operations_with_no_other_host_reachable(
    data_dir: Path, browser: Browser
) -> None:
    with served(data_dir) as base:
        own = urlsplit(base).netloc
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        elsewhere: list[str] = []

        def only_ours(route: Route) -> None:
            if urlsplit(route.request.url).netloc == own:
                route.continue_()
            else:
                elsewhere.append(route.request.url)
                route.abort("internetdisconnected")

        context.route("**/*", only_ours)
        page = context.new_page()
        problems: list[str] = []
        page.on("pageerror", lambda error: problems.append(f"error: {error}"))
        page.on(
            "console",
            lambda message: (
                problems.append(f"{message.type}: {message.text}")
                if message.type == "error" or "Content Security Policy" in message.text
                else None
            ),
        )
        try:
            page.goto(f"{base}/docs")
            expect(page.locator(".info .title")).to_contain_text("LimberUp")
            health = page.locator(".opblock-summary-path", has_text="/api/v1/health")
            expect(health.first).to_be_visible()
            assert page.locator(".opblock").count() > 20
            page.locator(".opblock-summary", has_text="/api/v1/health").first.click()
            expect(page.get_by_role("button", name="Try it out")).to_be_visible()
            SHOT.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=SHOT)
        finally:
            context.close()
    assert elsewhere == []
    assert problems == []

"""Chromium's own installability check finds nothing missing (issue 16).

Read through the DevTools protocol (``Page.getInstallabilityErrors``). It needs a profile on
disk: chromium never offers to install from an incognito one, which a plain Playwright context
is.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import BrowserContext, sync_playwright

from tests.conftest import chromium_or_skip
from tests.e2e.live import CHROMIUM_ARGS, served
from tests.e2e.test_player_browser import seed

pytestmark = pytest.mark.browser


@pytest.fixture
def profile_context(tmp_path: Path) -> Iterator[BrowserContext]:
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            tmp_path / "profile", executable_path=chromium_or_skip(), args=CHROMIUM_ARGS
        )
        try:
            yield context
        finally:
            context.close()


def test_chromium_finds_the_app_installable(
    data_dir: Path, profile_context: BrowserContext
) -> None:
    seed(data_dir)
    with served(data_dir) as base_url:
        manifest = httpx.get(f"{base_url}/manifest.webmanifest")
        assert manifest.headers["content-type"].startswith("application/manifest+json")
        assert manifest.json()["start_url"] == "/today"
        page = profile_context.new_page()
        page.goto(f"{base_url}/today")
        page.wait_for_function("() => navigator.serviceWorker.controller !== null")
        cdp = profile_context.new_cdp_session(page)
        answer = cdp.send("Page.getInstallabilityErrors")
        assert answer["installabilityErrors"] == []

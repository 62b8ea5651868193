"""What the browser's outbox (static/js/offline/outbox.js, in IndexedDB) holds, for page tests."""

from __future__ import annotations

from playwright.sync_api import Page

WAITING = "async () => (await (await import('/static/js/offline/outbox.js')).summary()).waiting"
"""How many writes still wait to be sent."""
ALL_SENT = f"async () => (await ({WAITING})()) === 0"


def waiting(page: Page) -> int:
    """How many of the page's writes have not left the device yet."""
    count: int = page.evaluate(WAITING)
    return count


def wait_until_sent(page: Page) -> None:
    """Wait while writes still wait to be sent."""
    page.wait_for_function(ALL_SENT)

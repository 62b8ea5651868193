"""What the browser's outbox (static/js/offline/outbox.js, in IndexedDB) holds, for page tests.

IndexedDB answers asynchronously, so each question is an async function; ``page.evaluate``
awaits it (``wait_for_function`` would only see a promise, which is always true), hence
:func:`until` polls.
"""

from __future__ import annotations

import time

from playwright.sync_api import Page

from tests.e2e.waits import WAIT_CEILING_S

WAITING = "async () => (await (await import('/static/js/offline/outbox.js')).summary()).waiting"
"""How many writes still wait to be sent."""
ALL_SENT = f"async () => (await ({WAITING})()) === 0"


def waiting(page: Page) -> int:
    """How many of the page's writes have not left the device yet."""
    count: int = page.evaluate(WAITING)
    return count


def until(page: Page, question: str, ceiling_s: float = WAIT_CEILING_S / 10) -> None:
    """Wait (in real time: a page's clock may be stopped) until ``question`` answers true."""
    deadline = time.monotonic() + ceiling_s
    while not page.evaluate(question):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {ceiling_s:.0f} s: {question}")
        time.sleep(0.1)


def wait_until_sent(page: Page) -> None:
    """Wait while writes still wait to be sent."""
    until(page, ALL_SENT)

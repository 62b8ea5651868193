"""The axe-core check of the browser flow can fail: it reports a page built to be inaccessible."""

from __future__ import annotations

import pytest

from tests.e2e.accessibility import serious_violations
from tests.e2e.live import chromium

pytestmark = pytest.mark.browser

BAD = """<!doctype html><html lang="en"><head><title>bad</title></head><body><main>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<p style="color:#777;background:#888">grey on grey</p>
<button></button></main></body></html>"""


def test_axe_reports_a_missing_alt_an_empty_button_and_low_contrast() -> None:
    with chromium() as browser:
        page = browser.new_page()
        page.set_content(BAD)
        found = " ".join(serious_violations(page))
    assert "image-alt" in found
    assert "button-name" in found
    assert "color-contrast" in found

"""Render the app's icons (static/icons/*.svg) to the PNGs phones ask for, with chromium.

    .venv/bin/python tools/render_icons.py

The PNGs are committed; run this again after changing an SVG. The maskable icon keeps its
drawing inside the middle 80 % (the safe zone a phone's mask never cuts).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from playwright.sync_api import sync_playwright

ICONS = Path(__file__).resolve().parents[1] / "src/limberup/entrypoints/web/static/icons"
RENDERS = (
    ("icon.svg", "icon-192.png", 192),
    ("icon.svg", "icon-512.png", 512),
    ("maskable.svg", "maskable-512.png", 512),
)


def main() -> None:
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, args=["--headless", "--no-sandbox"]
        )
        page = browser.new_page()
        for source, target, size in RENDERS:
            page.set_viewport_size({"width": size, "height": size})
            svg = (ICONS / source).read_text(encoding="utf-8")
            page.set_content(
                f"<html><body style='margin:0;background:transparent'>"
                f"<div style='width:{size}px;height:{size}px'>{svg}</div></body></html>"
            )
            page.locator("svg").evaluate(
                "(svg) => { svg.style.width = svg.style.height = '100%'; }"
            )
            page.screenshot(path=ICONS / target, omit_background=True)
            print(f"{target}: {size}x{size}")
        browser.close()


if __name__ == "__main__":
    main()

"""Render the app's icons (static/icons/*.svg) to the PNGs phones ask for, with chromium.

    .venv/bin/python tools/render_icons.py

The PNGs are committed; run this again after changing an SVG. The maskable icon keeps its
drawing inside the middle 80 % (the safe zone a phone's mask never cuts). ``favicon.ico`` holds
the icon at 16, 32 and 48 px (PNG images inside an ICO directory, which every browser reads)
for browsers and tools that ask for ``/favicon.ico`` whatever the page says.
"""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

ICONS = Path(__file__).resolve().parents[1] / "src/limberup/entrypoints/web/static/icons"
RENDERS = (
    ("icon.svg", "icon-192.png", 192),
    ("icon.svg", "icon-512.png", 512),
    ("maskable.svg", "maskable-512.png", 512),
)
FAVICON_SIZES = (16, 32, 48)


def main() -> None:
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, args=["--headless", "--no-sandbox"]
        )
        page = browser.new_page()
        for source, target, size in RENDERS:
            (ICONS / target).write_bytes(_render(page, source, size))
            print(f"{target}: {size}x{size}")
        pngs = [(size, _render(page, "icon.svg", size)) for size in FAVICON_SIZES]
        (ICONS / "favicon.ico").write_bytes(ico(pngs))
        print(f"favicon.ico: {', '.join(f'{size}x{size}' for size in FAVICON_SIZES)}")
        browser.close()


def _render(page: Page, source: str, size: int) -> bytes:
    page.set_viewport_size({"width": size, "height": size})
    svg = (ICONS / source).read_text(encoding="utf-8")
    page.set_content(
        f"<html><body style='margin:0;background:transparent'>"
        f"<div style='width:{size}px;height:{size}px'>{svg}</div></body></html>"
    )
    page.locator("svg").evaluate("(svg) => { svg.style.width = svg.style.height = '100%'; }")
    return page.screenshot(omit_background=True)


def ico(pngs: list[tuple[int, bytes]]) -> bytes:
    """An ICO file of square PNG images: a 6-byte header, a 16-byte entry each, the images."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in pngs:
        side = size % 256  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


if __name__ == "__main__":
    main()

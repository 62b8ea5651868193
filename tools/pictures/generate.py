"""Turn the catalogue's pose data into the drill pictures, and make a contact sheet to review them.

Run by hand after editing ``src/limberup/catalog/poses/*.toml`` (not in CI)::

    .venv/bin/python tools/pictures/generate.py            # SVGs + docs/pictures/contact-sheet.png
    .venv/bin/python tools/pictures/generate.py --no-sheet # SVGs only

The SVGs go to ``src/limberup/catalog/pictures/`` (shipped in the package, committed); the
contact sheet is rendered by headless chromium through Playwright.
"""

from __future__ import annotations

import argparse
import html
import shutil
import sys
from pathlib import Path

from figure import Body, scene, solve

from limberup.catalog.loader import load_catalogue
from limberup.catalog.pictures import load_pictures
from limberup.domain.pictures import PictureSet, View, picture_name, resolve

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src/limberup/catalog/pictures"
SHEET = ROOT / "docs/pictures/contact-sheet.png"


def bodies(picture_set: PictureSet) -> list[Body]:
    """Each position's body, lowered onto the set's floor unless the set places it itself."""
    found = []
    for position, pose in zip(picture_set.positions, resolve(picture_set.positions), strict=True):
        view = position.view or picture_set.view
        body = solve(pose, view)
        if picture_set.grounded and view is not View.TOP:
            body = solve(pose, view, picture_set.floor - body.lowest())
        found.append(body)
    return found


def write_all(out: Path = OUT) -> list[tuple[str, list[tuple[str, str]]]]:
    """Write every SVG into ``out`` (emptied first); return, per set, its heading and its
    (file, caption) pairs."""
    catalogue = load_catalogue()
    pictures = load_pictures()
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    sheet = []
    for exercise in catalogue.exercises:
        variants = {variant.id: variant.name for variant in exercise.variants}
        for picture_set in pictures[exercise.id].sets:
            shown = bodies(picture_set)
            names = [variants[v] for v in picture_set.variants]
            heading = exercise.name + (f" — {' / '.join(names)}" if names else "")
            steps = [*exercise.steps]
            if picture_set.variants:
                first = next(v for v in exercise.variants if v.id == picture_set.variants[0])
                steps += first.steps
            cells = []
            for index, (position, body) in enumerate(
                zip(picture_set.positions, shown, strict=True)
            ):
                name = picture_name(exercise.id, picture_set, index)
                title = html.escape(f"{exercise.name}: {position.label}")
                before = shown[index - 1] if index else None
                if before is not None and before.view is not body.view:
                    before = None
                (out / name).write_text(
                    scene(
                        body,
                        picture_set.props,
                        before=before,
                        title=title,
                        feet=picture_set.footprints,
                    )
                )
                cells.append((name, f"{index + 1}. {position.label} (step {position.step + 1})"))
            sheet.append((heading, cells))
    return sheet


def contact_sheet(sheet: list[tuple[str, list[tuple[str, str]]]], path: Path) -> None:
    """One PNG of every set's positions, labelled, made by headless chromium."""
    from playwright.sync_api import sync_playwright

    rows = "".join(
        f"<section><h2>{html.escape(heading)}</h2>"
        + "".join(
            f'<figure><img src="{(OUT / name).as_uri()}"><figcaption>{html.escape(caption)}'
            "</figcaption></figure>"
            for name, caption in cells
        )
        + "</section>"
        for heading, cells in sheet
    )
    page_html = (
        "<html><head><style>body{font:13px sans-serif;margin:8px;background:#fff;width:1580px}"
        "section{display:inline-block;vertical-align:top;border:1px solid #ccc;margin:3px;"
        "padding:3px}"
        "h2{font-size:13px;margin:2px}figure{display:inline-block;vertical-align:top;margin:2px;text-align:center}"
        "img{width:200px;border:1px solid #eee}figcaption{width:200px;font-size:11px}</style>"
        f"</head><body>{rows}</body></html>"
    )
    source = path.with_suffix(".html")
    source.write_text(page_html)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium") or "/usr/bin/chromium",
            args=["--headless", "--no-sandbox", "--disable-gpu"],
        )
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.goto(source.as_uri())
        page.screenshot(path=str(path), full_page=True)
        browser.close()
    source.unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-sheet", action="store_true", help="write the SVGs only")
    parser.add_argument("--sheet", type=Path, default=SHEET, help="where the contact sheet goes")
    args = parser.parse_args()
    sheet = write_all()
    total = sum(path.stat().st_size for path in OUT.glob("*.svg"))
    print(f"{sum(len(c) for _, c in sheet)} pictures in {len(sheet)} sets, {total / 1024:.0f} KiB")
    if not args.no_sheet:
        args.sheet.parent.mkdir(parents=True, exist_ok=True)
        contact_sheet(sheet, args.sheet)
        print(f"contact sheet: {args.sheet}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The installable, offline app: the web app manifest and the service worker (issue 16).

The worker must be served from the root (``/sw.js``) to control every page, and its bytes must
change with each deployment, so the browser installs the new one: the first line it is served
with names :func:`app_version` (a hash of the package's version, the deployment's ``release``
setting and every static file and template) and the static files it precaches. Both answers
are ``no-cache``: the browser asks each time whether they changed.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, JSONResponse, Response

from limberup import __version__

WEB_DIR = Path(__file__).parent
STATIC_DIR = WEB_DIR / "static"
WORKER = STATIC_DIR / "sw.js"
THEME_COLOUR = "#0f766e"
"""The app bar's colour (``--accent`` in static/css/app.css)."""
NO_CACHE = {"Cache-Control": "no-cache"}
ICONS = (
    ("/static/icons/icon-192.png", "192x192", "any"),
    ("/static/icons/icon-512.png", "512x512", "any"),
    ("/static/icons/maskable-512.png", "512x512", "maskable"),
)

FAVICON = STATIC_DIR / "icons" / "favicon.ico"
"""16, 32 and 48 px (``tools/render_icons.py``), for whatever asks /favicon.ico by habit."""

router = APIRouter(include_in_schema=False)


@router.get("/favicon.ico")
def favicon() -> FileResponse:
    """The app's icon where browsers and bookmark tools look for it without being told."""
    return FileResponse(
        FAVICON, media_type="image/x-icon", headers={"Cache-Control": "max-age=86400"}
    )


def _files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file() and path != WORKER)


NOT_KEPT = ("vendor/swagger-ui/",)
"""Static files the runner's pages never load (the API docs' 2 MB): not precached."""


def _shell() -> list[str]:
    """Every static file the pages may load, as the addresses they load them from."""
    files = (path.relative_to(STATIC_DIR).as_posix() for path in _files(STATIC_DIR))
    return [f"/static/{name}" for name in files if not name.startswith(NOT_KEPT)]


@cache
def _content_hash() -> str:
    digest = hashlib.sha256(__version__.encode())
    for folder in (STATIC_DIR, WEB_DIR / "templates"):
        for path in [*_files(folder), WORKER]:
            digest.update(path.relative_to(WEB_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def app_version(release: str) -> str:
    """The offline app's version: it changes with the code, the static files or ``release``."""
    return hashlib.sha256(f"{_content_hash()}|{release}".encode()).hexdigest()[:16]


@cache
def _worker_source(version: str) -> str:
    head = f"const VERSION = {json.dumps(version)};\nconst SHELL = {json.dumps(_shell())};\n"
    return head + WORKER.read_text(encoding="utf-8")


@router.get("/sw.js")
def service_worker(request: Request) -> Response:
    """The service worker, allowed to control the whole app."""
    version = app_version(request.app.state.settings.release)
    headers = {**NO_CACHE, "Service-Worker-Allowed": "/"}
    return Response(_worker_source(version), media_type="text/javascript", headers=headers)


@router.get("/manifest.webmanifest")
def manifest() -> Response:
    """What a phone needs to install the app: names, icons, colours, and Today to start on."""
    body = {
        "name": "LimberUp: mobility for runners",
        "short_name": "LimberUp",
        "description": "Short mobility sessions for runners, planned each week; works offline.",
        "id": "/today",
        "start_url": "/today",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": [
            {"src": src, "sizes": sizes, "type": "image/png", "purpose": purpose}
            for src, sizes, purpose in ICONS
        ],
    }
    return JSONResponse(body, media_type="application/manifest+json", headers=NO_CACHE)

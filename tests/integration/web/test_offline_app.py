"""What the installable, offline app is served with (entrypoints/web/offline.py, issue 16)."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient
from PIL import Image

from limberup.adapters.db.database import open_database
from limberup.entrypoints.web.app import create_app
from limberup.entrypoints.web.offline import STATIC_DIR, app_version
from limberup.settings import Settings
from tests.web_client import local_client


def test_the_worker_is_served_for_the_whole_app_and_never_from_a_stale_http_cache(
    client: TestClient,
) -> None:
    answer = client.get("/sw.js")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/javascript")
    assert answer.headers["service-worker-allowed"] == "/"
    assert answer.headers["cache-control"] == "no-cache"
    csp = answer.headers["content-security-policy"]
    assert "worker-src 'self'" in csp
    assert "script-src 'self'" in csp
    first, second = answer.text.splitlines()[:2]
    assert first == f'const VERSION = "{app_version("")}";'
    assert '"/static/js/player/main.js"' in second
    assert '"/static/icons/icon-192.png"' in second
    assert '"/static/sw.js"' not in second  # the worker is not part of its own shell


def test_every_file_the_worker_precaches_is_served(client: TestClient) -> None:
    shell = client.get("/sw.js").text.splitlines()[1]
    files = json.loads(shell.removeprefix("const SHELL = ").removesuffix(";"))
    assert len(files) > 10
    for address in files:
        assert client.get(address).status_code == 200, address


def test_the_version_changes_with_the_release(data_dir: Path) -> None:
    assert app_version("one") != app_version("two")
    assert app_version("one") == app_version("one")
    settings = Settings(data_dir=data_dir, release="2026.12")
    engine = open_database(settings.resolved_database_url)
    with local_client(create_app(settings, engine)) as client:
        assert app_version("2026.12") in client.get("/sw.js").text.splitlines()[0]
        page = client.get("/welcome").text
        assert f'<meta name="limberup-offline" content="{app_version("2026.12")}">' in page
    engine.dispose()


def test_the_manifest_names_the_icons_phones_ask_for(client: TestClient) -> None:
    answer = client.get("/manifest.webmanifest")
    assert answer.headers["content-type"].startswith("application/manifest+json")
    manifest = answer.json()
    assert manifest["start_url"] == "/today"
    assert manifest["display"] == "standalone"
    assert manifest["theme_color"] == "#0f766e"
    purposes = set()
    for icon in manifest["icons"]:
        size = int(icon["sizes"].split("x")[0])
        path = STATIC_DIR / icon["src"].removeprefix("/static/")
        assert Image.open(path).size == (size, size), icon["src"]
        assert client.get(icon["src"]).status_code == 200
        purposes.add((size, icon["purpose"]))
    assert {(192, "any"), (512, "any"), (512, "maskable")} <= purposes


def test_every_page_links_the_manifest_and_the_offline_client(client: TestClient) -> None:
    page = client.get("/welcome").text
    assert '<link rel="manifest" href="/manifest.webmanifest">' in page
    assert '<script type="module" src="/static/js/offline/client.js"></script>' in page
    assert '<meta name="theme-color" content="#0f766e">' in page

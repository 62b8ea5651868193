"""What every deployment answers besides the pages' content: HEAD like GET on every page
route, a favicon, and the API docs from vendored files under the pages' security policy."""

from __future__ import annotations

import datetime as dt
import re
import struct
import uuid
from pathlib import Path

from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from limberup.entrypoints.web import api_docs, offline
from limberup.entrypoints.web.app import PAGE_MODULES
from tests.history_export import example

SWAGGER = Path(offline.STATIC_DIR) / "vendor" / "swagger-ui"
VARYING = {"date", "content-length"}
"""Headers a second answer may change: the clock, and a page that mentions the time."""


def page_routes() -> list[APIRoute]:
    """Every GET route outside the API: the pages, the offline app's files, the docs."""
    routers = [module.router for module in (*PAGE_MODULES, offline, api_docs)]
    return [
        route
        for router in routers
        for route in router.routes
        if isinstance(route, APIRoute) and "GET" in route.methods
    ]


def a_runner_with_a_plan(client: TestClient) -> dict[str, str]:
    """Onboard and test, and the sample value of each path parameter a page route takes."""
    assert client.put("/api/v1/profile", json=example("profile.json")).status_code == 200
    record = str(uuid.uuid4())
    posted = client.post(
        "/api/v1/assessments", json={"uuid": record, "assessment": example("assessment.json")}
    )
    assert posted.status_code == 201, posted.text
    today = dt.date.today().isoformat()
    client.get("/api/v1/plans/week", params={"date": today})
    program = client.get("/api/v1/programs").json()[0]["id"]
    return {
        "exercise_id": "leg_swings",
        "program_id": program,
        "index": "0",
        "record_uuid": record,
        "date": today,
    }


def test_head_on_every_page_route_answers_like_get_without_a_body(client: TestClient) -> None:
    values = a_runner_with_a_plan(client)
    routes = page_routes()
    assert {"/", "/today", "/week", "/settings", "/docs", "/favicon.ico"} <= {
        route.path for route in routes
    }
    for route in routes:
        path = re.sub(r"\{(\w+)\}", lambda match: values[match[1]], route.path)
        got = client.get(path, follow_redirects=False)
        head = client.head(path, follow_redirects=False)
        assert head.status_code == got.status_code != 405, path
        assert head.content == b"", path
        same = {k: v for k, v in got.headers.items() if k not in VARYING}
        assert {k: v for k, v in head.headers.items() if k not in VARYING} == same, path
        if got.status_code == 200 and "content-length" in got.headers:
            assert head.headers["content-length"] == str(len(got.content)), path


def test_head_on_the_first_page_of_a_fresh_install(client: TestClient) -> None:
    head = client.head("/")
    assert head.status_code == 200
    assert head.headers["content-type"].startswith("text/html")
    assert int(head.headers["content-length"]) > 500
    assert head.content == b""
    assert client.head("/api/v1/health").status_code == 200
    assert client.post("/today").headers["allow"] == "GET, HEAD"


def test_the_favicon_is_an_icon_and_every_page_links_it(client: TestClient) -> None:
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200
    assert icon.headers["content-type"] == "image/x-icon"
    reserved, kind, count = struct.unpack("<HHH", icon.content[:6])
    assert (reserved, kind) == (0, 1)
    sizes = [icon.content[6 + 16 * n] for n in range(count)]
    assert sizes == [16, 32, 48]
    for page in ("/", "/welcome", "/restore", "/exercises"):
        head = client.get(page).text.split("</head>")[0]
        assert '<link rel="icon" href="/favicon.ico" sizes="any">' in head, page


def test_the_api_docs_load_only_our_own_files_and_no_inline_script(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "script-src 'self'" in docs.headers["content-security-policy"]
    sources = re.findall(r'(?:src|href)="([^"]+)"', docs.text)
    assert sources, docs.text
    for source in sources:
        assert source.startswith("/"), source  # nothing from another host
        assert client.get(source).status_code == 200, source
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", docs.text)  # no inline script
    assert 'data-openapi-url="/api/v1/openapi.json"' in docs.text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in sources


def test_swagger_ui_is_vendored_with_its_licence_and_version() -> None:
    names = {path.name for path in SWAGGER.iterdir()}
    assert {"swagger-ui-bundle.js", "swagger-ui.css", "LICENSE", "NOTICE", "VERSION"} <= names
    assert "Apache License" in (SWAGGER / "LICENSE").read_text()
    assert re.search(r"swagger-ui-dist \d+\.\d+\.\d+", (SWAGGER / "VERSION").read_text())


def test_the_offline_app_does_not_precache_the_api_docs(client: TestClient) -> None:
    shell = client.get("/sw.js").text.splitlines()[1]
    assert "/static/js/player/main.js" in shell
    assert "swagger-ui" not in shell

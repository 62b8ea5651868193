"""Only the app's own pages, on this machine, at its own host names, can change anything.

Each test sends what a hostile page, a DNS-rebinding page or a remote machine could send and
checks both the refusal and that nothing stored changed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from limberup.adapters.db.database import open_database
from limberup.entrypoints.web.app import create_app
from limberup.entrypoints.web.trust.form_token import SECRET_FILE
from limberup.entrypoints.web.trust.headers import CONTENT_SECURITY_POLICY
from limberup.settings import Mode, Settings
from tests.integration.web.test_onboarding_pages import GOOD, onboard
from tests.paths import EXAMPLES
from tests.web_client import LOCAL_BASE

EVIL = "http://evil.example"
JSON = {"content-type": "application/json"}


def bare_client(data_dir: Path, **options: object) -> TestClient:
    """A client that sends no token: what another site's page can make a browser send."""
    settings = Settings(data_dir=data_dir)
    app = create_app(settings, open_database(settings.resolved_database_url))
    kwargs: dict[str, object] = {"base_url": LOCAL_BASE, "client": ("127.0.0.1", 50000)}
    return TestClient(app, **(kwargs | options))  # type: ignore[arg-type]


def profile_of(client: TestClient) -> object:
    return client.get("/api/v1/profile").json()


def test_a_cross_site_api_write_is_refused_and_changes_nothing(client: TestClient) -> None:
    onboard(client)
    before = profile_of(client)
    hostile = json.loads((EXAMPLES / "profile.json").read_text()) | {"age": 12}
    for origin in (EVIL, "null", "http://127.0.0.1:9999", "https://127.0.0.1:8000"):
        refused = client.put("/api/v1/profile", json=hostile, headers={"origin": origin})
        assert refused.status_code == 403, origin
        assert refused.json()["problems"][0]["field"] == "Origin"
    by_referer = client.put("/api/v1/profile", json=hostile, headers={"referer": f"{EVIL}/x"})
    assert by_referer.status_code == 403
    by_fetch_site = client.put(
        "/api/v1/profile", json=hostile, headers={"sec-fetch-site": "cross-site"}
    )
    assert by_fetch_site.status_code == 403
    assert profile_of(client) == before


def test_the_apps_own_origin_and_plain_programs_may_write(client: TestClient) -> None:
    profile = json.loads((EXAMPLES / "profile.json").read_text())
    own = client.put("/api/v1/profile", json=profile, headers={"origin": LOCAL_BASE})
    assert own.status_code == 200, own.text
    same_site = {"origin": "http://localhost:8000", "host": "localhost:8000"}
    assert client.put("/api/v1/profile", json=profile, headers=same_site).status_code == 200
    assert client.put("/api/v1/profile", json=profile).status_code == 200  # curl sends no Origin


def test_the_api_reads_json_bodies_only(client: TestClient) -> None:
    export = client.get("/api/v1/export").text
    for content_type in ("text/plain", "application/x-www-form-urlencoded", ""):
        refused = client.post(
            "/api/v1/import", content=export, headers={"content-type": content_type}
        )
        assert refused.status_code == 415, content_type
        assert refused.json()["problems"][0]["field"] == "Content-Type"
    assert client.post("/api/v1/import", content=export, headers=JSON).status_code == 200


def test_a_page_form_without_the_token_is_refused(data_dir: Path) -> None:
    with bare_client(data_dir) as bare:
        refused = bare.post("/welcome", data={"understood": "yes"}, follow_redirects=False)
        assert refused.status_code == 403
        assert "did not come from LimberUp" in refused.text
        wrong = bare.post(
            "/welcome", data={"understood": "yes", "csrf_token": "0" * 64}, follow_redirects=False
        )
        assert wrong.status_code == 403
        bare.post("/onboarding", data=GOOD, follow_redirects=False)
        assert bare.get("/api/v1/profile").status_code == 404


def test_the_token_in_the_page_lets_its_own_form_through(data_dir: Path) -> None:
    with bare_client(data_dir) as bare:
        page = bare.get("/welcome").text
        token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page)
        assert token is not None
        assert f'"X-CSRF-Token": "{token[1]}"' in page  # htmx sends it as a header
        accepted = bare.post(
            "/welcome", data={"understood": "yes", "csrf_token": token[1]}, follow_redirects=False
        )
        assert accepted.status_code == 303
        assert "httponly" in accepted.headers["set-cookie"].lower()
        assert "samesite=lax" in accepted.headers["set-cookie"].lower()
        by_header = bare.post(
            "/onboarding", data=GOOD, headers={"x-csrf-token": token[1]}, follow_redirects=False
        )
        assert by_header.status_code == 303


def test_the_token_is_the_same_for_every_worker_of_a_data_dir(tmp_path: Path) -> None:
    first = bare_client(tmp_path / "a").app.state.form_token  # type: ignore[attr-defined]
    again = bare_client(tmp_path / "a").app.state.form_token  # type: ignore[attr-defined]
    other = bare_client(tmp_path / "b").app.state.form_token  # type: ignore[attr-defined]
    assert first == again != other


def test_a_token_from_another_data_dir_is_refused_and_its_secret_is_kept_private(
    tmp_path: Path,
) -> None:
    # The token comes from a random secret made at first start, not from anything public
    # (a path, a host name, the version): another deployment's token opens nothing here.
    theirs = bare_client(tmp_path / "theirs").app.state.form_token  # type: ignore[attr-defined]
    with bare_client(tmp_path / "ours") as ours:
        refused = ours.post(
            "/welcome", data={"understood": "yes", "csrf_token": theirs}, follow_redirects=False
        )
        assert refused.status_code == 403
        assert ours.app.state.form_token != theirs  # type: ignore[attr-defined]
    secret = tmp_path / "ours" / SECRET_FILE
    assert secret.stat().st_mode & 0o777 == 0o600
    assert re.fullmatch(r"[0-9a-f]{64}", secret.read_text())
    kept = bare_client(tmp_path / "ours").app.state.form_token  # type: ignore[attr-defined]
    secret.unlink()  # the one way to rotate it
    made_again = bare_client(tmp_path / "ours").app.state.form_token  # type: ignore[attr-defined]
    assert made_again != kept


def form_token_with(data_dir: Path, secret: str) -> str:
    settings = Settings(data_dir=data_dir, form_secret=secret)
    app = create_app(settings, open_database(settings.resolved_database_url))
    token: str = app.state.form_token
    return token


def test_workers_on_several_machines_share_tokens_through_the_form_secret(
    tmp_path: Path,
) -> None:
    shared = "s" * 32
    first, second = form_token_with(tmp_path / "a", shared), form_token_with(tmp_path / "b", shared)
    assert first == second != form_token_with(tmp_path / "a", "t" * 32)
    assert not (tmp_path / "a" / SECRET_FILE).exists()  # the configured one is used, none made
    with pytest.raises(ValidationError, match="form_secret"):
        Settings(data_dir=tmp_path, form_secret="short")
    assert shared not in repr(Settings(data_dir=tmp_path, form_secret=shared))


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example", "", "localhost.:8000"]
)
def test_a_forged_host_reads_nothing(client: TestClient, host: str) -> None:
    # A DNS-rebinding page reaches 127.0.0.1 but its requests still name its own host.
    onboard(client)
    for path in ("/api/v1/export", "/api/v1/export/sessions.csv", "/progress", "/api/v1/health"):
        refused = client.get(path, headers={"host": host})
        assert refused.status_code == 400, (host, path)
        assert refused.json()["problems"][0]["field"] == "Host"
        assert "profile" not in refused.text


@pytest.mark.parametrize(
    "host", ["127.0.0.1:8000", "localhost", "LOCALHOST:8000", "[::1]:8000", "127.9.9.9"]
)
def test_loopback_names_are_served(client: TestClient, host: str) -> None:
    assert client.get("/api/v1/health", headers={"host": host}).status_code == 200


def test_multi_user_answers_to_its_public_names_only(data_dir: Path) -> None:
    settings = Settings(
        data_dir=data_dir, mode=Mode.MULTI_USER, host="0.0.0.0", public_hosts="limber.example.org"
    )
    app = create_app(settings, open_database(settings.resolved_database_url))
    with TestClient(
        app, base_url="http://limber.example.org", client=("192.0.2.7", 4000)
    ) as remote:
        assert remote.get("/api/v1/health").status_code == 200
        assert remote.get("/api/v1/health", headers={"host": "evil.example"}).status_code == 400


def test_single_user_refuses_a_client_on_another_machine(data_dir: Path) -> None:
    with bare_client(data_dir, client=("192.0.2.7", 4000)) as remote:
        for path in ("/api/v1/export", "/", "/static/css/app.css"):
            refused = remote.get(path)
            assert refused.status_code == 403, path
            assert "single-user mode" in refused.json()["message"]


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("X-Forwarded-For", "192.0.2.50"),
        ("X-Forwarded-Proto", "https"),
        ("X-Forwarded-Host", "evil.example"),
        ("Forwarded", "for=192.0.2.50;proto=https"),
    ],
)
def test_a_proxy_header_is_refused_when_no_proxy_is_named(
    client: TestClient, header: str, value: str
) -> None:
    # Plain Uvicorn believes X-Forwarded-* from 127.0.0.1 before the app runs; refusing is
    # the one way the app keeps the client and scheme its own.
    onboard(client)
    refused = client.get("/api/v1/export", headers={header: value})
    assert refused.status_code == 400
    problem = refused.json()["problems"][0]
    assert (problem["field"], problem["value"]) == (header.lower(), value)
    assert "LIMBERUP_TRUSTED_PROXY" in refused.json()["message"]
    assert "profile" not in refused.text


def test_a_named_proxy_may_forward(data_dir: Path) -> None:
    settings = Settings(data_dir=data_dir, trusted_proxy="127.0.0.1")
    app = create_app(settings, open_database(settings.resolved_database_url))
    with TestClient(app, base_url=LOCAL_BASE, client=("127.0.0.1", 50000)) as proxied:
        forwarded = {"x-forwarded-for": "127.0.0.1", "x-forwarded-proto": "http"}
        assert proxied.get("/api/v1/health", headers=forwarded).status_code == 200


def test_starting_says_only_this_machine_is_answered(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    bare_client(data_dir)
    assert "answers only requests from this machine" in caplog.text


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/welcome",
        "/api/v1/health",
        "/api/v1/export/sessions.csv",
        "/static/css/app.css",
        "/nowhere",
    ],
)
def test_every_answer_carries_the_security_headers(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "frame-ancestors 'none'" in CONTENT_SECURITY_POLICY
    assert "unsafe-inline" not in CONTENT_SECURITY_POLICY
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"


def test_refusals_carry_the_security_headers_too(client: TestClient) -> None:
    refused = client.get("/", headers={"host": "evil.example"})
    assert refused.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in refused.headers["content-security-policy"]


def test_pages_hold_no_inline_script_or_style(client: TestClient) -> None:
    onboard(client)
    for path in (
        "/",
        "/today",
        "/week",
        "/progress",
        "/tests",
        "/settings",
        "/exercises",
        "/programs",
    ):
        page = client.get(path).text
        assert " style=" not in page, path
        assert "<style" not in page, path
        for attributes in re.findall(r"<script([^>]*)>", page):
            assert 'src="/' in attributes or 'type="application/json"' in attributes, (
                path,
                attributes,
            )
        assert not re.search(r"\son[a-z]+=", page), path


def test_a_forged_host_cannot_poison_the_pages_others_get(client: TestClient) -> None:
    # The reproduction: one request naming another host, then the runner's own page.
    onboard(client)
    for path in ("/programs", "/today", "/progress", "/exercises"):
        client.get(path, headers={"host": "attacker.example"})
        client.get(path, headers={"host": "localhost:8000"})  # a loopback name the cache keeps
        page = client.get(path).text
        assert "attacker.example" not in page, path
        assert "localhost:8000" not in page, path
        assert not re.search(r'(src|href|action)="(https?:)?//', page), path


def test_an_unexpected_failure_logs_no_request_values(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(data_dir=data_dir)
    app = create_app(settings, open_database(settings.resolved_database_url))

    @app.post("/api/v1/explode")
    async def _explode(body: dict[str, str]) -> None:
        raise ValueError(f"could not store {body['notes']!r}")

    with TestClient(
        app, base_url=LOCAL_BASE, client=("127.0.0.1", 1), raise_server_exceptions=False
    ) as bare:
        answer = bare.post("/api/v1/explode", json={"notes": "pain 9 behind the left knee"})
    assert answer.status_code == 500
    assert answer.json()["error"] == "internal_error"
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "ValueError" in caplog.text
    assert "pain 9" not in caplog.text
    assert "Traceback" not in caplog.text

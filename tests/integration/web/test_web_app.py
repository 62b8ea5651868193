from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from limberup.adapters.db.database import open_database
from limberup.adapters.db.migrate import downgrade, head_revision
from limberup.entrypoints.web.app import create_app
from limberup.settings import Settings
from tests.web_client import local_client


def make_client(data_dir: Path) -> tuple[TestClient, Settings]:
    settings = Settings(data_dir=data_dir)
    engine = open_database(settings.resolved_database_url)
    return local_client(create_app(settings, engine)), settings


def test_health_reports_version_and_current_schema(data_dir: Path) -> None:
    client, _ = make_client(data_dir)
    response = client.get("/api/v1/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"] == "ok"
    assert body["schema_revision"] == head_revision()
    assert body["schema_current"] is True


def test_health_is_degraded_when_the_schema_is_behind(data_dir: Path) -> None:
    client, _ = make_client(data_dir)
    downgrade(client.app.state.engine, "base")  # type: ignore[attr-defined]
    response = client.get("/api/v1/health")
    assert response.status_code == 503
    assert response.json()["schema_current"] is False


def test_home_page_shows_what_limberup_does_and_the_safety_note(data_dir: Path) -> None:
    client, _ = make_client(data_dir)
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    assert "does not diagnose" in page
    assert "never push into pain" in page.lower()
    assert "/static/css/app.css" in page
    assert client.get("/static/css/app.css").status_code == 200


def test_openapi_schema_is_served_under_api_v1(data_dir: Path) -> None:
    client, _ = make_client(data_dir)
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/health" in schema["paths"]

"""Profile, stored assessments, weekly plans, progress and export/import through HTTP."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from limberup.adapters.db.database import open_database
from limberup.entrypoints.web.app import create_app
from limberup.settings import Settings
from tests.paths import EXAMPLES
from tests.web_client import local_client


def example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / name).read_text())
    return data


@pytest.fixture
def onboarded(client: TestClient) -> TestClient:
    assert client.put("/api/v1/profile", json=example("profile.json")).status_code == 200
    return client


def test_profile_is_404_before_onboarding_then_stored(client: TestClient) -> None:
    missing = client.get("/api/v1/profile")
    assert missing.status_code == 404
    assert "No profile yet" in missing.json()["message"]
    stored = client.put("/api/v1/profile", json=example("profile.json"))
    assert stored.status_code == 200
    assert client.get("/api/v1/profile").json()["profile"]["run_days"] == ["tue", "thu", "sat"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"minutes": {"daily": -2}}, "minutes.daily"),
        ({"run_days": ["funday"]}, "run_days.0"),
        ({"avoid": ["moonwalk"]}, "avoid.0"),
    ],
)
def test_a_bad_profile_is_refused_and_the_stored_one_kept(
    onboarded: TestClient, change: dict[str, Any], field: str
) -> None:
    response = onboarded.put("/api/v1/profile", json=example("profile.json") | change)
    assert response.status_code == 422
    assert field in [p["field"] for p in response.json()["problems"]]
    assert onboarded.get("/api/v1/profile").json()["profile"]["minutes"]["daily"] == 8


def test_storing_an_assessment_is_idempotent_by_uuid(client: TestClient) -> None:
    body = {"uuid": str(uuid.uuid4()), "assessment": example("assessment.json")}
    first = client.post("/api/v1/assessments", json=body)
    assert first.status_code == 201
    again = client.post("/api/v1/assessments", json=body)
    assert again.status_code == 200
    assert again.json() == first.json()
    assert len(client.get("/api/v1/assessments").json()) == 1
    one = client.get(f"/api/v1/assessments/{body['uuid']}")
    assert one.json()["result"]["findings"]
    assert client.get(f"/api/v1/assessments/{uuid.uuid4()}").status_code == 404


def test_a_rejected_assessment_stores_nothing(client: TestClient) -> None:
    bad = {"uuid": str(uuid.uuid4()), "assessment": {"beighton": {"total": 10}}}
    response = client.post("/api/v1/assessments", json=bad)
    assert response.status_code == 422
    assert any(p["field"].startswith("assessment.beighton") for p in response.json()["problems"])
    assert client.get("/api/v1/assessments").json() == []


def test_the_week_is_planned_once_then_read_back_and_replanned_as_a_version(
    onboarded: TestClient,
) -> None:
    week = onboarded.get("/api/v1/plans/week", params={"date": "2026-11-25"})
    assert week.status_code == 200
    body = week.json()
    assert body["week_start"] == "2026-11-23"
    assert body["plan"]["optimal"] is True
    again = onboarded.get("/api/v1/plans/week", params={"date": "2026-11-29"}).json()
    assert again["uuid"] == body["uuid"]
    replanned = onboarded.post("/api/v1/plans/week", json={"date": "2026-11-23"}).json()
    assert replanned["version"] == 2
    decisions = onboarded.get("/api/v1/plans/decisions", params={"date": "2026-11-23"})
    assert decisions.status_code == 200


def test_no_plan_without_a_profile(client: TestClient) -> None:
    assert client.get("/api/v1/plans/week", params={"date": "2026-11-23"}).status_code == 404


def test_progress_shows_each_side_over_time(onboarded: TestClient) -> None:
    first = example("assessment.json")
    later = first | {
        "date": "2026-11-23",
        "knee_to_wall": {"left": {"distance_cm": 9.9}, "right": {"distance_cm": 11}},
    }
    for assessment in (first, later):
        onboarded.post(
            "/api/v1/assessments", json={"uuid": str(uuid.uuid4()), "assessment": assessment}
        )
    body = onboarded.get("/api/v1/progress").json()
    ktw = {s["side"]: s for s in body["series"] if s["test"] == "knee_to_wall"}
    assert [p["value"] for p in ktw["left"]["points"]] == [8.0, 9.9]
    assert ktw["left"]["band"]["source"]
    assert body["adherence"]["done"] == 0


def test_progress_covers_the_weeks_asked_for_and_refuses_more_than_two_years(
    onboarded: TestClient,
) -> None:
    assert onboarded.get("/api/v1/progress").json()["adherence"]["since"]
    today = dt.date.today()
    asked = onboarded.get("/api/v1/progress", params={"weeks": 3}).json()["adherence"]
    assert asked["since"] == str(today - dt.timedelta(days=today.weekday(), weeks=2))
    for weeks in ("0", "105", "many"):
        refused = onboarded.get("/api/v1/progress", params={"weeks": weeks})
        assert refused.status_code == 422
        assert "weeks" in refused.text
        assert weeks in refused.text


def test_export_then_import_into_an_empty_database_gives_the_same_data(
    onboarded: TestClient, tmp_path: Path
) -> None:
    onboarded.post(
        "/api/v1/assessments",
        json={"uuid": str(uuid.uuid4()), "assessment": example("assessment.json")},
    )
    onboarded.get("/api/v1/plans/week", params={"date": "2026-11-23"})
    exported = onboarded.get("/api/v1/export").json()
    assert onboarded.get("/api/v1/export/sessions.csv").status_code == 200
    with fresh_client(tmp_path / "other") as other:
        result = other.post("/api/v1/import", content=json.dumps(exported), headers=JSON)
        assert result.status_code == 200, result.text
        assert result.json()["counts"]["plans"] == [1, 1]
        again = other.get("/api/v1/export").json()
        exported.pop("exported_at")
        again.pop("exported_at")
        assert again == exported
        replay = other.post(
            "/api/v1/import",
            content=json.dumps(exported | {"exported_at": "2026-11-23T10:00:00Z"}),
            headers=JSON,
        )
        assert replay.json()["counts"]["plans"] == [1, 0]


@pytest.mark.parametrize("body", [b"{not json", b'{"format": "something-else"}', b"[]"])
def test_a_corrupt_or_foreign_import_is_refused_and_imports_nothing(
    client: TestClient, body: bytes
) -> None:
    response = client.post("/api/v1/import", content=body, headers=JSON)
    assert response.status_code == 422
    assert response.json()["problems"]
    assert client.get("/api/v1/assessments").json() == []


JSON = {"content-type": "application/json"}


def fresh_client(data_dir: Path) -> TestClient:
    settings = Settings(data_dir=data_dir)
    return local_client(create_app(settings, open_database(settings.resolved_database_url)))

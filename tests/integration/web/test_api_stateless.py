"""The catalogue, assessment and planning API through HTTP, with its error contract."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from limberup.catalog.loader import load_catalogue
from tests.paths import EXAMPLES


def example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / name).read_text())
    return data


def problem_fields(response: Any) -> list[str]:
    return [p["field"] for p in response.json()["problems"]]


def test_exercises_are_listed_and_filtered(client: TestClient) -> None:
    everything = client.get("/api/v1/exercises").json()
    assert len(everything) == len(load_catalogue().exercises)
    ankles = client.get("/api/v1/exercises", params={"region": "ankle", "context": "pre_run"})
    assert ankles.status_code == 200
    assert ankles.json()
    assert all("ankle" in e["regions"] and "pre_run" in e["contexts"] for e in ankles.json())
    searched = client.get("/api/v1/exercises", params={"q": "pigeon"}).json()
    assert [e["id"] for e in searched] == ["modified_pigeon"]


def test_a_bad_filter_is_a_422_naming_the_field_and_value(client: TestClient) -> None:
    response = client.get("/api/v1/exercises", params={"region": "elbowz"})
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "invalid_input"
    assert body["problems"][0]["field"] == "query.region.0"
    assert body["problems"][0]["value"] == "elbowz"
    assert "ankle" in body["problems"][0]["allowed"]


def test_one_exercise_and_a_missing_one(client: TestClient) -> None:
    card = client.get("/api/v1/exercises/assisted_slr").json()
    assert card["dose"]["hold_breaths"] == {"min": 3, "max": 5}
    missing = client.get("/api/v1/exercises/moonwalk")
    assert missing.status_code == 404
    assert missing.json()["problems"][0]["value"] == "moonwalk"


def test_programs(client: TestClient) -> None:
    programs = client.get("/api/v1/programs").json()
    assert len(programs) == 5
    one = client.get(f"/api/v1/programs/{programs[0]['id']}")
    assert one.status_code == 200
    assert client.get("/api/v1/programs/nope").status_code == 404


def test_protocols_carry_the_safety_note_and_norms(client: TestClient) -> None:
    body = client.get("/api/v1/assessments/protocols").json()
    assert "diagnos" in body["safety_note"].lower()
    tests = {t["test"]: t for t in body["tests"]}
    assert {"slr", "knee_to_wall", "thoracic_rotation", "beighton"} <= tests.keys()
    assert all(t["steps"] and t["norms"] for t in tests.values() if t["test"] != "pain")


def test_evaluating_the_example_matches_the_contract(client: TestClient) -> None:
    response = client.post("/api/v1/assessments/evaluate", json=example("assessment.json"))
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"findings", "hypermobile", "refer", "fms_aslr"}
    finding = body["findings"][0]
    assert set(finding) == {
        "id",
        "test",
        "side",
        "status",
        "value",
        "unit",
        "norm",
        "source",
        "message",
    }


@pytest.mark.parametrize(
    ("change", "field", "value"),
    [
        ({"knee_to_wall": {"left": {"distance_cm": -3}}}, "knee_to_wall.left.distance_cm", -3),
        ({"beighton": {"total": 12}}, "beighton.total", 12),
        ({"slr": {"left": {"angle_deg": 200}}}, "slr.left.angle_deg", 200),
        ({"colour": "blue"}, "colour", "blue"),
    ],
)
def test_a_bad_assessment_is_a_422_naming_the_field(
    client: TestClient, change: dict[str, Any], field: str, value: object
) -> None:
    response = client.post("/api/v1/assessments/evaluate", json=change)
    assert response.status_code == 422
    problems = response.json()["problems"]
    assert any(p["field"].startswith(field) and p["value"] == value for p in problems), problems


def test_planning_the_example_week(client: TestClient) -> None:
    question = {
        "profile": example("profile.json"),
        "assessment": example("assessment.json"),
        "week_start": "2026-11-23",
    }
    response = client.post("/api/v1/plans/generate", json=question)
    assert response.status_code == 200
    week = response.json()
    assert week["optimal"] is True
    assert len(week["days"]) == 7


@pytest.mark.parametrize(
    ("profile_change", "field"),
    [
        ({"run_days": ["tue", "someday"]}, "profile.run_days.1"),
        ({"minutes": {"daily": -1}}, "profile.minutes.daily"),
        ({"equipment": ["trampoline"]}, "profile.equipment.0"),
        ({"avoid": ["moonwalk"]}, "avoid.0"),
    ],
)
def test_a_bad_profile_is_a_422_naming_the_field(
    client: TestClient, profile_change: dict[str, Any], field: str
) -> None:
    question = {"profile": example("profile.json") | profile_change, "week_start": "2026-11-23"}
    response = client.post("/api/v1/plans/generate", json=question)
    assert response.status_code == 422
    assert field in problem_fields(response)


def test_a_malformed_date_and_malformed_json_are_422s(client: TestClient) -> None:
    bad_date = client.post(
        "/api/v1/plans/generate", json={"profile": {}, "week_start": "23/11/2026"}
    )
    assert bad_date.status_code == 422
    assert "week_start" in problem_fields(bad_date)
    broken = client.post(
        "/api/v1/plans/generate", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert broken.status_code == 422


def test_a_body_over_the_limit_is_refused_with_413(client: TestClient) -> None:
    huge = b'{"profile": {}, "week_start": "2026-11-23", "x": "' + b"a" * 300_000 + b'"}'
    response = client.post(
        "/api/v1/plans/generate", content=huge, headers={"content-type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["error"] == "too_large"


def test_unknown_routes_are_json_404s(client: TestClient) -> None:
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"

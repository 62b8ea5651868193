"""A week that changes nothing says so: hold decisions reach the API and the week page with why."""

from __future__ import annotations

import json
import uuid
from typing import Any

from fastapi.testclient import TestClient

from tests.paths import EXAMPLES


def example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / name).read_text())
    return data


def test_a_week_with_nothing_logged_shows_each_hold_and_its_reason(client: TestClient) -> None:
    assert client.put("/api/v1/profile", json=example("profile.json")).status_code == 200
    assessed = {"uuid": str(uuid.uuid4()), "assessment": example("assessment.json")}
    assert client.post("/api/v1/assessments", json=assessed).status_code == 201
    assert client.get("/api/v1/plans/week", params={"date": "2026-11-23"}).status_code == 200
    # Nothing logged in the week of 23 November: the next week holds every drill, and says why.
    assert client.get("/api/v1/plans/week", params={"date": "2026-11-30"}).status_code == 200
    decisions = client.get("/api/v1/plans/decisions", params={"date": "2026-11-30"}).json()
    assert decisions
    assert {d["action"] for d in decisions} == {"hold"}
    assert all("not done last week" in d["reason"] for d in decisions)
    page = client.get("/week", params={"date": "2026-11-30"})
    assert page.status_code == 200
    assert page.text.count("not done last week") == len(decisions)
    assert ": stays as it is" in page.text  # in words, not the decision's id

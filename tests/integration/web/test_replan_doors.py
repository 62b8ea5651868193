"""Every web door replans the week from today after a profile change or a new assessment.

The app gets a runtime whose clock stands on a Wednesday, so Monday and Tuesday have passed:
their sessions must come back unchanged in the new version of the week.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from limberup.adapters.db.database import open_database
from limberup.entrypoints.web.app import create_app
from limberup.settings import Settings
from tests.factories import runtime_at
from tests.integration.web.test_tests_wizard import post, walk
from tests.web_client import local_client

MONDAY = dt.date(2026, 11, 16)
WEDNESDAY = MONDAY + dt.timedelta(days=2)
PROFILE: dict[str, Any] = {
    "run_days": ["tue", "thu", "sat"],
    "equipment": ["wall", "doorway", "strap", "light_band"],
    "minutes": {"pre_run": 8, "rest_day": 15, "daily": 6},
}
SLR = {
    "date": WEDNESDAY.isoformat(),
    "slr": {"left": {"angle_deg": 62}, "right": {"angle_deg": 64}},
}


@pytest.fixture
def client(data_dir: Path) -> Iterator[TestClient]:
    settings = Settings(data_dir=data_dir)
    engine = open_database(settings.resolved_database_url)
    clock_on_wednesday = runtime_at(dt.datetime(2026, 11, 18, 9, 0, tzinfo=dt.UTC))
    with local_client(create_app(settings, engine, clock_on_wednesday)) as test_client:
        yield test_client
    engine.dispose()


def week(client: TestClient) -> dict[str, Any]:
    response = client.get(f"/api/v1/plans/week?date={WEDNESDAY}")
    assert response.status_code == 200
    data: dict[str, Any] = response.json()
    return data


def assert_replanned_from_wednesday(before: dict[str, Any], after: dict[str, Any]) -> None:
    assert after["version"] == before["version"] + 1
    assert after["plan"]["days"][:2] == before["plan"]["days"][:2]
    assert after["plan"]["source"]["kept_before"] == WEDNESDAY.isoformat()


def test_the_api_replans_after_a_profile_change(client: TestClient) -> None:
    assert client.put("/api/v1/profile", json=PROFILE).status_code == 200
    before = week(client)
    changed = PROFILE | {"run_days": ["mon", "wed", "fri"]}
    assert client.put("/api/v1/profile", json=changed).status_code == 200
    after = week(client)
    assert_replanned_from_wednesday(before, after)
    runs = [day["date"] for day in after["plan"]["days"][2:] if day["run"]]
    assert runs == ["2026-11-18", "2026-11-20"]


def test_the_api_replans_after_a_new_assessment(client: TestClient) -> None:
    client.put("/api/v1/profile", json=PROFILE)
    before = week(client)
    stored = client.post(
        "/api/v1/assessments",
        json={"uuid": "5d0c2f3a-0b6e-4e55-9c59-3f2a1b9c7d10", "assessment": SLR},
    )
    assert stored.status_code == 201, stored.text
    after = week(client)
    assert_replanned_from_wednesday(before, after)
    assert after["plan"]["source"]["assessment_uuid"] == stored.json()["uuid"]
    served = {
        f
        for day in after["plan"]["days"][2:]
        for s in day["sessions"]
        for i in s["items"]
        for f in i["serves"]
    }
    assert "slr_limited" in served


def test_the_settings_page_replans_after_a_profile_change(client: TestClient) -> None:
    client.put("/api/v1/profile", json=PROFILE)
    before = week(client)
    form = {
        "run_days": ["mon", "wed", "fri"],
        "equipment": PROFILE["equipment"],
        "minutes_pre_run": "8",
        "minutes_rest_day": "15",
        "minutes_daily": "6",
        "units": "metric",
    }
    saved = client.post("/settings", data=form, follow_redirects=False)
    assert saved.status_code == 303, saved.text
    assert_replanned_from_wednesday(before, week(client))


def test_the_self_test_wizard_replans_after_it_stores_an_assessment(client: TestClient) -> None:
    client.put("/api/v1/profile", json=PROFILE)
    before = week(client)
    walk(client)  # the wizard keeps each step's answers on the server as a draft
    done = post(client, 6, {"action": "next"}, follow_redirects=False)
    assert done.status_code == 303  # stored, then on to the results
    after = week(client)
    assert_replanned_from_wednesday(before, after)
    assert after["plan"]["source"]["assessment_uuid"] is not None

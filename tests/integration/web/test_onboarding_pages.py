"""First use through the pages: the safety note, the profile form and its errors, settings."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

GOOD = {
    "run_days": ["tue", "thu", "sat"],
    "time_tue": "07:00",
    "time_thu": "",
    "time_sat": "09:30",
    "minutes_pre_run": "10",
    "minutes_rest_day": "20",
    "minutes_daily": "8",
    "minutes_micro_break": "3",
    "equipment": ["wall", "strap", "light_band"],
    "age": "38",
    "units": "metric",
}


def onboard(client: TestClient) -> None:
    client.post("/welcome", data={"understood": "yes"}, follow_redirects=False)
    response = client.post("/onboarding", data=GOOD, follow_redirects=False)
    assert response.status_code == 303, response.text


def test_first_use_starts_with_the_safety_note(client: TestClient) -> None:
    home = client.get("/")
    assert 'href="/welcome"' in home.text
    assert client.get("/onboarding", follow_redirects=False).headers["location"] == "/welcome"
    welcome = client.get("/welcome")
    assert "does not diagnose" in welcome.text or "diagnos" in welcome.text
    refused = client.post("/welcome", data={}, follow_redirects=False)
    assert refused.status_code == 422
    accepted = client.post("/welcome", data={"understood": "yes"}, follow_redirects=False)
    assert accepted.headers["location"] == "/onboarding"
    assert client.get("/onboarding").status_code == 200


def test_a_bad_answer_shows_the_form_again_with_the_field_and_value(client: TestClient) -> None:
    client.post("/welcome", data={"understood": "yes"})
    bad = client.post("/onboarding", data=GOOD | {"minutes_daily": "-5", "age": "three"})
    assert bad.status_code == 422
    assert "greater than or equal to 0" in bad.text
    assert "-5" in bad.text
    assert "three" in bad.text
    assert 'value="-5"' in bad.text  # what was typed is kept
    assert client.get("/api/v1/profile").status_code == 404  # nothing stored


def test_saving_the_profile_stores_it_plans_the_week_and_goes_to_the_tests(
    client: TestClient,
) -> None:
    onboard(client)
    profile = client.get("/api/v1/profile").json()["profile"]
    assert profile["run_days"] == ["tue", "thu", "sat"]
    assert profile["run_times"] == {"tue": "07:00", "sat": "09:30"}
    assert profile["minutes"]["daily"] == 8
    assert client.get("/api/v1/plans/week").status_code == 200
    assert client.get("/", follow_redirects=False).headers["location"] == "/today"


def test_settings_change_the_profile_and_say_so(client: TestClient) -> None:
    onboard(client)
    page = client.get("/settings")
    assert re.search(r'value="wall"\s+checked', page.text)
    assert not re.search(r'value="kettlebell"\s+checked', page.text)
    saved = client.post("/settings", data=GOOD | {"minutes_daily": "12"})
    assert "Saved" in saved.text
    assert client.get("/api/v1/profile").json()["profile"]["minutes"]["daily"] == 12


def test_importing_from_the_settings_page(client: TestClient) -> None:
    onboard(client)
    exported = client.get("/api/v1/export").json()
    ok = client.post(
        "/settings/import",
        files={"file": ("export.json", json.dumps(exported), "application/json")},
    )
    assert ok.status_code == 200
    assert "Imported" in ok.text
    bad = client.post(
        "/settings/import", files={"file": ("export.json", "{broken", "application/json")}
    )
    assert bad.status_code == 422
    assert "Nothing was imported" in bad.text


def test_a_cleared_minutes_field_is_an_error_and_keeps_the_stored_minutes(
    client: TestClient,
) -> None:
    onboard(client)
    before = client.get("/api/v1/profile").json()["profile"]["minutes"]
    cleared = client.post("/settings", data=GOOD | {"minutes_rest_day": ""})
    assert cleared.status_code == 422
    assert 'id="minutes_rest_day"' in cleared.text
    marked = re.search(r'id="minutes_rest_day"[^>]*aria-invalid="true"', cleared.text)
    assert marked, "the cleared field is not marked"
    assert "0 leaves these sessions out" in cleared.text
    assert client.get("/api/v1/profile").json()["profile"]["minutes"] == before


def test_a_run_time_for_a_day_not_ticked_is_an_error_on_that_time(client: TestClient) -> None:
    onboard(client)
    stray = client.post("/settings", data=GOOD | {"time_wed": "18:00"})
    assert stray.status_code == 422
    assert re.search(r'id="time_wed"[^>]*value="18:00"[^>]*aria-invalid="true"', stray.text)
    assert "Tick Wed as a run day, or clear its time" in stray.text


def test_an_impossible_time_names_its_field(client: TestClient) -> None:
    client.post("/welcome", data={"understood": "yes"}, follow_redirects=False)
    bad = client.post("/onboarding", data=GOOD | {"time_tue": "25:99"})
    assert bad.status_code == 422
    assert re.search(r'id="time_tue"[^>]*aria-invalid="true"', bad.text)
    assert "Tue run time" in bad.text
    assert "25:99" in bad.text


@pytest.mark.parametrize(
    ("change", "shown"),
    [
        ({"units": "furlongs"}, "Units should be &#39;metric&#39; or &#39;imperial&#39;"),
        ({"equipment": ["wall", "trampoline"]}, "(you gave &#39;trampoline&#39;)"),
        ({"minutes_daily": "abc"}, "Daily minutes should be a valid number"),
        ({"age": "3"}, "Age should be greater than or equal to 5 (you gave 3)"),
    ],
)
def test_every_refused_value_is_shown_on_its_field_and_nothing_is_saved(
    client: TestClient, change: dict[str, object], shown: str
) -> None:
    onboard(client)
    before = client.get("/api/v1/profile").json()["profile"]
    refused = client.post("/settings", data=GOOD | change)
    assert refused.status_code == 422
    assert shown in refused.text
    assert client.get("/api/v1/profile").json()["profile"] == before


def test_everyday_things_are_assumed_and_the_runner_can_say_one_is_missing(
    client: TestClient,
) -> None:
    onboard(client)
    page = client.get("/settings").text
    assert re.search(r'name="everyday" value="towel"\s+checked', page)  # assumed at first
    everyday = ["wall", "doorway", "room_corner", "chair", "bed_or_couch"]  # no towel
    saved = client.post(
        "/settings",
        data=GOOD | {"everyday_listed": "1", "everyday": everyday, "pool_days": ["wed"]},
    )
    assert saved.status_code == 200
    profile = client.get("/api/v1/profile").json()["profile"]
    assert (profile["lacks"], profile["pool_days"]) == (["towel"], ["wed"])
    again = client.get("/settings").text
    assert not re.search(r'name="everyday" value="towel"\s+checked', again)
    assert re.search(r'name="pool_days" value="wed"[^>]*\s+checked', again)

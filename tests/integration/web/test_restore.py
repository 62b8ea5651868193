"""Restoring a backup through the HTTP app: offered at first use, a year of history taken by
both doors, the profile kept on a fresh install, refusals in each door's own format."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from limberup.entrypoints.web.body_limit import DEFAULT_LIMIT, IMPORT_LIMIT
from tests.history_export import example, history, one_real_week
from tests.integration.web.test_onboarding_pages import onboard

JSON = {"content-type": "application/json"}
LIMIT_WORDS = "64 MB"


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A year of keen use: about 325 sessions, 76 plans, 52 retests (about 5 MB as the page
    saves it); the exact count follows from the planner's week."""
    return history(one_real_week(tmp_path_factory.mktemp("seed")), weeks=52)


def as_file(document: dict[str, Any]) -> dict[str, tuple[str, bytes, str]]:
    return {"file": ("limberup-export.json", json.dumps(document).encode(), "application/json")}


def test_the_limit_is_far_above_a_year_of_use_and_named_in_words(year: dict[str, Any]) -> None:
    assert IMPORT_LIMIT == 64 * 1024 * 1024
    assert len(json.dumps(year, indent=2)) * 4 < IMPORT_LIMIT  # limberup export indents


def test_first_use_offers_to_restore_a_backup(client: TestClient) -> None:
    for page in ("/", "/welcome"):
        assert 'href="/restore"' in client.get(page).text, page
    restore = client.get("/restore")
    assert restore.status_code == 200
    assert 'action="/settings/import"' in restore.text
    assert LIMIT_WORDS in restore.text


def test_a_year_of_history_is_restored_on_a_fresh_install_with_its_profile(
    client: TestClient, year: dict[str, Any]
) -> None:
    assert len(json.dumps(year)) > 10 * DEFAULT_LIMIT
    answer = client.post("/settings/import", files=as_file(year))
    assert answer.status_code == 200, answer.text[:2000]
    assert answer.headers["content-type"].startswith("text/html")
    sessions = len(year["sessions"])
    assert sessions > 300
    assert re.search(rf"<td>Sessions</td><td>{sessions}</td><td>{sessions}</td>", answer.text)
    assert 'href="/today"' in answer.text
    assert client.get("/api/v1/profile").json()["profile"] == year["profile"]["profile"]
    assert client.get("/", follow_redirects=False).headers["location"] == "/today"
    again = client.get("/api/v1/export").json()
    assert len(again["sessions"]) == sessions
    assert len(again["assessments"]) == 52


def test_a_restore_after_onboarding_on_a_fresh_install_brings_back_the_backups_profile(
    client: TestClient, tmp_path: Path
) -> None:
    backup = one_real_week(tmp_path / "old")
    onboard(client)  # typed afresh: a different week from the backup's
    typed = client.get("/api/v1/profile").json()["profile"]
    assert typed != backup["profile"]["profile"]
    answer = client.post("/settings/import", files=as_file(backup))
    assert answer.status_code == 200, answer.text[:2000]
    assert client.get("/api/v1/profile").json()["profile"] == backup["profile"]["profile"]


def test_the_api_takes_a_year_of_history_as_json(client: TestClient, year: dict[str, Any]) -> None:
    answer = client.post("/api/v1/import", content=json.dumps(year), headers=JSON)
    assert answer.status_code == 200, answer.text[:2000]
    sessions = len(year["sessions"])
    assert answer.json()["counts"]["sessions"] == [sessions, sessions]
    assert answer.json()["counts"]["profile"] == [1, 1]


def _chunks(total: int, size: int = 1024 * 1024) -> Any:
    sent = 0
    while sent < total:
        yield b" " * min(size, total - sent)
        sent += size


def test_a_body_over_the_import_limit_is_refused_with_413_naming_the_limit(
    client: TestClient,
) -> None:
    api = client.post("/api/v1/import", content=_chunks(IMPORT_LIMIT + 1), headers=JSON)
    assert api.status_code == 413
    body = api.json()
    assert body["error"] == "too_large"
    assert body["problems"][0]["allowed"] == f"at most {LIMIT_WORDS} ({IMPORT_LIMIT} bytes)"
    # Just over: the form's file itself; far over: the body, before the app reads it.
    for size, field in ((IMPORT_LIMIT + 1, "<code>file</code>"), (IMPORT_LIMIT + 100_000, "")):
        page = client.post(
            "/settings/import", files={"file": ("huge.json", b" " * size, "application/json")}
        )
        assert page.status_code == 413
        assert page.headers["content-type"].startswith("text/html")
        assert f"at most {LIMIT_WORDS}" in page.text
        assert field in page.text
    assert client.get("/api/v1/assessments").json() == []


def test_other_routes_keep_the_small_limit(client: TestClient) -> None:
    big = json.dumps(example("profile.json") | {"notes": "x" * DEFAULT_LIMIT})
    answer = client.put("/api/v1/profile", content=big, headers=JSON)
    assert answer.status_code == 413
    assert "256 KB" in answer.json()["message"]


def test_a_bad_file_on_the_page_answers_with_a_page_naming_field_value_and_allowed(
    client: TestClient, year: dict[str, Any]
) -> None:
    broken = json.loads(json.dumps(year))
    broken["sessions"][3]["items"][0]["ease"] = 9
    answer = client.post("/settings/import", files=as_file(broken))
    assert answer.status_code == 422
    assert answer.headers["content-type"].startswith("text/html")
    assert "Nothing was imported" in answer.text
    assert "<code>sessions.3.items.0.ease</code>" in answer.text
    assert "less than or equal to 5" in answer.text
    assert "got 9" in answer.text
    assert client.get("/api/v1/assessments").json() == []
    by_api = client.post("/api/v1/import", content=json.dumps(broken), headers=JSON)
    assert by_api.status_code == 422
    assert by_api.json()["problems"][0]["field"] == "sessions.3.items.0.ease"


def test_the_import_form_sent_without_a_file_says_which_field(client: TestClient) -> None:
    answer = client.post(
        "/settings/import",
        data={"other": "x"},
        files={"file": ("", b"", "application/octet-stream")},
    )
    assert answer.status_code == 422
    assert answer.headers["content-type"].startswith("text/html")
    assert "<code>file</code>" in answer.text


def test_the_settings_page_names_the_import_limit(client: TestClient) -> None:
    onboard(client)
    assert LIMIT_WORDS in client.get("/settings").text


def _served_findings(week: dict[str, Any]) -> set[str]:
    today = dt.date.today().isoformat()
    return {
        finding
        for day in week["plan"]["days"]
        if day["date"] >= today
        for session in day["sessions"]
        for item in session["items"]
        for finding in item["serves"]
    }


def test_a_restore_after_onboarding_plans_this_week_again_from_the_backup(
    client: TestClient, tmp_path: Path
) -> None:
    backup = one_real_week(tmp_path / "old")  # a self-test found limits; its plan is older
    onboard(client)
    planned = client.get("/api/v1/plans/week").json()
    assert _served_findings(planned) == set()  # nothing tested here yet
    assert client.post("/settings/import", files=as_file(backup)).status_code == 200
    replanned = client.get("/api/v1/plans/week").json()
    assert replanned["version"] > planned["version"]
    assert "slr_limited" in _served_findings(replanned)
    again = client.post("/api/v1/import", content=json.dumps(backup), headers=JSON)
    assert again.json()["counts"]["assessments"] == [1, 0]
    assert client.get("/api/v1/plans/week").json()["version"] == replanned["version"]

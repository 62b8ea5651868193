"""The week and progress pages."""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from typing import Any

from fastapi.testclient import TestClient

from limberup.entrypoints.web.pages.svg_chart import Point, line_chart
from tests.integration.web.test_session_log_api import whole_session
from tests.integration.web.test_sessions_api import TUESDAY, runner  # noqa: F401
from tests.paths import EXAMPLES


def example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / name).read_text())
    return data


def onboard(client: TestClient) -> None:
    assert client.put("/api/v1/profile", json=example("profile.json")).status_code == 200


def test_the_week_needs_a_profile(client: TestClient) -> None:
    assert client.get("/week", follow_redirects=False).headers["location"] == "/welcome"


def test_the_week_shows_runs_sessions_minutes_and_why(client: TestClient) -> None:
    onboard(client)
    client.post(
        "/api/v1/assessments",
        json={"uuid": str(uuid.uuid4()), "assessment": example("assessment.json")},
    )
    page = client.get("/week", params={"date": "2026-11-23"})
    assert page.status_code == 200
    text = page.text
    assert "Week of Monday 23 November" in text
    assert text.count('class="tag run"') == 3
    assert "corrective pair" in text
    assert "Pre-run" in text
    assert re.search(r"\d+(\.\d)? of 10 min", text)
    assert 'href="/play/2026-11-24/0"' in text
    assert "weekly retest" in text


def test_planning_the_week_again_makes_a_new_version(client: TestClient) -> None:
    onboard(client)
    client.get("/week", params={"date": "2026-11-23"})
    done = client.post("/week/replan", data={"date": "2026-11-23"}, follow_redirects=False)
    assert done.status_code == 303
    assert "plan version 2" in client.get(done.headers["location"]).text


def test_progress_without_results_invites_the_tests(client: TestClient) -> None:
    page = client.get("/progress")
    assert page.status_code == 200
    assert 'href="/tests"' in page.text


def test_progress_draws_each_side_with_its_norm_band(client: TestClient) -> None:
    onboard(client)
    first = example("assessment.json")
    later = first | {
        "date": (dt.date(2026, 11, 23)).isoformat(),
        "knee_to_wall": {"left": {"distance_cm": 9.5}, "right": {"distance_cm": 11}},
    }
    for assessment in (first, later):
        client.post(
            "/api/v1/assessments", json={"uuid": str(uuid.uuid4()), "assessment": assessment}
        )
    page = client.get("/progress").text
    assert page.count("<svg") >= 4
    assert 'class="band"' in page
    assert "Left and right" in page
    assert "9.5" in page
    assert re.search(r">11<", page)  # 11 cm, shown without a trailing ".0"


def test_the_chart_places_points_and_band_in_the_box() -> None:
    svg = line_chart(
        [Point("1 Nov", 8, False), Point("8 Nov", 12, True)],
        band=(10, None),
        title="toe to wall, left side",
    )
    assert svg.startswith("<svg")
    assert svg.endswith("</svg>")
    assert svg.count("<circle") == 2
    assert 'class="dot ok"' in svg
    ys = [float(v) for v in re.findall(r'cy="([\d.]+)"', svg)]
    assert ys[1] < ys[0]  # the higher value is drawn higher
    assert "toe to wall, left side" in svg


def test_the_week_marks_the_sessions_done(client: TestClient, runner: int) -> None:  # noqa: F811
    page = client.get("/week", params={"date": TUESDAY.isoformat()}).text
    assert "tag done" not in page
    body = whole_session(client)
    assert client.put(f"/api/v1/sessions/{uuid.uuid4()}", json=body).status_code == 201
    page = client.get("/week", params={"date": TUESDAY.isoformat()}).text
    assert page.count("tag done") == 1
    tuesday = page[page.index('aria-label="Tuesday"') : page.index('aria-label="Wednesday"')]
    assert "tag done" in tuesday

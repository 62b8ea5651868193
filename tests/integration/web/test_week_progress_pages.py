"""The week and progress pages."""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from typing import Any

from fastapi.testclient import TestClient

from limberup.domain.progress.chart_layout import chart_layout
from limberup.domain.progress.series import progress_series
from limberup.domain.vocabulary import TestId
from limberup.entrypoints.web.pages.svg_chart import panel_chart
from tests.integration.web.test_session_log_api import whole_session
from tests.integration.web.test_sessions_api import TUESDAY, runner  # noqa: F401
from tests.paths import EXAMPLES
from tests.unit.storage.builders import assessment as built_assessment


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
    assert "Week of 23 November" in text
    assert text.count('class="tag run"') == 3
    assert "corrective pair" in text
    assert "Pre-run" in text
    assert re.search(r"Pre-run <span class=\"muted\">· \d+ min</span>", text)
    assert not re.search(r"\d\.\d+ min|\d+ of \d+ min", text)  # whole minutes, no budgets
    assert 'href="/play/2026-11-24/0"' in text
    assert '<span class="tag soft">retest</span>' in text
    assert text.count('class="day-line"') == 7  # seven lines, each opening to its day


def test_planning_the_week_again_makes_a_new_version(client: TestClient) -> None:
    onboard(client)
    client.get("/week", params={"date": "2026-11-23"})
    done = client.post("/week/replan", data={"date": "2026-11-23"}, follow_redirects=False)
    assert done.status_code == 303
    assert "planned this week 2 times" in client.get(done.headers["location"]).text


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
    assert " min</dd>" in page  # time kept, with its unit


def test_the_chart_draws_both_sides_on_one_scale_with_the_band_in_the_box() -> None:
    dates = [dt.date(2026, 11, 2), dt.date(2026, 11, 9)]
    ankles = [{"left": {"distance_cm": left}, "right": {"distance_cm": 12}} for left in (8, 12.5)]
    taken = [
        (day, built_assessment(day, knee_to_wall=ankle))
        for day, ankle in zip(dates, ankles, strict=True)
    ]
    layout = chart_layout(progress_series(taken))
    panel = next(p for p in layout.panels if p.test is TestId.KNEE_TO_WALL)
    svg = panel_chart(panel, layout.time, title="toe to wall")
    assert svg.startswith("<svg")
    assert svg.endswith("</svg>")
    assert svg.count("<circle") == 4  # two dates, two sides
    assert svg.count('class="line left"') == 2  # the line and its legend
    assert 'class="dot right ok"' in svg
    dot = r'<circle class="dot {}[^"]*" cx="[\d.]+" cy="([\d.]+)"'
    left = [float(v) for v in re.findall(dot.format("left"), svg)]
    right = [float(v) for v in re.findall(dot.format("right"), svg)]
    # One scale: 12 cm on the right sits between 8 and 12.5 cm on the left, nearer 12.5.
    assert left[0] > right[0] > left[1]
    assert right[0] - left[1] < left[0] - right[0]
    assert "02 Nov" in svg
    assert "09 Nov" in svg


def test_the_week_marks_the_sessions_done(client: TestClient, runner: int) -> None:  # noqa: F811
    page = client.get("/week", params={"date": TUESDAY.isoformat()}).text
    assert "tag done" not in page
    body = whole_session(client)
    assert client.put(f"/api/v1/sessions/{uuid.uuid4()}", json=body).status_code == 201
    page = client.get("/week", params={"date": TUESDAY.isoformat()}).text
    assert page.count("tag done") == 1
    tuesday = page[page.index('aria-label="Tuesday"') : page.index('aria-label="Wednesday"')]
    assert "tag done" in tuesday


def test_both_sides_measured_on_one_date_do_not_hide_each_other() -> None:
    day = dt.date(2026, 11, 2)
    ankle = {"left": {"distance_cm": 10}, "right": {"distance_cm": 10}}
    layout = chart_layout(progress_series([(day, built_assessment(day, knee_to_wall=ankle))]))
    panel = next(p for p in layout.panels if p.test is TestId.KNEE_TO_WALL)
    svg = panel_chart(panel, layout.time, title="toe to wall")
    dots = re.findall(r'<circle class="dot (left|right)[^"]*" cx="([\d.]+)" cy="([\d.]+)"', svg)
    assert len(dots) == 2
    (_, left_x, left_y), (_, right_x, right_y) = sorted(dots)
    assert left_y == right_y  # the same value...
    assert float(right_x) - float(left_x) >= 8  # ...side by side, both to be seen (r=4)

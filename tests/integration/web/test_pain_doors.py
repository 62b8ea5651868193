"""Pain and dates through the API: what a physiotherapist would check, scenario by scenario.

Each test runs the real app on a data directory with a clock standing on a given morning; a
later clock on the same directory is the runner coming back another day.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from limberup.adapters.db.database import open_database
from limberup.catalog.loader import load_catalogue
from limberup.entrypoints.web.app import create_app
from limberup.settings import Settings
from tests.factories import runtime_at
from tests.web_client import local_client

MONDAY = dt.date(2026, 11, 16)
PROFILE: dict[str, Any] = {
    "run_days": ["tue", "thu", "sat"],
    "equipment": ["wall", "doorway", "strap", "light_band", "mat"],
    "minutes": {"pre_run": 8, "rest_day": 15, "daily": 10},
}
CATALOGUE = load_catalogue()


@pytest.fixture
def on(data_dir: Path) -> Iterator[Callable[[dt.date], Any]]:
    settings = Settings(data_dir=data_dir)
    engine = open_database(settings.resolved_database_url)

    @contextmanager
    def client_on(day: dt.date) -> Iterator[TestClient]:
        clock = runtime_at(dt.datetime.combine(day, dt.time(9, 0), tzinfo=dt.UTC))
        with local_client(create_app(settings, engine, clock)) as client:
            yield client

    yield client_on
    engine.dispose()


def assessment(day: dt.date, **tests: Any) -> dict[str, Any]:
    body = {"date": day.isoformat(), "slr": {"left": {"angle_deg": 62}, "right": {"angle_deg": 64}}}
    return {"uuid": str(uuid.uuid4()), "assessment": body | tests}


def week(client: TestClient, day: dt.date) -> dict[str, Any]:
    response = client.get(f"/api/v1/plans/week?date={day}")
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()
    return data


def drills_on(plan: dict[str, Any], day: dt.date) -> set[str]:
    found = next(d for d in plan["plan"]["days"] if d["date"] == day.isoformat())
    return {item["exercise_id"] for s in found["sessions"] for item in s["items"]}


def codes(plan: dict[str, Any]) -> list[str]:
    return [note["code"] for note in plan["plan"]["notes"]]


def hurt_in(client: TestClient, plan: dict[str, Any], day: dt.date, drill: str, pain: int) -> None:
    """Start the first session of ``day`` holding ``drill`` and log pain in it."""
    found = next(d for d in plan["plan"]["days"] if d["date"] == day.isoformat())
    index, session = next(
        (i, s)
        for i, s in enumerate(found["sessions"])
        if drill in {item["exercise_id"] for item in s["items"]}
    )
    started = client.post(
        "/api/v1/sessions",
        json={
            "uuid": str(uuid.uuid4()),
            "date": day.isoformat(),
            "index": index,
            "plan_uuid": plan["uuid"],
        },
    )
    assert started.status_code == 201, started.text
    place = [item["exercise_id"] for item in session["items"]].index(drill)
    logged = client.put(
        f"/api/v1/sessions/{started.json()['uuid']}/items/{place}",
        json={
            "exercise_id": drill,
            "reps_done": 2,
            "pain": pain,
            "pain_region": "hamstrings",
            "finished_at": f"{day.isoformat()}T09:10:00Z",
        },
    )
    assert logged.status_code == 200, logged.text


def test_pain_at_rest_with_no_place_holds_no_drill_until_the_runner_says_where(
    on: Callable[[dt.date], Any],
) -> None:
    with on(MONDAY) as client:
        client.put("/api/v1/profile", json=PROFILE)
        week(client, MONDAY)
        rest = assessment(MONDAY, pain={"at_rest": True})
        assert client.post("/api/v1/assessments", json=rest).status_code == 201
        plan = week(client, MONDAY)
        assert all(not drills_on(plan, MONDAY + dt.timedelta(days=d)) for d in range(7))
        assert plan["plan"]["refer"]
        assert "Until then" in plan["plan"]["referral"]
        assert "pain_unplaced" in codes(plan)
        placed = assessment(MONDAY, pain={"at_rest": True, "where": ["knee"]})
        assert client.post("/api/v1/assessments", json=placed).status_code == 201
        plan = week(client, MONDAY)
        today = drills_on(plan, MONDAY)
        assert today, "with a place given, drills that spare it come back"
        assert not any("knee" in CATALOGUE.get(d).loaded() for d in today)


def test_pain_in_a_drill_on_monday_takes_it_off_tuesday_to_sunday(
    on: Callable[[dt.date], Any],
) -> None:
    with on(MONDAY) as client:
        client.put("/api/v1/profile", json=PROFILE)
        client.post("/api/v1/assessments", json=assessment(MONDAY))
        before = week(client, MONDAY)
        later = [MONDAY + dt.timedelta(days=d) for d in range(1, 7)]
        assert any("leg_lowering_1" in drills_on(before, day) for day in later)
        hurt_in(client, before, MONDAY, "leg_lowering_1", pain=3)
        after = week(client, MONDAY)
        assert after["version"] == before["version"] + 1
        assert all("leg_lowering_1" not in drills_on(after, day) for day in later)
        note = next(n for n in after["plan"]["notes"] if n["code"] == "drill_hurt")
        assert "rest of this week" in note["text"]


def test_pain_on_two_sessions_stops_the_drill_with_a_referral(
    on: Callable[[dt.date], Any],
) -> None:
    with on(MONDAY) as client:
        client.put("/api/v1/profile", json=PROFILE)
        client.post("/api/v1/assessments", json=assessment(MONDAY))
        hurt_in(client, week(client, MONDAY), MONDAY, "leg_lowering_1", pain=2)
    next_monday = MONDAY + dt.timedelta(days=7)
    with on(next_monday) as client:
        again = week(client, next_monday)
        assert "leg_lowering_1" in drills_on(again, next_monday), "stepped back, not gone"
        hurt_in(client, again, next_monday, "leg_lowering_1", pain=2)
        after = week(client, next_monday)
        assert all(
            "leg_lowering_1" not in drills_on(after, next_monday + dt.timedelta(days=d))
            for d in range(1, 7)
        )
        assert after["plan"]["refer"]
        assert "physiotherapist" in after["plan"]["referral"]
        assert "drill_stopped" in codes(after)
    for weeks in (2, 3):  # stopped, it stays out of the weeks after
        monday = MONDAY + dt.timedelta(weeks=weeks)
        with on(monday) as client:
            assert "leg_lowering_1" not in drills_on(week(client, monday), monday)
    with on(monday) as client:  # until a pain screen says the pain has gone
        clear = assessment(monday, pain={"at_rest": False, "during_tests": []})
        assert client.post("/api/v1/assessments", json=clear).status_code == 201
        assert "leg_lowering_1" in drills_on(week(client, monday), monday)


def test_a_painful_test_is_not_retested(on: Callable[[dt.date], Any]) -> None:
    with on(MONDAY) as client:
        client.put("/api/v1/profile", json=PROFILE)
        hurt = assessment(
            MONDAY,
            knee_to_wall={"left": {"distance_cm": 8}, "right": {"distance_cm": 9}},
            pain={"during_tests": ["knee_to_wall"]},
        )
        assert client.post("/api/v1/assessments", json=hurt).status_code == 201
        plan = week(client, MONDAY)
        retested = {t for day in plan["plan"]["days"] for t in day["retest"]}
        assert "knee_to_wall" not in retested
        left_out = {n["test"]: n for n in plan["plan"]["notes"] if n["code"] == "test_not_retested"}
        assert "knee-to-wall test hurt" in left_out["knee_to_wall"]["text"]
        assert "slr" in left_out, "the raise pulls on the calf that the lunge test hurt"
        for day in range(7):  # the test's regions, knee included, count as painful
            for drill in drills_on(plan, MONDAY + dt.timedelta(days=day)):
                assert not {"knee", "ankle", "calf"} & CATALOGUE.get(drill).loaded()


def test_a_future_dated_session_or_assessment_is_refused_and_nothing_is_stored(
    on: Callable[[dt.date], Any],
) -> None:
    tomorrow = MONDAY + dt.timedelta(days=1)
    with on(MONDAY) as client:
        client.put("/api/v1/profile", json=PROFILE)
        plan = week(client, MONDAY)
        whole = client.put(
            f"/api/v1/sessions/{uuid.uuid4()}",
            json={
                "plan_uuid": plan["uuid"],
                "date": tomorrow.isoformat(),
                "index": 0,
                "started_at": f"{tomorrow}T06:00:00Z",
                "finished_at": f"{tomorrow}T06:10:00Z",
            },
        )
        assert whole.status_code == 422
        assert whole.json()["problems"][0]["field"] == "date"
        start = client.post(
            "/api/v1/sessions",
            json={"uuid": str(uuid.uuid4()), "date": tomorrow.isoformat(), "index": 0},
        )
        assert start.status_code == 422
        assert "on or before today" in start.text
        future = client.post("/api/v1/assessments", json=assessment(tomorrow))
        assert future.status_code == 422
        assert future.json()["problems"][0]["field"] == "date"
        assert client.get("/api/v1/sessions").json() == []
        assert client.get("/api/v1/assessments").json() == []

"""A day's sessions, the player's timeline and session logging through HTTP, on SQLite."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from fastapi.testclient import TestClient

from limberup.adapters.db.unit_of_work import SqlUnitOfWork
from limberup.bootstrap import build_runtime
from limberup.catalog.loader import load_catalogue
from limberup.domain.assessment import Assessment
from limberup.domain.planning.week import Profile, Session
from limberup.domain.session.player import PlayerState, counters, player_items
from limberup.domain.session.timeline import session_steps, total_seconds
from limberup.services.assessments import record_assessment
from limberup.services.plans import generate_plan
from limberup.services.profile import save_profile
from limberup.services.sessions import day_plan
from limberup.services.users import local_user

RUNTIME = build_runtime()

MONDAY = dt.date(2026, 11, 16)
TUESDAY = MONDAY + dt.timedelta(days=1)
PROFILE = {
    "run_days": ["tue"],
    "equipment": ["strap", "wall"],
    "minutes": {"pre_run": 3, "daily": 7, "rest_day": 10},
    "work_days": [],
}


def uow_of(client: TestClient) -> SqlUnitOfWork:
    return SqlUnitOfWork(client.app.state.session_factory)  # type: ignore[attr-defined]


def store_runner(client: TestClient) -> int:
    """Store a profile (runs on Tuesdays) and a failed straight-leg raise; return the user id."""
    user = local_user(uow_of(client))
    save_profile(uow_of(client), RUNTIME, user, Profile.model_validate(PROFILE))
    slr = {"left": {"angle_deg": 60}, "right": {"angle_deg": 62}}
    record_assessment(
        uow_of(client), RUNTIME, user, Assessment.model_validate({"date": "2026-11-16", "slr": slr})
    )
    return user


def planned_session(client: TestClient, user: int, day: dt.date, index: int) -> Session:
    return day_plan(uow_of(client), RUNTIME, user, day).sessions[index].session


@pytest.fixture
def runner(client: TestClient) -> int:
    return store_runner(client)


def start(client: TestClient, day: dt.date = TUESDAY, index: int = 0, **extra: Any) -> str:
    session_uuid = str(uuid.uuid4())
    body = {"uuid": session_uuid, "date": day.isoformat(), "index": index, **extra}
    response = client.post("/api/v1/sessions", json=body)
    assert response.status_code == 201, response.json()
    return session_uuid


def item_body(client: TestClient, day: dt.date, index: int, item: int, **extra: Any) -> Any:
    planned = client.get(f"/api/v1/days/{day}/sessions").json()["sessions"][index]
    return {"exercise_id": planned["items"][item]["exercise_id"], **extra}


def assert_problem(response: Any, status: int, field: str, value: Any = ...) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error", "message", "problems"}
    fields = {problem["field"]: problem for problem in body["problems"]}
    assert field in fields, body
    assert fields[field]["allowed"]
    if value is not ...:
        assert fields[field]["value"] == value


def test_a_day_lists_its_sessions_with_minutes_drills_reasons_and_state(
    client: TestClient, runner: int
) -> None:
    response = client.get(f"/api/v1/days/{TUESDAY}/sessions")
    assert response.status_code == 200
    day = response.json()
    assert (day["date"], day["weekday"], day["run"]) == ("2026-11-17", "Tuesday", True)
    assert [s["context"] for s in day["sessions"]] == ["pre_run", "daily"]
    for index, session in enumerate(day["sessions"]):
        assert session["index"] == index
        assert session["state"] == "not_started"
        assert session["session_uuid"] is None
        assert session["minutes"] <= session["budget_minutes"]
        assert session["items"]
        for item in session["items"]:
            assert item["why"]
            assert item["minutes"] > 0
            assert item["done"] is False
    monday = client.get(f"/api/v1/days/{MONDAY}/sessions").json()
    assert monday["run"] is False
    assert monday["plan_uuid"] == day["plan_uuid"]  # one plan for the week


def test_the_steps_are_the_domain_timeline_and_add_up_to_the_plans_minutes(
    client: TestClient, runner: int
) -> None:
    catalogue = load_catalogue()
    for offset in range(7):
        day = MONDAY + dt.timedelta(days=offset)
        for planned in client.get(f"/api/v1/days/{day}/sessions").json()["sessions"]:
            timeline = client.get(f"/api/v1/days/{day}/sessions/{planned['index']}/steps").json()
            session = planned_session(client, runner, day, planned["index"])
            expected = session_steps(player_items(session.items, catalogue))
            assert len(timeline["steps"]) == len(expected)
            assert timeline["total_seconds"] == total_seconds(expected)
            assert round(timeline["total_seconds"] / 60, 1) == planned["minutes"]
            assert timeline["minutes"] == planned["minutes"]
            start_s = 0.0
            for shown, step in zip(timeline["steps"], expected, strict=True):
                assert shown["kind"] == step.kind.value
                assert shown["seconds"] == step.seconds
                assert shown["start_s"] == pytest.approx(start_s)
                assert (shown["item_index"], shown["title"]) == (step.item_index, step.title)
                assert (shown["set"], shown["sets"]) == (step.set_number, step.sets)
                assert shown["side"] == (step.side.value if step.side else None)
                assert (shown["reps"], shown["rep_number"]) == (step.reps, step.rep_number)
                assert (shown["breaths"], shown["cue"]) == (step.breaths, step.cue)
                assert shown["seconds_per_rep"] == step.seconds_per_rep
                assert shown["say"]
                start_s += step.seconds
            assert [d["exercise_id"] for d in timeline["drills"]] == [
                i.exercise_id for i in session.items
            ]


def test_rep_counts_match_the_players_counters(client: TestClient, runner: int) -> None:
    timeline = client.get(f"/api/v1/days/{MONDAY}/sessions/0/steps").json()
    session = planned_session(client, runner, MONDAY, 0)
    state = PlayerState.start(session_steps(player_items(session.items, load_catalogue())))
    held = 0
    for position, shown in enumerate(timeline["steps"]):
        if shown["rep_number"]:
            held += 1
            assert shown["rep_count"] == counters(PlayerState(state.steps, position)).reps
    assert held  # the corrective pair holds each rep for paced breaths
    cards = {d["exercise_id"]: d for d in timeline["drills"]}
    slr = cards["assisted_slr"]
    assert slr["cues"]
    assert slr["cautions"]
    assert "hamstrings" in slr["regions"]
    assert timeline["inhale_s"] == 4
    assert timeline["exhale_s"] == 6
    assert any(step["kind"] == "breathe" and step["breaths"] for step in timeline["steps"])


def test_starting_again_with_the_same_uuid_returns_the_stored_log(
    client: TestClient, runner: int
) -> None:
    body = {"uuid": str(uuid.uuid4()), "date": str(TUESDAY), "index": 1}
    first = client.post("/api/v1/sessions", json=body)
    assert first.status_code == 201
    log = first.json()
    assert (log["status"], log["index"], log["context"]) == ("in_progress", 1, "daily")
    assert (log["items"], log["resume_at"]) == ([], 0)
    again = client.post("/api/v1/sessions", json=body)
    assert again.status_code == 200
    assert again.json() == log
    assert len(client.get("/api/v1/sessions").json()) == 1
    day = client.get(f"/api/v1/days/{TUESDAY}/sessions").json()
    assert day["sessions"][1]["state"] == "in_progress"
    assert day["sessions"][1]["session_uuid"] == body["uuid"]


def test_logging_an_item_again_keeps_one_log_and_the_worst_pain(
    client: TestClient, runner: int
) -> None:
    session_uuid = start(client)
    url = f"/api/v1/sessions/{session_uuid}/items/0"
    hurt = item_body(client, TUESDAY, 0, 0, reps_done=4, pain=2, pain_region="hamstrings")
    assert client.put(url, json=hurt).status_code == 200
    done = item_body(
        client, TUESDAY, 0, 0, reps_done=8, sides=["left", "right"], pain=0,
        finished_at="2026-11-17T06:50:00Z",
    )  # fmt: skip
    stored = client.put(url, json=done)
    assert stored.status_code == 200
    assert client.put(url, json=done).json() == stored.json()
    item = stored.json()
    assert (item["item_index"], item["reps_done"], item["sides"]) == (0, 8, ["left", "right"])
    assert (item["pain"], item["pain_region"]) == (2, "hamstrings")
    log = client.get(f"/api/v1/sessions/{session_uuid}").json()
    assert len(log["items"]) == 1
    assert log["resume_at"] == 1


@pytest.mark.parametrize(
    ("change", "field", "value"),
    [
        ({"pain": 11}, "pain", 11),
        ({"pain": 3}, "pain_region", None),
        ({"pain": 2, "pain_region": "elbow"}, "pain_region", "elbow"),
        ({"reps_done": -1}, "reps_done", -1),
        ({"sides": ["left", "left"]}, "sides", ["left", "left"]),
        ({"ease": 9}, "ease", 9),
        ({"finished_at": "2026-11-17T06:50:00"}, "finished_at", "2026-11-17T06:50:00"),
        ({"colour": "red"}, "colour", "red"),
        ({"exercise_id": "kettlebell_swing"}, "items.0.exercise_id", "kettlebell_swing"),
    ],
)
def test_a_bad_item_is_refused_naming_field_value_and_what_is_allowed(
    client: TestClient, runner: int, change: dict[str, Any], field: str, value: Any
) -> None:
    session_uuid = start(client)
    body = item_body(client, TUESDAY, 0, 0) | change
    assert_problem(
        client.put(f"/api/v1/sessions/{session_uuid}/items/0", json=body), 422, field, value
    )
    assert client.get(f"/api/v1/sessions/{session_uuid}").json()["items"] == []


def test_an_item_past_the_sessions_end_or_a_bad_body_is_422(
    client: TestClient, runner: int
) -> None:
    session_uuid = start(client)
    body = item_body(client, TUESDAY, 0, 0)
    assert_problem(
        client.put(f"/api/v1/sessions/{session_uuid}/items/40", json=body), 422, "item_index", 40
    )
    assert_problem(
        client.put(f"/api/v1/sessions/{session_uuid}/items/-1", json=body), 422, "path.index"
    )
    not_json = client.put(
        f"/api/v1/sessions/{session_uuid}/items/0",
        content=b"{not json",
        headers={"content-type": "application/json"},
    )
    assert not_json.status_code == 422
    assert not_json.json()["error"] == "invalid_input"


def test_finishing_ends_the_log_and_a_replay_keeps_the_first_end(
    client: TestClient, runner: int
) -> None:
    session_uuid = start(client)
    items = client.get(f"/api/v1/days/{TUESDAY}/sessions").json()["sessions"][0]["items"]
    body = {
        "exercise_id": items[0]["exercise_id"],
        "reps_done": 5,
        "finished_at": "2026-11-17T06:50:00Z",
    }
    client.put(f"/api/v1/sessions/{session_uuid}/items/0", json=body)
    resumable = client.get("/api/v1/sessions", params={"status": "in_progress"}).json()
    assert [(s["uuid"], s["resume_at"]) for s in resumable] == [(session_uuid, 1)]
    finished = client.post(f"/api/v1/sessions/{session_uuid}/finish", json={"status": "finished"})
    assert finished.status_code == 200
    log = finished.json()
    assert log["status"] == "finished"
    assert log["finished_at"] is not None
    assert log["duration_s"] >= 0
    assert log["items_planned"] == len(items)
    replay = client.post(f"/api/v1/sessions/{session_uuid}/finish")
    assert replay.json()["finished_at"] == log["finished_at"]
    assert client.get("/api/v1/sessions", params={"status": "in_progress"}).json() == []
    day = client.get(f"/api/v1/days/{TUESDAY}/sessions").json()
    assert day["sessions"][0]["state"] == "finished"
    assert day["sessions"][0]["items"][0]["done"] is True


def test_abandoning_keeps_what_was_done(client: TestClient, runner: int) -> None:
    session_uuid = start(client, MONDAY, 0)
    abandoned = client.post(f"/api/v1/sessions/{session_uuid}/finish", json={"status": "abandoned"})
    assert abandoned.json()["status"] == "abandoned"
    listed = client.get("/api/v1/sessions", params={"status": "abandoned"}).json()
    assert [s["uuid"] for s in listed] == [session_uuid]
    assert_problem(
        client.post(f"/api/v1/sessions/{session_uuid}/finish", json={"status": "paused"}),
        422,
        "status",
        "paused",
    )


def test_an_unknown_session_is_404_in_json(client: TestClient, runner: int) -> None:
    unknown = str(uuid.uuid4())
    body = {"exercise_id": "assisted_slr"}
    for response in (
        client.get(f"/api/v1/sessions/{unknown}"),
        client.put(f"/api/v1/sessions/{unknown}/items/0", json=body),
        client.post(f"/api/v1/sessions/{unknown}/finish"),
        client.get(f"/api/v1/days/{TUESDAY}/sessions/0/steps", params={"session": unknown}),
    ):
        assert_problem(response, 404, "session", unknown)
        assert response.json()["error"] == "not_found"
    assert_problem(client.get("/api/v1/sessions/not-a-uuid"), 422, "path.uuid", "not-a-uuid")


def test_a_session_that_is_not_planned_is_404(client: TestClient, runner: int) -> None:
    assert_problem(client.get(f"/api/v1/days/{TUESDAY}/sessions/5/steps"), 404, "index", 5)
    body = {"uuid": str(uuid.uuid4()), "date": str(TUESDAY), "index": 5}
    assert_problem(client.post("/api/v1/sessions", json=body), 404, "index", 5)
    body |= {"index": 0, "plan_uuid": str(uuid.uuid4())}
    assert_problem(client.post("/api/v1/sessions", json=body), 404, "plan", body["plan_uuid"])
    assert client.get("/api/v1/sessions").json() == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"uuid": "x", "date": "2026-11-17", "index": 0}, "uuid"),
        ({"uuid": str(uuid.uuid4()), "date": "2026-13-01", "index": 0}, "date"),
        ({"uuid": str(uuid.uuid4()), "date": "1999-12-31", "index": 0}, "date"),
        ({"uuid": str(uuid.uuid4()), "date": "2026-11-17", "index": -1}, "index"),
        ({"uuid": str(uuid.uuid4()), "date": "2026-11-17"}, "index"),
    ],
)
def test_a_bad_start_is_422_naming_the_field(
    client: TestClient, runner: int, body: dict[str, Any], field: str
) -> None:
    assert_problem(client.post("/api/v1/sessions", json=body), 422, field)


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/days/0001-01-01/sessions",
        "/api/v1/days/9999-12-31/sessions/0/steps",
        "/api/v1/days/tomorrow/sessions",
    ],
)
def test_dates_far_off_or_malformed_are_422(client: TestClient, runner: int, path: str) -> None:
    assert_problem(client.get(path), 422, "path.date")


def test_without_a_profile_the_day_is_404_naming_the_profile(client: TestClient) -> None:
    assert_problem(client.get(f"/api/v1/days/{TUESDAY}/sessions"), 404, "profile")
    assert_problem(client.get(f"/api/v1/days/{TUESDAY}/sessions/0/steps"), 404, "profile")


def test_a_resumed_session_plays_the_plan_version_it_started_from(
    client: TestClient, runner: int
) -> None:
    session_uuid = start(client, TUESDAY, 1)
    started = client.get(f"/api/v1/sessions/{session_uuid}").json()
    newer = generate_plan(uow_of(client), RUNTIME, runner, MONDAY)
    assert newer.uuid != uuid.UUID(started["plan_uuid"])
    current = client.get(f"/api/v1/days/{TUESDAY}/sessions/1/steps").json()
    assert current["plan_uuid"] == str(newer.uuid)
    resumed = client.get(
        f"/api/v1/days/{TUESDAY}/sessions/1/steps", params={"session": session_uuid}
    ).json()
    assert resumed["plan_uuid"] == started["plan_uuid"]
    assert resumed["session"]["uuid"] == session_uuid
    assert resumed["session"]["resume_at"] == 0


def test_the_openapi_schema_documents_the_session_endpoints_with_examples(
    client: TestClient,
) -> None:
    schema = client.get("/api/v1/openapi.json").json()
    paths = schema["paths"]
    assert set(paths["/api/v1/sessions"]) == {"get", "post"}
    assert "put" in paths["/api/v1/sessions/{uuid}/items/{index}"]
    assert {"200", "201", "404", "422"} <= set(paths["/api/v1/sessions"]["post"]["responses"])
    components = schema["components"]["schemas"]
    assert components["ItemIn"]["examples"]
    assert components["StartIn"]["examples"]

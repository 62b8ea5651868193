"""``PUT /api/v1/sessions/{uuid}``: a whole finished session in one request, idempotent."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi.testclient import TestClient

from tests.integration.web.test_sessions_api import TUESDAY, assert_problem, runner  # noqa: F401


def whole_session(client: TestClient, **changes: Any) -> dict[str, Any]:
    plan = client.get("/api/v1/plans/week", params={"date": TUESDAY.isoformat()}).json()
    session = client.get(f"/api/v1/days/{TUESDAY}/sessions").json()["sessions"][0]
    items = [
        {
            "index": i,
            "exercise_id": item["exercise_id"],
            "sets_done": item["sets"],
            "reps_done": item["reps"],
            "finished_at": f"{TUESDAY}T07:00:00Z",
        }
        for i, item in enumerate(session["items"])
    ]
    body = {
        "plan_uuid": plan["uuid"],
        "date": TUESDAY.isoformat(),
        "index": 0,
        "started_at": f"{TUESDAY}T06:50:00Z",
        "finished_at": f"{TUESDAY}T07:00:00Z",
        "items": items,
    }
    return body | changes


def test_a_whole_session_is_stored_once_and_a_replay_returns_it(
    client: TestClient,
    runner: int,  # noqa: F811
) -> None:
    session_uuid = str(uuid.uuid4())
    body = whole_session(client)
    first = client.put(f"/api/v1/sessions/{session_uuid}", json=body)
    assert first.status_code == 201, first.text
    stored = first.json()
    assert stored["status"] == "finished"
    assert stored["context"] == "pre_run"
    assert len(stored["items"]) == len(body["items"])
    again = client.put(f"/api/v1/sessions/{session_uuid}", json=body)
    assert again.status_code == 200
    assert again.json() == stored
    assert client.get(f"/api/v1/sessions/{session_uuid}").json() == stored
    day = client.get(f"/api/v1/days/{TUESDAY}/sessions").json()["sessions"][0]
    assert day["state"] == "finished"


def test_an_item_that_is_not_the_planned_drill_is_refused_and_nothing_stored(
    client: TestClient,
    runner: int,  # noqa: F811
) -> None:
    body = whole_session(client)
    body["items"][0]["exercise_id"] = "deadlift"
    session_uuid = str(uuid.uuid4())
    assert_problem(
        client.put(f"/api/v1/sessions/{session_uuid}", json=body),
        422,
        "items.0.exercise_id",
        "deadlift",
    )
    assert client.get(f"/api/v1/sessions/{session_uuid}").status_code == 404


def test_bad_whole_sessions_name_their_field(
    client: TestClient,
    runner: int,  # noqa: F811
) -> None:
    late = whole_session(client, finished_at=f"{TUESDAY}T06:00:00Z")
    assert_problem(client.put(f"/api/v1/sessions/{uuid.uuid4()}", json=late), 422, "finished_at")
    twice = whole_session(client)
    twice["items"].append(dict(twice["items"][0]))
    assert_problem(client.put(f"/api/v1/sessions/{uuid.uuid4()}", json=twice), 422, "items")
    unknown = whole_session(client, plan_uuid=str(uuid.uuid4()))
    assert client.put(f"/api/v1/sessions/{uuid.uuid4()}", json=unknown).status_code == 404
    number_date = whole_session(client, date=20261124)
    assert_problem(
        client.put(f"/api/v1/sessions/{uuid.uuid4()}", json=number_date), 422, "date", 20261124
    )


def test_a_replay_that_adds_pain_and_notes_is_merged_not_dropped(
    client: TestClient,
    runner: int,  # noqa: F811
) -> None:
    session_uuid = str(uuid.uuid4())
    body = whole_session(client)
    body["items"][0] |= {"pain": 3, "pain_region": "hamstrings", "notes": "tight"}
    assert client.put(f"/api/v1/sessions/{session_uuid}", json=body).status_code == 201
    worse = whole_session(client)
    worse["items"][0] |= {"pain": 8, "pain_region": "knee", "notes": "sharp at the end"}
    milder = whole_session(client)
    milder["items"][0] |= {"pain": 1, "pain_region": "hamstrings"}
    for replay in (worse, milder):
        merged = client.put(f"/api/v1/sessions/{session_uuid}", json=replay)
        assert merged.status_code == 200, merged.text
    first = client.get(f"/api/v1/sessions/{session_uuid}").json()["items"][0]
    assert (first["pain"], first["pain_region"]) == (8, "knee")  # the worst pain is kept
    assert first["notes"] == "tight\nsharp at the end"  # no note is lost


def test_a_replay_naming_another_session_is_a_409_and_changes_nothing(
    client: TestClient,
    runner: int,  # noqa: F811
) -> None:
    session_uuid = str(uuid.uuid4())
    assert (
        client.put(f"/api/v1/sessions/{session_uuid}", json=whole_session(client)).status_code
        == 201
    )
    stored = client.get(f"/api/v1/sessions/{session_uuid}").json()
    second = client.get(f"/api/v1/days/{TUESDAY}/sessions").json()["sessions"][1]
    items = [
        {"index": i, "exercise_id": item["exercise_id"]} for i, item in enumerate(second["items"])
    ]
    other_day = whole_session(client, index=1, items=items)
    assert_problem(client.put(f"/api/v1/sessions/{session_uuid}", json=other_day), 409, "uuid")
    assert client.get(f"/api/v1/sessions/{session_uuid}").json() == stored


def test_a_started_session_replayed_whole_gets_its_items_and_end(
    client: TestClient,
    runner: int,  # noqa: F811
) -> None:
    body = whole_session(client)
    started = client.post(
        "/api/v1/sessions",
        json={"uuid": (session_uuid := str(uuid.uuid4())), "date": body["date"], "index": 0},
    )
    assert started.status_code == 201
    done = client.put(f"/api/v1/sessions/{session_uuid}", json=body)
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "finished"
    assert len(done.json()["items"]) == len(body["items"])


def test_the_session_list_pages_newest_first_with_a_cursor(
    client: TestClient,
    runner: int,  # noqa: F811
) -> None:
    stored = []
    for hour in range(5):
        session_uuid = str(uuid.uuid4())
        body = whole_session(
            client, started_at=f"{TUESDAY}T0{hour}:00:00Z", finished_at=f"{TUESDAY}T0{hour}:10:00Z"
        )
        assert client.put(f"/api/v1/sessions/{session_uuid}", json=body).status_code == 201
        stored.append(session_uuid)
    pages: list[list[str]] = []
    after: str | None = None
    while True:
        params = {"limit": 2} | ({"after": after} if after else {})
        page = [log["uuid"] for log in client.get("/api/v1/sessions", params=params).json()]
        if not page:
            break
        pages.append(page)
        after = page[-1]
    assert [len(page) for page in pages] == [2, 2, 1]
    assert [u for page in pages for u in page] == list(reversed(stored))
    unknown = client.get("/api/v1/sessions", params={"after": str(uuid.uuid4())})
    assert unknown.status_code == 404

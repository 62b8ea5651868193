"""Hostile input at every door is a 422 (or the CLI's message) naming the field; never a 5xx.

One table of bodies for the API, one of export files for the import through the API, the
settings page and the CLI; each case also checks that nothing was stored.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.integration.web.test_session_log_api import whole_session
from tests.integration.web.test_sessions_api import TUESDAY, runner  # noqa: F401

JSON = {"content-type": "application/json"}
LIMBERUP = str(Path(sys.executable).with_name("limberup"))
DEEP = b'{"a": ' * 5000 + b"1" + b"}" * 5000


def session_text(client: TestClient, **changes: Any) -> str:
    return json.dumps(whole_session(client, **changes))


def with_note(client: TestClient, note_json: str) -> bytes:
    """A whole session whose first item's note is ``note_json`` (raw JSON text)."""
    text = session_text(client)
    body = json.loads(text)
    body["items"][0]["notes"] = "@NOTE@"
    return json.dumps(body).replace('"@NOTE@"', note_json).encode()


API_CASES: list[tuple[str, Any, str]] = [
    ("nan", lambda c: session_text(c).replace('"index": 0,', '"index": NaN,', 1).encode(), "index"),
    ("infinity", lambda c: with_note(c, "Infinity"), "items.0.notes"),
    ("overflowing number", lambda c: with_note(c, "1e400"), "items.0.notes"),
    ("lone surrogate", lambda c: with_note(c, '"ok \\ud800 then"'), "items.0.notes"),
    ("NUL", lambda c: with_note(c, '"a\\u0000b"'), "items.0.notes"),
    ("invalid UTF-8", lambda c: with_note(c, '"caf@"').replace(b"@", b"\xe9"), "(body)"),
    ("deep nesting", lambda _c: DEEP, "(body)"),
    (
        "start before year 1 in UTC",
        lambda c: session_text(c, started_at="0001-01-01T00:30:00+01:00").encode(),
        "started_at",
    ),
    (
        "end after year 9999 in UTC",
        lambda c: session_text(c, finished_at="9999-12-31T23:30:00-01:00").encode(),
        "finished_at",
    ),
    ("day in year 9999", lambda c: session_text(c, date="9999-12-31").encode(), "date"),
]


@pytest.mark.parametrize(("name", "make", "field"), API_CASES, ids=[case[0] for case in API_CASES])
def test_hostile_session_bodies_are_422s_naming_the_field(
    client: TestClient,
    runner: int,  # noqa: F811
    name: str,
    make: Any,
    field: str,
) -> None:
    session_uuid = uuid.uuid4()
    response = client.put(f"/api/v1/sessions/{session_uuid}", content=make(client), headers=JSON)
    assert response.status_code == 422, (name, response.text)
    assert field in [problem["field"] for problem in response.json()["problems"]], response.text
    assert client.get(f"/api/v1/sessions/{session_uuid}").status_code == 404


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1999-12-31", "2100-01-01"])
def test_days_outside_the_range_are_422s_on_the_plan_and_week_routes(
    client: TestClient,
    runner: int,  # noqa: F811
    day: str,
) -> None:
    for response in (
        client.get("/api/v1/plans/week", params={"date": day}),
        client.post("/api/v1/plans/week", json={"date": day}),
        client.get("/api/v1/plans/decisions", params={"date": day}),
        client.get(f"/api/v1/days/{day}/sessions"),
        client.get("/week", params={"date": day}),
        client.get("/today", params={"date": day}),
    ):
        assert response.status_code == 422, (response.url, response.text)
        assert "2000-01-01" in response.text
    replanned = client.post("/week/replan", data={"date": day}, follow_redirects=False)
    assert replanned.status_code == 303  # the page's own form: an odd date plans this week


@pytest.mark.parametrize(
    ("day", "monday"), [("2000-01-01", "1999-12-27"), ("2099-12-31", "2099-12-28")]
)
def test_the_first_and_last_plannable_days_are_planned(
    client: TestClient,
    runner: int,  # noqa: F811
    day: str,
    monday: str,
) -> None:
    # 2000-01-01 is a Saturday: its week starts in 1999, and the week is still planned.
    for response in (
        client.get("/api/v1/plans/week", params={"date": day}),
        client.post("/api/v1/plans/week", json={"date": day}),
    ):
        assert response.status_code == 200, response.text
        assert response.json()["week_start"] == monday
    assert client.get(f"/api/v1/days/{day}/sessions").status_code == 200


def test_the_schema_states_the_limits_the_server_applies(client: TestClient) -> None:
    document = client.get("/api/v1/openapi.json").json()
    schemas = document["components"]["schemas"]
    drills = client.app.state.runtime.catalogue.exercises  # type: ignore[attr-defined]
    prefer = schemas["Profile"]["properties"]["prefer"]["items"]
    assert prefer == {"type": "string", "enum": sorted(d.id for d in drills)}
    assert schemas["Profile"]["properties"]["run_days"]["uniqueItems"] is True
    assert [len(form["required"]) for form in schemas["Questionnaire"]["oneOf"]] == [5, 1]
    header = next(
        p
        for p in document["paths"]["/api/v1/sessions"]["post"]["parameters"]
        if p["name"] == "X-LimberUp-Player"
    )
    assert header["schema"]["format"] == "uuid"
    assert "anyOf" not in header["schema"]  # a header is absent or a UUID, never null


def exported(client: TestClient) -> dict[str, Any]:
    client.put(f"/api/v1/sessions/{uuid.uuid4()}", json=whole_session(client))
    document: dict[str, Any] = client.get("/api/v1/export").json()
    assert document["sessions"]
    assert document["sessions"][0]["items"]
    return document


def fresh_ids(document: dict[str, Any]) -> dict[str, Any]:
    """The export with new uuids: imported into the same store, its records would all be new."""
    for key in ("sessions", "plans"):
        document[key] = [record | {"uuid": str(uuid.uuid4())} for record in document[key]]
    document["sessions"] = [
        s | {"plan_uuid": document["plans"][0]["uuid"]} for s in document["sessions"]
    ]
    return document


def _session(document: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return document | {"sessions": [document["sessions"][0] | changes]}


def _item(document: dict[str, Any], **changes: Any) -> dict[str, Any]:
    session = document["sessions"][0]
    items = [session["items"][0] | changes, *session["items"][1:]]
    return _session(document, items=items)


def _decision(document: dict[str, Any], **changes: Any) -> dict[str, Any]:
    week = document["plans"][0]["week_start"]
    decision = {"week_start": week, "exercise_id": "leg_swings", "action": "advance", "reason": "r"}
    return document | {"decisions": [decision | changes]}


def _planned(document: dict[str, Any], drill: str) -> dict[str, Any]:
    stored = json.loads(json.dumps(document["plans"][0]))
    stored["plan"]["days"][0]["sessions"][0]["items"][0]["exercise_id"] = drill
    return document | {"plans": [stored, *document["plans"][1:]]}


def _text(document: dict[str, Any]) -> bytes:
    return json.dumps(document).encode()


def _raw_note(document: dict[str, Any], raw: bytes) -> bytes:
    return _text(_item(document, notes="@NOTE@")).replace(b'"@NOTE@"', raw)


IMPORT_CASES: list[tuple[str, Any, str]] = [
    ("NaN", lambda d: _raw_note(d, b"NaN"), "sessions.0.items.0.notes"),
    ("lone surrogate", lambda d: _raw_note(d, b'"\\udc80"'), "sessions.0.items.0.notes"),
    ("NUL", lambda d: _raw_note(d, b'"x\\u0000"'), "sessions.0.items.0.notes"),
    ("invalid UTF-8", lambda d: _raw_note(d, b'"\xff\xfe"'), "(body)"),
    ("deep nesting", lambda d: _raw_note(d, b"[" * 3000 + b"]" * 3000), "(body)"),
    (
        "finished before started",
        lambda d: _session(d, finished_at="2000-01-01T00:00:00Z"),
        "sessions.0.finished_at",
    ),
    ("day outside the range", lambda d: _session(d, day="1999-12-31"), "sessions.0.day"),
    (
        "unknown drill",
        lambda d: _item(d, exercise_id="no_such_drill"),
        "sessions.0.items.0.exercise_id",
    ),
    (
        "a decision on an unknown drill",
        lambda d: _decision(d, exercise_id="no_such_drill"),
        "decisions.0.exercise_id",
    ),
    (
        "a decision moving to an unknown drill",
        lambda d: _decision(d, replacement_id="no_such_drill"),
        "decisions.0.replacement_id",
    ),
    (
        "a plan of an unknown drill",
        lambda d: _planned(d, "no_such_drill"),
        "plans.0.plan.days.0.sessions.0.items.0.exercise_id",
    ),
    (
        "a profile preferring an unknown drill",
        lambda d: (
            d
            | {
                "profile": d["profile"]
                | {"profile": d["profile"]["profile"] | {"prefer": ["leg_swings", "no_such_drill"]}}
            }
        ),
        "profile.profile.prefer.1",
    ),
    ("a session twice", lambda d: d | {"sessions": d["sessions"] * 2}, "sessions.uuid"),
    (
        "an item index twice",
        lambda d: _session(d, items=d["sessions"][0]["items"][:1] * 2),
        "sessions.0.items.item_index",
    ),
    ("a plan twice", lambda d: d | {"plans": d["plans"] * 2}, "plans.uuid"),
]


@pytest.mark.parametrize(
    ("name", "make", "field"), IMPORT_CASES, ids=[case[0] for case in IMPORT_CASES]
)
def test_hostile_import_files_are_refused_at_every_door(
    *,
    client: TestClient,
    runner: int,  # noqa: F811
    tmp_path: Path,
    name: str,
    make: Any,
    field: str,
) -> None:
    document = fresh_ids(exported(client))
    body = make(document)
    before = client.get("/api/v1/export").json()
    by_api = client.post(
        "/api/v1/import", content=body if isinstance(body, bytes) else _text(body), headers=JSON
    )
    assert by_api.status_code == 422, (name, by_api.text)
    assert field in [problem["field"] for problem in by_api.json()["problems"]], by_api.text
    file = tmp_path / "hostile.json"
    file.write_bytes(body if isinstance(body, bytes) else _text(body))
    by_page = client.post("/settings/import", files={"file": ("hostile.json", file.read_bytes())})
    assert by_page.status_code in {200, 422}
    assert "nothing was imported" in by_page.text
    by_cli = subprocess.run(
        [LIMBERUP, "import", str(file)],
        env={**os.environ, "LIMBERUP_DATA_DIR": str(tmp_path / "cli")},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert by_cli.returncode == 2, by_cli.stdout + by_cli.stderr
    assert "Traceback" not in by_cli.stderr
    assert field in by_cli.stdout + by_cli.stderr
    after = client.get("/api/v1/export").json()
    assert after["sessions"] == before["sessions"]
    assert after["plans"] == before["plans"]


def test_the_cli_refuses_a_hostile_input_file_with_a_message(tmp_path: Path) -> None:
    for name, content in (("deep", b"[" * 5000 + b"]" * 5000), ("nan", b'{"date": NaN}')):
        file = tmp_path / f"{name}.json"
        file.write_bytes(content)
        done = subprocess.run(
            [LIMBERUP, "assess", "evaluate", str(file), "--json"],
            env={**os.environ, "LIMBERUP_DATA_DIR": str(tmp_path / "data")},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 2, done.stdout + done.stderr
        assert "Traceback" not in done.stderr
        assert str(file) in done.stdout + done.stderr

"""One live player per session through HTTP: a terminal holds a session, the web takes it over.

The terminal side is what ``limberup go`` does (the session services with its token); the web
side is the API as the web player calls it, with its ``X-LimberUp-Player`` header.
"""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient

from limberup.exceptions import PlayedElsewhereError
from limberup.services.sessions import get_session, log_item, start_session
from tests.integration.web.test_sessions_api import (
    TUESDAY,
    assert_problem,
    item_body,
    start,
    store_runner,
    uow_of,
)
from tests.integration.web.test_sessions_api import planned_session as planned
from tests.unit.storage.builders import item_log

TERMINAL, WEB = uuid.UUID(int=1), uuid.UUID(int=2)


@pytest.fixture
def runner(client: TestClient) -> int:
    return store_runner(client)


def as_web(player: uuid.UUID = WEB) -> dict[str, str]:
    return {"X-LimberUp-Player": str(player)}


def terminal_session(client: TestClient, user: int) -> uuid.UUID:
    """A session started in the terminal, its first drill logged there."""
    day = client.get(f"/api/v1/days/{TUESDAY}/sessions").json()
    log = start_session(
        uow_of(client), user, plan_uuid=uuid.UUID(day["plan_uuid"]), day=TUESDAY,
        session_index=0, player=TERMINAL,
    )  # fmt: skip
    first = planned(client, user, TUESDAY, 0).items[0].exercise_id
    log_item(uow_of(client), user, log.uuid, item_log(0, first, reps_done=4), player=TERMINAL)
    return log.uuid


def test_the_web_is_told_a_terminal_plays_the_session_and_can_take_it_over(
    client: TestClient, runner: int
) -> None:
    session = terminal_session(client, runner)
    second = item_body(client, TUESDAY, 0, 1, reps_done=2)
    claims = f"/api/v1/sessions/{session}/claim"

    refused = client.post(claims, json={"player": str(WEB)})
    assert_problem(refused, 409, "session", str(session))
    assert "being played elsewhere" in refused.json()["message"]
    assert refused.json()["error"] == "conflict"
    put = client.put(f"/api/v1/sessions/{session}/items/1", json=second, headers=as_web())
    assert_problem(put, 409, "session")
    assert get_session(uow_of(client), runner, session).item(1) is None  # nothing written

    taken = client.post(claims, json={"player": str(WEB), "take_over": True})
    assert taken.status_code == 200, taken.text
    with pytest.raises(PlayedElsewhereError):  # the terminal's next write is refused
        log_item(
            uow_of(client), runner, session, item_log(1, second["exercise_id"]), player=TERMINAL
        )
    for _ in range(2):  # the web outbox may send a write twice: the replay succeeds too
        put = client.put(f"/api/v1/sessions/{session}/items/1", json=second, headers=as_web())
        assert put.status_code == 200, put.text
        done = client.post(f"/api/v1/sessions/{session}/finish", headers=as_web())
        assert done.status_code == 200, done.text

    log = get_session(uow_of(client), runner, session)
    assert [(item.item_index, item.reps_done) for item in log.items] == [(0, 4), (1, 2)]
    assert log.status.value == "finished"


def test_a_session_started_on_the_web_is_its_players_and_a_replay_keeps_working(
    client: TestClient, runner: int
) -> None:
    session = str(uuid.uuid4())
    body = {"uuid": session, "date": TUESDAY.isoformat(), "index": 0}
    assert client.post("/api/v1/sessions", json=body, headers=as_web()).status_code == 201
    assert client.post("/api/v1/sessions", json=body, headers=as_web()).status_code == 200
    item = item_body(client, TUESDAY, 0, 0, reps_done=1)
    other = as_web(uuid.uuid4())  # another tab or device
    assert (
        client.put(f"/api/v1/sessions/{session}/items/0", json=item, headers=other).status_code
        == 409
    )
    assert (
        client.put(f"/api/v1/sessions/{session}/items/0", json=item, headers=as_web()).status_code
        == 200
    )
    assert (
        client.put(f"/api/v1/sessions/{session}/items/0", json=item).status_code == 200
    )  # no token


def test_a_bad_player_token_names_the_header(client: TestClient, runner: int) -> None:
    session = start(client)
    item = item_body(client, TUESDAY, 0, 0)
    response = client.put(
        f"/api/v1/sessions/{session}/items/0", json=item, headers={"X-LimberUp-Player": "me"}
    )
    assert response.status_code == 422
    assert "X-LimberUp-Player" in response.text
    missing = client.post(f"/api/v1/sessions/{uuid.uuid4()}/claim", json={"player": str(WEB)})
    assert_problem(missing, 404, "session")

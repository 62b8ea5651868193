"""Kept answers: served again while nothing changed, never once something did."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, event

from limberup.adapters.db.database import open_database
from limberup.adapters.db.unit_of_work import SqlUnitOfWork, session_factory
from limberup.entrypoints.web.api.session_schemas import FinishedSessionIn, finished_log
from limberup.entrypoints.web.app import create_app
from limberup.entrypoints.web.read_cache import ReadCache
from limberup.services.sessions import record_session
from limberup.settings import Settings
from tests.integration.web.test_session_log_api import whole_session
from tests.integration.web.test_sessions_api import TUESDAY, runner, uow_of  # noqa: F401
from tests.web_client import local_client

PAGES = (
    "/progress",
    "/api/v1/progress",
    f"/today?date={TUESDAY}",
    f"/week?date={TUESDAY}",
    f"/api/v1/days/{TUESDAY}/sessions",
)


def kept(client: TestClient) -> ReadCache:
    cache: ReadCache = client.app.state.read_cache  # type: ignore[attr-defined]
    return cache


def finished_sessions(client: TestClient) -> int:
    count: int = client.get("/api/v1/progress").json()["adherence"]["done"]
    return count


@pytest.mark.usefixtures("runner")
def test_a_read_asked_again_is_answered_from_the_cache_with_the_same_bytes(
    client: TestClient,
) -> None:
    for path in PAGES:  # the first asking makes the week's plan
        client.get(path)
    for path in PAGES:
        first = client.get(path)
        assert first.status_code == 200
        size = len(kept(client))
        again = client.get(path)
        assert again.content == first.content
        assert again.headers["content-type"] == first.headers["content-type"]
        assert len(kept(client)) == size  # answered from what was kept, nothing new stored


@pytest.mark.usefixtures("runner")
def test_a_kept_answer_costs_one_query_the_revision(client: TestClient) -> None:
    engine: Engine = client.app.state.engine  # type: ignore[attr-defined]
    sent: list[str] = []

    def note(*args: object) -> None:
        sent.append(str(args[2]))

    for path in PAGES:
        client.get(path)
        client.get(path)  # kept from here on
        event.listen(engine, "before_cursor_execute", note)
        try:
            assert client.get(path).status_code == 200
        finally:
            event.remove(engine, "before_cursor_execute", note)
        assert len(sent) == 1, (path, sent)
        assert "data_revision" in sent[0], path
        sent.clear()


@pytest.mark.usefixtures("runner")
def test_a_session_logged_through_the_api_shows_at_once(client: TestClient) -> None:
    before = {path: client.get(path).text for path in PAGES}
    assert finished_sessions(client) == 0
    response = client.put(f"/api/v1/sessions/{uuid.uuid4()}", json=whole_session(client))
    assert response.status_code == 201
    assert finished_sessions(client) == 1
    for path in PAGES:
        assert client.get(path).text != before[path], path


def test_a_session_logged_by_another_process_shows_at_once(
    client: TestClient,
    data_dir: Path,
    runner: int,  # noqa: F811
) -> None:
    body = whole_session(client)
    assert finished_sessions(client) == 0
    # The CLI (or a second server worker) writes through its own engine on the same file.
    other = open_database(Settings(data_dir=data_dir).resolved_database_url)
    try:
        log = finished_log(uuid.uuid4(), FinishedSessionIn.model_validate(body))
        record_session(SqlUnitOfWork(session_factory(other)), runner, log)
    finally:
        other.dispose()
    assert finished_sessions(client) == 1


@pytest.mark.usefixtures("runner")
def test_a_fragment_for_htmx_and_the_whole_page_are_kept_apart(client: TestClient) -> None:
    whole = client.get("/exercises", params={"region": "hamstrings"})
    fragment = client.get(
        "/exercises", params={"region": "hamstrings"}, headers={"HX-Request": "true"}
    )
    assert "<html" in whole.text
    assert "<html" not in fragment.text
    assert "<html" in client.get("/exercises", params={"region": "hamstrings"}).text


def test_answers_that_are_not_200_are_not_kept(client: TestClient) -> None:
    assert client.get("/week", follow_redirects=False).status_code == 303  # no profile yet
    assert client.get("/api/v1/exercises/no_such_drill").status_code == 404
    assert len(kept(client)) == 0


def test_the_plan_made_on_first_asking_is_stored_before_the_answer_is_made_and_kept(
    client: TestClient,
    runner: int,  # noqa: F811
) -> None:
    path = f"/api/v1/plans/week?date={TUESDAY}"
    first = client.get(path).json()  # the plan is made (off the event loop), then answered
    assert len(kept(client)) == 1
    with uow_of(client) as uow:
        assert uow.plans.current(runner, dt.date.fromisoformat(first["week_start"])) is not None
    assert client.get(path).json() == first


@pytest.fixture
def uncached(data_dir: Path) -> Iterator[TestClient]:
    settings = Settings(data_dir=data_dir, read_cache_entries=0)
    engine = open_database(settings.resolved_database_url)
    with local_client(create_app(settings, engine)) as test_client:
        yield test_client
    engine.dispose()


def test_with_no_entries_nothing_is_kept(uncached: TestClient) -> None:
    for _ in range(2):
        assert uncached.get("/api/v1/exercises").status_code == 200
        assert uncached.get("/progress").status_code == 200
    assert len(kept(uncached)) == 0

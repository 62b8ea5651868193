"""The hostile-input tables on PostgreSQL: NUL, NaN, lone surrogates and the rest are 422s
there too (NUL in a note and NaN in an import were 500s on PostgreSQL), and nothing is stored.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from limberup.adapters.db.database import open_database
from limberup.entrypoints.web.app import create_app
from limberup.settings import Settings
from tests.integration.storage.conftest import postgres_schema
from tests.integration.web.test_hostile_input import API_CASES, IMPORT_CASES, exported, fresh_ids
from tests.integration.web.test_sessions_api import store_runner
from tests.web_client import local_client

pytestmark = pytest.mark.postgres
JSON = {"content-type": "application/json"}


@pytest.fixture(scope="module")
def pg_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A runner on a PostgreSQL schema of its own, shared by the cases (each stores nothing)."""
    with postgres_schema() as url:
        settings = Settings(data_dir=tmp_path_factory.mktemp("pg"), database_url=url)
        engine = open_database(settings.resolved_database_url)
        with local_client(create_app(settings, engine)) as client:
            store_runner(client)
            yield client
        engine.dispose()


@pytest.mark.parametrize(("name", "make", "field"), API_CASES, ids=[case[0] for case in API_CASES])
def test_hostile_session_bodies_are_422s_on_postgres(
    pg_client: TestClient, name: str, make: Any, field: str
) -> None:
    session_uuid = uuid.uuid4()
    response = pg_client.put(
        f"/api/v1/sessions/{session_uuid}", content=make(pg_client), headers=JSON
    )
    assert response.status_code == 422, (name, response.text)
    assert field in [problem["field"] for problem in response.json()["problems"]]
    assert pg_client.get(f"/api/v1/sessions/{session_uuid}").status_code == 404


@pytest.mark.parametrize(
    ("name", "make", "field"), IMPORT_CASES, ids=[case[0] for case in IMPORT_CASES]
)
def test_hostile_import_files_are_422s_on_postgres(
    pg_client: TestClient, name: str, make: Any, field: str
) -> None:
    document = fresh_ids(exported(pg_client))
    before = pg_client.get("/api/v1/export").json()
    body = make(document)
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    response = pg_client.post("/api/v1/import", content=content, headers=JSON)
    assert response.status_code == 422, (name, response.text)
    assert field in [problem["field"] for problem in response.json()["problems"]]
    after = pg_client.get("/api/v1/export").json()
    assert (after["sessions"], after["plans"]) == (before["sessions"], before["plans"])

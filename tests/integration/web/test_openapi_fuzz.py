"""Schemathesis over the OpenAPI schema: no 5xx, and every response matches its schema.

It generates requests for every operation (valid and invalid data) against the real app on a
fresh SQLite database that holds a profile, so the storage-backed operations run too.
Schemathesis collects the operations when this module loads, so the app is built here.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance

from limberup.adapters.db.database import open_database
from limberup.entrypoints.web.app import create_app
from limberup.settings import Settings
from tests.paths import EXAMPLES
from tests.web_client import local_client, on_loopback

_DATA = tempfile.TemporaryDirectory(prefix="limberup-fuzz-")  # removed when the run ends


def _app() -> FastAPI:
    configured = Settings(data_dir=Path(_DATA.name))
    app = create_app(configured, open_database(configured.resolved_database_url))
    with local_client(app) as client:
        profile = json.loads((EXAMPLES / "profile.json").read_text())
        assert client.put("/api/v1/profile", json=profile).status_code == 200
    return app


schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", on_loopback(_app()))


@schema.parametrize()
@settings(
    max_examples=25,
    derandomize=True,  # the same cases every run: CI is reproducible, a failure replays
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_the_api_never_fails_and_keeps_its_schema(case: schemathesis.Case) -> None:
    # Every check, "schema-valid data is accepted" too: the schema states the limits the
    # server enforces (plannable dates, the catalogue's drill ids, all items or a count),
    # except on the operations whose rules JSON Schema cannot state.
    cannot_state = case.operation.label in RULES_NO_SCHEMA_STATES
    case.call_and_validate(excluded_checks=[positive_data_acceptance] if cannot_state else [])


RULES_NO_SCHEMA_STATES = {
    "PUT /api/v1/sessions/{uuid}": "each item index once; an item's drill is the one planned there",
    "PUT /api/v1/sessions/{uuid}/items/{index}": "the drill is the one planned at that index",
    "POST /api/v1/sessions": "a session's day is on or before today (the clock, not the schema)",
    "POST /api/v1/assessments": "a stored test is dated on or before today (the clock)",
    "POST /api/v1/import": "ids once per file; a session's plan and drills exist; ends after start",
}
"""Operations whose rules span several fields or what is stored; each rule has its own test."""

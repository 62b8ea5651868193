"""A PostgreSQL database LimberUp may only read: health says read-only, reads and the export
work, writes are refused with a message, never a 500.

On PostgreSQL read-only is not a file mode but what the server or the role allows. Both kinds
are made for real on the test server: transactions that are read-only by default (as on a hot
standby, SQLSTATE 25006) and a role whose write rights on the tables were revoked (42501).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from limberup.adapters.db.database import open_database
from limberup.adapters.db.engine import make_engine
from limberup.entrypoints.web.app import create_app
from limberup.settings import Settings
from tests.integration.storage.conftest import postgres_schema
from tests.paths import EXAMPLES
from tests.web_client import local_client

pytestmark = pytest.mark.postgres

LIMBERUP = str(Path(sys.executable).with_name("limberup"))
PROFILE = json.loads((EXAMPLES / "profile.json").read_text())


def client_on(url: str, data_dir: Path):  # type: ignore[no-untyped-def]
    settings = Settings(data_dir=data_dir, database_url=url)
    return local_client(create_app(settings, open_database(settings.resolved_database_url)))


def read_only_transactions(url: str) -> str:
    """``url`` whose every transaction is read-only, as a hot standby's are."""
    parsed = make_url(url)
    options = f"{parsed.query['options']} -cdefault_transaction_read_only=on"
    return parsed.update_query_dict({"options": options}).render_as_string(hide_password=False)


def no_write_rights(url: str) -> str:
    """``url``, after its role lost the right to change LimberUp's tables."""
    schema = str(make_url(url).query["options"]).removeprefix("-csearch_path=")
    admin = make_engine(url)
    with admin.begin() as connection:
        connection.execute(
            text(
                f'REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "{schema}" '
                "FROM CURRENT_USER"
            )
        )
    admin.dispose()
    return url


@pytest.fixture(params=[read_only_transactions, no_write_rights])
def read_only_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated database holding a profile, then made read-only one way or the other."""
    with postgres_schema() as url:
        with client_on(url, tmp_path) as client:
            assert client.put("/api/v1/profile", json=PROFILE).status_code == 200
            client.app.state.engine.dispose()  # type: ignore[attr-defined]
        yield request.param(url)


def test_health_says_read_only_reads_work_and_writes_get_a_message(
    read_only_url: str, tmp_path: Path
) -> None:
    with client_on(read_only_url, tmp_path) as client:
        health = client.get("/api/v1/health")
        assert health.status_code == 503
        assert health.json()["database"] == "read_only"
        assert "read-only" in health.json()["message"]
        assert client.get("/api/v1/profile").json()["profile"]["age"] == 38
        assert client.get("/api/v1/export").json()["profile"]["profile"]["age"] == 38
        refused = client.put("/api/v1/profile", json=PROFILE | {"age": 40})
        assert refused.status_code == 503, refused.text
        assert refused.json()["error"] == "read_only"
        assert "nothing new can be stored" in refused.json()["message"]
        assert client.get("/api/v1/profile").json()["profile"]["age"] == 38
        client.app.state.engine.dispose()  # type: ignore[attr-defined]


def test_the_cli_exports_and_a_write_says_why_it_was_refused(
    read_only_url: str, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIMBERUP_")}
    env |= {"LIMBERUP_DATA_DIR": str(tmp_path), "LIMBERUP_DATABASE_URL": read_only_url}

    def limberup(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [LIMBERUP, *args], env=env, capture_output=True, text=True, timeout=120, check=False
        )

    exported = limberup("export")
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout)["profile"]["profile"]["age"] == 38
    written = limberup("init", "--defaults")
    assert written.returncode == 1, written.stdout + written.stderr
    assert "Traceback" not in written.stderr
    assert "read-only" in written.stderr

"""Any number of processes may start on a fresh database: one migrates, the rest wait.

Four processes open the same fresh database at the same moment, ten times in a row, on each
backend; every one must come up at the newest schema. Then four real Uvicorn workers start on
a fresh PostgreSQL schema and all four come up.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from limberup.adapters.db.database import SCHEMA_HEAD
from limberup.adapters.db.engine import make_engine
from tests.e2e.live import free_port
from tests.integration.storage.conftest import postgres_schema

WORKERS = 4
ROUNDS = 10
OPENER = """
import sys, time
from pathlib import Path
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.005)
from limberup.adapters.db.database import open_database
open_database(sys.argv[1]).dispose()
print("up")
"""


def start_together(
    url: str, tmp_path: Path, round_number: int
) -> list[subprocess.CompletedProcess[str]]:
    go = tmp_path / f"go-{round_number}"
    openers = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER, url, str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(WORKERS)
    ]
    time.sleep(1.5)  # every one has imported SQLAlchemy and waits at the line
    go.touch()
    results = []
    for opener in openers:
        out, err = opener.communicate(timeout=180)
        results.append(subprocess.CompletedProcess(opener.args, opener.returncode, out, err))
    return results


def stamped(url: str) -> str | None:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_four_processes_start_on_a_fresh_postgres_database_ten_times(tmp_path: Path) -> None:
    for round_number in range(ROUNDS):
        with postgres_schema() as url:
            results = start_together(url, tmp_path, round_number)
            failed = [r.stderr[-2000:] for r in results if r.returncode != 0]
            assert failed == [], f"round {round_number}: {failed}"
            assert stamped(url) == SCHEMA_HEAD


def test_four_processes_start_on_a_fresh_sqlite_file_together(tmp_path: Path) -> None:
    for round_number in range(3):  # the file lock is simpler; three rounds keep the suite short
        url = f"sqlite:///{tmp_path / f'round-{round_number}' / 'limberup.db'}"
        results = start_together(url, tmp_path, round_number)
        failed = [r.stderr[-2000:] for r in results if r.returncode != 0]
        assert failed == [], f"round {round_number}: {failed}"
        assert stamped(url) == SCHEMA_HEAD


@pytest.mark.postgres
def test_four_uvicorn_workers_all_come_up_on_a_fresh_postgres_database(tmp_path: Path) -> None:
    uvicorn = str(Path(sys.executable).with_name("uvicorn"))
    with postgres_schema() as url:
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("LIMBERUP_")}
        env |= {"LIMBERUP_DATA_DIR": str(tmp_path / "data"), "LIMBERUP_DATABASE_URL": url}
        server = subprocess.Popen(
            [
                uvicorn,
                "--factory",
                "limberup.entrypoints.web.asgi:app_from_environment",
                "--workers",
                str(WORKERS),
                "--port",
                str(port),
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                try:
                    if (
                        httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=2).status_code
                        == 200
                    ):
                        break
                except httpx.TransportError:
                    time.sleep(0.3)
            time.sleep(5)  # let every worker finish starting (or die)
        finally:
            server.terminate()
            output, _ = server.communicate(timeout=60)
        assert output.count("Application startup complete") == WORKERS, output
        assert "Traceback" not in output

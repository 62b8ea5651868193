"""A read-only, full or damaged data directory: health says so, writes get a message, reads
and the export still work where they can, and start-up prints a message, never a traceback.

The faults are real: a small tmpfs, filled up or remounted read-only (which needs the right to
mount; the tests are skipped without it; root alone would ignore file permissions).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from limberup.adapters.db.database import open_database
from limberup.entrypoints.web.app import create_app
from limberup.exceptions import CorruptStorageError
from limberup.settings import Settings
from tests.integration.web.test_session_log_api import whole_session
from tests.integration.web.test_sessions_api import store_runner
from tests.paths import EXAMPLES
from tests.web_client import local_client

BIN = Path(sys.executable).parent
PROFILE = json.loads((EXAMPLES / "profile.json").read_text())


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 6 MiB tmpfs of its own, unmounted afterwards."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def remount_read_only(mount: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)


def fill(mount: Path) -> None:
    with (mount / "filler").open("wb") as filler:
        try:
            while True:
                filler.write(b"\0" * 65536)
                filler.flush()
        except OSError:
            pass


def client_on(data_dir: Path):  # type: ignore[no-untyped-def]
    settings = Settings(data_dir=data_dir)
    return local_client(
        create_app(settings, open_database(settings.resolved_database_url, check_integrity=True))
    )


def store_profile(data_dir: Path) -> None:
    with client_on(data_dir) as client:
        assert client.put("/api/v1/profile", json=PROFILE).status_code == 200
        client.app.state.engine.dispose()  # type: ignore[attr-defined]


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIMBERUP_")}
    env["LIMBERUP_DATA_DIR"] = str(data_dir)
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=False)


def test_a_read_only_data_dir_reads_and_exports_and_refuses_writes(small_disk: Path) -> None:
    data_dir = small_disk / "data"
    store_profile(data_dir)
    remount_read_only(small_disk)
    with client_on(data_dir) as client:
        health = client.get("/api/v1/health")
        assert health.status_code == 503
        assert health.json()["database"] == "read_only"
        assert client.get("/api/v1/profile").json()["profile"]["age"] == 38
        assert client.get("/api/v1/export").status_code == 200
        refused = client.put("/api/v1/profile", json=PROFILE | {"age": 40})
        assert refused.status_code == 503
        assert refused.json()["error"] == "read_only"
        assert "read-only" in refused.json()["message"]
    exported = run(str(BIN / "limberup"), "export", data_dir=data_dir)
    assert exported.returncode == 0, exported.stderr
    assert '"age": 38' in exported.stdout


def test_a_read_only_copy_with_a_journal_beside_it_shows_what_the_journal_holds(
    small_disk: Path, tmp_path: Path
) -> None:
    # A copy taken while LimberUp was running: the last writes are still in limberup.db-wal.
    original = tmp_path / "data"
    store_profile(original)
    keeper = sqlite3.connect(original / "limberup.db")  # keeps the journal from being folded in
    try:
        keeper.execute("SELECT 1 FROM alembic_version").fetchall()
        with client_on(original) as client:
            assert client.put("/api/v1/profile", json=PROFILE | {"age": 41}).status_code == 200
            client.app.state.engine.dispose()  # type: ignore[attr-defined]
        assert (original / "limberup.db-wal").stat().st_size > 0
        copy = small_disk / "data"
        copy.mkdir()
        for name in ("limberup.db", "limberup.db-wal", "limberup.db-shm"):
            shutil.copy2(original / name, copy / name)
    finally:
        keeper.close()
    remount_read_only(small_disk)
    with client_on(copy) as client:
        assert client.get("/api/v1/health").json()["database"] == "read_only"
        assert client.get("/api/v1/profile").json()["profile"]["age"] == 41
        assert client.get("/api/v1/export").json()["profile"]["profile"]["age"] == 41


def test_a_full_disk_is_a_507_with_a_message_and_health_says_full(small_disk: Path) -> None:
    data_dir = small_disk / "data"
    store_profile(data_dir)
    with client_on(data_dir) as client:
        fill(small_disk)
        assert client.get("/api/v1/health").json()["database"] == "full"
        refused = client.put("/api/v1/profile", json=PROFILE | {"age": 40})
        assert refused.status_code == 507, refused.text
        assert refused.json()["error"] == "storage_full"
        assert "nothing was stored" in refused.json()["message"]
        assert client.get("/api/v1/profile").json()["profile"]["age"] == 38


def test_starting_on_a_full_disk_prints_a_message(small_disk: Path) -> None:
    fill(small_disk)
    for command in ([str(BIN / "limberup"), "serve", "--port", "1"],):
        started = run(*command, data_dir=small_disk / "data")
        assert started.returncode == 1, started.stdout + started.stderr
        assert "Traceback" not in started.stdout + started.stderr
        assert "full" in started.stdout + started.stderr


def damage(data_dir: Path) -> Path:
    database = data_dir / "limberup.db"
    with database.open("r+b") as file:  # the header stays; the pages after it are garbage
        file.seek(4096)
        file.write(b"\xa5" * 16384)
    for extra in ("limberup.db-wal", "limberup.db-shm"):
        (data_dir / extra).unlink(missing_ok=True)
    return database


def test_a_damaged_database_is_found_at_start_and_reported_without_a_traceback(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    store_profile(data_dir)
    database = damage(data_dir)
    with pytest.raises(CorruptStorageError):
        open_database(f"sqlite:///{database}", check_integrity=True)
    started = run(str(BIN / "limberup"), "serve", "--port", "1", data_dir=data_dir)
    assert started.returncode == 1
    assert "damaged" in started.stdout + started.stderr
    assert "Traceback" not in started.stdout + started.stderr
    factory = run(
        str(BIN / "uvicorn"),
        "--factory",
        "limberup.entrypoints.web.asgi:app_from_environment",
        "--port",
        "1",
        data_dir=data_dir,
    )
    assert factory.returncode == 1
    assert "damaged" in factory.stderr
    assert "Traceback" not in factory.stderr


def damage_table(database: Path, table: str) -> None:
    """Overwrite the pages of one table with garbage, leaving every other page sound."""
    with closing(sqlite3.connect(database)) as connection:
        pages = [
            row[0]
            for row in connection.execute("SELECT pageno FROM dbstat WHERE name = ?", (table,))
        ]
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    assert pages
    with database.open("r+b") as file:
        for page in pages:
            file.seek((page - 1) * size)
            file.write(b"\xa5" * size)


def test_once_a_damaged_page_is_met_nothing_more_is_written(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with client_on(data_dir) as client:
        store_runner(client)
        body = whole_session(client)
        client.app.state.engine.dispose()  # type: ignore[attr-defined]
        damage_table(data_dir / "limberup.db", "assessments")  # logging a session reads none
        met = client.get("/api/v1/assessments")
        assert met.status_code == 503
        assert "damaged" in met.json()["message"]
        assert client.get("/api/v1/health").json()["database"] == "corrupt"
        refused = client.put(f"/api/v1/sessions/{uuid.uuid4()}", json=body)
        assert refused.status_code == 503, refused.text
        assert refused.json()["error"] == "storage_unavailable"
        assert "damaged" in refused.json()["message"]
        assert client.get("/api/v1/plans/week", params={"date": body["date"]}).status_code == 200
    with closing(sqlite3.connect(data_dir / "limberup.db")) as connection:
        assert connection.execute("SELECT count(*) FROM session_logs").fetchone() == (0,)


def test_health_finds_damage_no_request_has_met_yet(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with client_on(data_dir) as client:
        store_runner(client)
        client.app.state.engine.dispose()  # type: ignore[attr-defined]
        damage_table(data_dir / "limberup.db", "assessments")  # no read below touches it
        assert client.get("/api/v1/health").json()["database"] == "ok"  # checked a minute ago
        client.app.state.pages_checked_at = float("-inf")  # type: ignore[attr-defined]
        health = client.get("/api/v1/health")
        assert health.status_code == 503
        assert health.json()["database"] == "corrupt"
        assert "damaged" in health.json()["message"]
        assert client.put("/api/v1/profile", json=PROFILE).status_code == 503  # and no writes


def test_a_file_that_is_no_database_is_reported_too(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "limberup.db").write_bytes(b"this is not a database at all" * 200)
    started = run(str(BIN / "limberup"), "serve", "--port", "1", data_dir=data_dir)
    assert started.returncode == 1
    assert "damaged" in started.stdout + started.stderr
    assert "Traceback" not in started.stdout + started.stderr


def test_health_probes_a_write(tmp_path: Path) -> None:
    with client_on(tmp_path / "data") as client:
        body = client.get("/api/v1/health").json()
        assert body["database"] == "ok"
        assert body["message"] is None

"""Start the real ``limberup`` command as a user would and talk to it over HTTP."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from limberup import __version__
from tests.e2e.live import LIMBERUP, Server, start_server
from tests.paths import EXAMPLES


@pytest.fixture
def served(data_dir: Path) -> Iterator[Server]:
    server = start_server(data_dir)
    yield server
    server.stop()


def test_version_flag_prints_the_version() -> None:
    result = subprocess.run([LIMBERUP, "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == f"limberup {__version__}"


def test_serve_on_an_empty_data_dir_creates_the_database_and_serves_pages(
    served: Server, data_dir: Path
) -> None:
    base = served.base
    health = httpx.get(f"{base}/api/v1/health")
    assert health.status_code == 200
    assert health.json()["status"] == "ok"
    home = httpx.get(f"{base}/")
    assert home.status_code == 200
    assert "LimberUp" in home.text
    assert (data_dir / "limberup.db").is_file()
    assert f"{base}/" in served.stop()


@pytest.mark.parametrize(("options", "logged"), [((), False), (("--access-log",), True)])
def test_requests_are_logged_only_when_asked(
    data_dir: Path, options: tuple[str, ...], logged: bool
) -> None:
    server = start_server(data_dir, *options)
    httpx.get(f"{server.base}/api/v1/exercises?region=hamstrings").raise_for_status()
    output = server.stop()
    assert ("GET /api/v1/exercises?region=hamstrings" in output) is logged


@pytest.mark.parametrize(
    ("option", "value"), [("--port", "70000"), ("--workers", "0"), ("--workers", "65")]
)
def test_serve_refuses_a_bad_option_with_a_clear_message(
    data_dir: Path, option: str, value: str
) -> None:
    env = {**os.environ, "LIMBERUP_DATA_DIR": str(data_dir)}
    result = subprocess.run(
        [LIMBERUP, "serve", option, value], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 2
    assert option in result.stderr
    assert value in result.stderr
    assert not data_dir.exists()


def test_serve_refuses_an_open_host_in_single_user_mode(data_dir: Path) -> None:
    env = {**os.environ, "LIMBERUP_DATA_DIR": str(data_dir)}
    result = subprocess.run(
        [LIMBERUP, "serve", "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 2
    assert "--host" in result.stderr
    assert "0.0.0.0" in result.stderr


def test_serve_says_it_is_running_only_once_it_answers(data_dir: Path) -> None:
    server = start_server(data_dir)  # returns when the ready line is printed
    try:
        # No retry: the line is printed after the socket accepts connections.
        assert httpx.get(f"{server.base}/api/v1/health", timeout=60).status_code == 200
        before_ready = server.output.split("LimberUp is running at")[0]
        assert "Starting LimberUp" in before_ready
    finally:
        server.stop()


def test_a_bare_connection_right_after_the_ready_line_is_accepted(data_dir: Path) -> None:
    server = start_server(data_dir)  # returns the moment the ready line is read
    try:
        # One attempt, no retry: a refused connection here means the line came too early.
        with socket.create_connection(_address(server), timeout=5) as sock:
            sock.sendall(b"HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            answer = _read_all(sock)
    finally:
        server.stop()
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200"), head
    assert b"content-type: text/html" in head.lower()
    assert body == b""  # HEAD answers like GET, without the body


def _address(server: Server) -> tuple[str, int]:
    host, _, port = server.base.removeprefix("http://").partition(":")
    return host, int(port)


def _read_all(sock: socket.socket) -> bytes:
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def test_a_server_that_cannot_start_fails_the_wait_at_once(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "limberup.db").write_text("not a database", encoding="utf-8")
    with pytest.raises(AssertionError, match="stopped") as failure:
        start_server(data_dir)
    # ... and the server said why, without a traceback.
    assert "database file is damaged" in str(failure.value)
    assert "Traceback" not in str(failure.value)


def test_several_workers_share_the_port_and_take_turns_to_write(data_dir: Path) -> None:
    server = start_server(data_dir, "--workers", "2")
    try:
        with httpx.Client(base_url=server.base, timeout=120) as client:
            body = finished_session_body(client)
            sent = [str(uuid.uuid4()) for _ in range(60)]

            def log(session: str) -> int:
                return client.put(f"/api/v1/sessions/{session}", json=body).status_code

            with ThreadPoolExecutor(8) as pool:
                assert list(pool.map(log, sent)) == [201] * len(sent)
            stored = client.get("/api/v1/sessions", params={"limit": 500}).json()
            assert sorted(one["uuid"] for one in stored) == sorted(sent)  # each once
    finally:
        output = server.stop()
    assert output.count("Started server process") == 2
    assert output.count("LimberUp is running at") == 1


def finished_session_body(client: httpx.Client) -> dict[str, Any]:
    """Onboard a runner from the example files; a body logging today's first session done."""
    client.put("/api/v1/profile", json=json.loads((EXAMPLES / "profile.json").read_text()))
    assessment = json.loads((EXAMPLES / "assessment.json").read_text())
    client.post("/api/v1/assessments", json={"uuid": str(uuid.uuid4()), "assessment": assessment})
    today = dt.date.today().isoformat()
    plan = client.get("/api/v1/plans/week", params={"date": today}).json()
    session = client.get(f"/api/v1/days/{today}/sessions").json()["sessions"][0]
    done = f"{today}T07:00:00Z"
    items = [
        {
            "index": i,
            "exercise_id": it["exercise_id"],
            "sets_done": it["sets"],
            "reps_done": it["reps"],
            "finished_at": done,
        }
        for i, it in enumerate(session["items"])
    ]
    return {
        "plan_uuid": plan["uuid"],
        "date": today,
        "index": 0,
        "started_at": f"{today}T06:50:00Z",
        "finished_at": done,
        "items": items,
    }

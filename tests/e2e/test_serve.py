"""Start the real ``limberup`` command as a user would and talk to it over HTTP."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from limberup import __version__
from tests.e2e.live import LIMBERUP, free_port


@pytest.fixture
def served(data_dir: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    base, process = start(data_dir)
    yield base, process
    process.terminate()
    process.wait(timeout=10)


def start(data_dir: Path, *options: str) -> tuple[str, subprocess.Popen[str]]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIMBERUP_")}
    env["LIMBERUP_DATA_DIR"] = str(data_dir)
    process = subprocess.Popen(
        [LIMBERUP, "serve", "--port", str(port), *options],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{base}/api/v1/health", timeout=1)
            break
        except httpx.TransportError:
            assert process.poll() is None, process.stdout.read() if process.stdout else ""
            time.sleep(0.1)
    return base, process


def test_version_flag_prints_the_version() -> None:
    result = subprocess.run([LIMBERUP, "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == f"limberup {__version__}"


def test_serve_on_an_empty_data_dir_creates_the_database_and_serves_pages(
    served: tuple[str, subprocess.Popen[str]], data_dir: Path
) -> None:
    base, process = served
    health = httpx.get(f"{base}/api/v1/health")
    assert health.status_code == 200
    assert health.json()["status"] == "ok"
    home = httpx.get(f"{base}/")
    assert home.status_code == 200
    assert "LimberUp" in home.text
    assert (data_dir / "limberup.db").is_file()
    process.terminate()
    output, _ = process.communicate(timeout=10)
    assert f"{base}/" in output


@pytest.mark.parametrize(("options", "logged"), [((), False), (("--access-log",), True)])
def test_requests_are_logged_only_when_asked(
    data_dir: Path, options: tuple[str, ...], logged: bool
) -> None:
    base, process = start(data_dir, *options)
    httpx.get(f"{base}/api/v1/exercises?region=hamstrings").raise_for_status()
    process.terminate()
    output, _ = process.communicate(timeout=10)
    assert ("GET /api/v1/exercises?region=hamstrings" in output) is logged


def test_serve_refuses_a_bad_port_with_a_clear_message(data_dir: Path) -> None:
    env = {**os.environ, "LIMBERUP_DATA_DIR": str(data_dir)}
    result = subprocess.run(
        [LIMBERUP, "serve", "--port", "70000"], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 2
    assert "--port" in result.stderr
    assert "70000" in result.stderr
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

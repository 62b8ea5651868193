"""The app factory under plain Uvicorn on 0.0.0.0 still answers only this machine.

This is the README's own multi-worker line: it listens on every interface, and the app itself
must refuse a client arriving from another address, and say so when it starts.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.e2e.live import free_port, start_server

UVICORN = str(Path(sys.executable).with_name("uvicorn"))
FACTORY = "limberup.entrypoints.web.asgi:app_from_environment"


def outward_address() -> str | None:
    """An address of this machine that is not loopback, if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))  # no packet is sent: this only picks a route
        except OSError:
            return None
        address: str = probe.getsockname()[0]
    return None if address.startswith("127.") else address


def wait_for(url: str, process: subprocess.Popen[str], ceiling_s: float = 60) -> None:
    deadline = time.monotonic() + ceiling_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError("uvicorn stopped")
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError(f"uvicorn did not start in {ceiling_s} s")


def start_factory(data_dir: Path, port: int, *options: str) -> subprocess.Popen[str]:
    """Plain Uvicorn running the app's factory on ``data_dir``, its output captured."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIMBERUP_")}
    env["LIMBERUP_DATA_DIR"] = str(data_dir)
    return subprocess.Popen(
        [UVICORN, "--factory", FACTORY, *options, "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_the_factory_on_every_interface_refuses_other_machines(data_dir: Path) -> None:
    outward = outward_address()
    if outward is None:
        pytest.skip("this machine has no address but loopback")
    port = free_port()
    process = start_factory(data_dir, port, "--host", "0.0.0.0")
    try:
        wait_for(f"http://127.0.0.1:{port}/api/v1/health", process)
        local = httpx.get(f"http://127.0.0.1:{port}/api/v1/export", timeout=30)
        assert local.status_code == 200
        for host in (f"{outward}:{port}", f"127.0.0.1:{port}"):  # with a forged Host as well
            remote = httpx.get(
                f"http://{outward}:{port}/api/v1/export", headers={"host": host}, timeout=30
            )
            assert remote.status_code == 403, remote.text
            assert remote.json()["problems"][0]["value"] == outward
            assert "profile" not in remote.text
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=60)
    assert "answers only requests from this machine" in output


FORGED = {"x-forwarded-for": "192.0.2.50", "x-forwarded-proto": "https"}
"""Believed, these would make the client remote and the scheme https."""


def test_plain_uvicorn_cannot_be_told_another_client_or_scheme(data_dir: Path) -> None:
    # Uvicorn believes forwarding headers from 127.0.0.1 unless told not to; the app refuses
    # them itself when no proxy is named.
    port = free_port()
    process = start_factory(data_dir, port)
    try:
        wait_for(f"http://127.0.0.1:{port}/api/v1/health", process)
        refused = httpx.get(f"http://127.0.0.1:{port}/api/v1/export", headers=FORGED, timeout=30)
        assert refused.status_code == 400, refused.text
        assert refused.json()["problems"][0]["field"] == "x-forwarded-for"
        assert "profile" not in refused.text
    finally:
        process.terminate()
        process.communicate(timeout=60)  # reads the captured output, so the pipe never fills


def test_serve_believes_a_proxy_header_only_from_the_named_proxy(tmp_path: Path) -> None:
    server = start_server(tmp_path / "no-proxy")
    try:
        refused = httpx.get(f"{server.base}/api/v1/health", headers=FORGED, timeout=30)
        assert refused.status_code == 400
    finally:
        server.stop()
    server = start_server(tmp_path / "proxied", settings={"TRUSTED_PROXY": "127.0.0.1"})
    try:
        # Believed from the named proxy: the client is on another machine, so single-user
        # mode refuses it.
        remote = httpx.get(f"{server.base}/api/v1/export", headers=FORGED, timeout=30)
        assert remote.status_code == 403
        assert remote.json()["problems"][0]["value"] == "192.0.2.50"
    finally:
        server.stop()

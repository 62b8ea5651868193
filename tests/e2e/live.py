"""A real ``limberup serve`` on a free port, and Debian's chromium, for end-to-end tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from playwright.sync_api import Browser, sync_playwright

from tests.conftest import chromium_or_skip

LIMBERUP = str(Path(sys.executable).with_name("limberup"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
"""Flags for a closed network: without the background ones chromium keeps dialling out."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def served(data_dir: Path, *, timeout_s: float = 30) -> Iterator[str]:
    """``limberup serve`` on ``data_dir`` (other ``LIMBERUP_*`` settings cleared); its URL."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIMBERUP_")}
    env["LIMBERUP_DATA_DIR"] = str(data_dir)
    process = subprocess.Popen(
        [LIMBERUP, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout_s
    try:
        while True:
            try:
                httpx.get(f"{base}/api/v1/health", timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None, "limberup serve stopped"
                assert time.monotonic() < deadline, "limberup serve did not answer"
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextmanager
def chromium() -> Iterator[Browser]:
    """Debian's chromium under Playwright (skipped where missing, a failure in CI)."""
    path = chromium_or_skip()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()

"""A real ``limberup serve`` on a free port, and Debian's chromium, for end-to-end tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, expect, sync_playwright

from tests.conftest import chromium_or_skip
from tests.e2e.waits import WAIT_CEILING_S

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


EXPECT_TIMEOUT_MS = 30_000
"""How long a browser test waits for the page to show what it expects."""

READY_LINE = "LimberUp is running at"
"""What ``serve`` prints once it accepts connections (and not before)."""


class Server:
    """A started ``limberup serve``: its URL, and everything it has printed so far."""

    def __init__(self, process: subprocess.Popen[str], base: str) -> None:
        self.process = process
        self.base = base
        self.lines: list[str] = []
        self._ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def _read(self) -> None:
        # Drained to the end, so a chatty server never blocks on a full pipe.
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)
            if READY_LINE in line:
                self._ready.set()
        self._ready.set()  # the process ended: wait_ready sees it

    def wait_ready(self, ceiling_s: float = WAIT_CEILING_S) -> None:
        """Wait while the process lives and starts; fail at once if it stops."""
        if not self._ready.wait(ceiling_s):
            raise AssertionError(
                f"limberup serve did not start in {ceiling_s:.0f} s:\n{self.output}"
            )
        if READY_LINE not in self.output:  # its output ended before it was ready
            raise AssertionError(f"limberup serve stopped:\n{self.output}")

    def stop(self) -> str:
        """Stop the server; everything it printed."""
        self.process.terminate()
        self.process.wait(timeout=60)
        self._reader.join(timeout=60)
        return self.output


def start_server(
    data_dir: Path, *options: str, port: int | None = None, settings: dict[str, str] | None = None
) -> Server:
    """``limberup serve`` on ``data_dir`` and ``port`` (a free one by default), ready.

    Other ``LIMBERUP_*`` variables are cleared; ``settings`` sets some (``{"RELEASE": "2"}``).
    """
    port = port or free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIMBERUP_")}
    env.update({f"LIMBERUP_{name}": value for name, value in (settings or {}).items()})
    env["LIMBERUP_DATA_DIR"] = str(data_dir)
    env["PYTHONUNBUFFERED"] = "1"  # the ready line arrives when it is printed
    process = subprocess.Popen(
        [LIMBERUP, "serve", "--port", str(port), *options],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    server = Server(process, f"http://127.0.0.1:{port}")
    try:
        server.wait_ready()
    except BaseException:
        server.stop()
        raise
    return server


@contextmanager
def served(data_dir: Path) -> Iterator[str]:
    """``limberup serve`` on ``data_dir``, ready; its URL."""
    server = start_server(data_dir)
    try:
        yield server.base
    finally:
        server.stop()


@contextmanager
def chromium() -> Iterator[Browser]:
    """Debian's chromium under Playwright (skipped where missing, a failure in CI)."""
    path = chromium_or_skip()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        # Playwright's 5 s default for expect() fails on a loaded two-core machine, where the
        # page is slow but making progress; a stuck page still fails, later.
        expect.set_options(timeout=EXPECT_TIMEOUT_MS)
        try:
            yield browser
        finally:
            browser.close()

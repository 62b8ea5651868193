"""Single key presses from the terminal, without Enter, for the session player.

On a terminal the reader switches it to cbreak mode (keys arrive one by one, not echoed) and
restores it on exit, and around any question asked in between (:meth:`KeyReader.cooked`).
When standard input is not a terminal (a pipe, a test), or the platform has no POSIX terminal
control (Windows), no keys arrive and the player runs through on its own.
"""

from __future__ import annotations

import os
import select
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Any, Self

try:  # POSIX only: on Windows the player runs without single-key control
    import termios
    import tty
except ImportError:  # pragma: no cover - exercised by the test that removes them
    termios = None  # type: ignore[assignment]
    tty = None  # type: ignore[assignment]


class KeyReader:
    """Reads one key at a time from standard input; a context manager."""

    def __init__(self) -> None:
        self._fd = sys.stdin.fileno() if sys.stdin is not None else -1
        self._saved: list[Any] | None = None

    @property
    def interactive(self) -> bool:
        return termios is not None and self._fd >= 0 and os.isatty(self._fd)

    def __enter__(self) -> Self:
        if self.interactive:
            self._saved = termios.tcgetattr(self._fd)
            tty.setcbreak(self._fd)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._restore()

    def read(self, timeout: float) -> str | None:
        """The next key pressed within ``timeout`` seconds, or None (also without a terminal)."""
        if self._saved is None:
            return None
        ready, _, _ = select.select([self._fd], [], [], timeout)
        if not ready:
            return None
        data = os.read(self._fd, 1)
        if not data:
            return None
        return data.decode("utf-8", errors="replace")

    def wait(self, timeout: float) -> str | None:
        """As :meth:`read`, but sleeps through ``timeout`` without a terminal too."""
        if self._saved is None:
            select.select([], [], [], timeout)
            return None
        return self.read(timeout)

    @contextmanager
    def cooked(self) -> Iterator[None]:
        """Line-by-line, echoed input for the duration of a question."""
        saved = self._saved
        self._restore()
        try:
            yield
        finally:
            if saved is not None:
                self._saved = termios.tcgetattr(self._fd)
                tty.setcbreak(self._fd)

    def _restore(self) -> None:
        if self._saved is not None:
            termios.tcsetattr(self._fd, termios.TCSADRAIN, self._saved)
            self._saved = None

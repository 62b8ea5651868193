"""Without POSIX terminal control (Windows) the key reader gives no keys and the player runs on."""

from __future__ import annotations

import os

import pytest

from limberup.entrypoints.cli import terminal_keys


def test_without_termios_a_terminal_gives_no_keys_and_waiting_still_waits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    leader, follower = os.openpty()
    with os.fdopen(follower, "r") as terminal:
        monkeypatch.setattr(terminal_keys.sys, "stdin", terminal)
        assert terminal_keys.KeyReader().interactive  # a real terminal, with termios
        monkeypatch.setattr(terminal_keys, "termios", None)
        monkeypatch.setattr(terminal_keys, "tty", None)
        os.write(leader, b"n")
        with terminal_keys.KeyReader() as keys:
            assert not keys.interactive
            assert keys.read(0.01) is None
            assert keys.wait(0.01) is None
            with keys.cooked():
                pass
    os.close(leader)

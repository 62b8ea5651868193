"""Spoken cues through ``espeak-ng`` when it is installed: optional, never required.

One cue at a time: a new one cuts the one still being spoken, so the voice never lags behind
the screen. Without ``espeak-ng`` on ``PATH`` the player is silent and says so once.
"""

from __future__ import annotations

import shutil
import subprocess

ESPEAK = "espeak-ng"
WORDS_PER_MINUTE = "150"
"""A little slower than espeak-ng's 175, for cues heard mid-movement."""


class Voice:
    """Speaks short cues in the background."""

    def __init__(self, command: str | None) -> None:
        self._command = command
        self._speaking: subprocess.Popen[bytes] | None = None

    @classmethod
    def find(cls, *, wanted: bool) -> Voice:
        """A voice through ``espeak-ng`` if ``wanted`` and installed, else a silent one."""
        return cls(shutil.which(ESPEAK) if wanted else None)

    @property
    def available(self) -> bool:
        return self._command is not None

    def say(self, text: str) -> None:
        """Start speaking ``text``, cutting any cue still being spoken."""
        if self._command is None or not text:
            return
        self.stop()
        try:
            self._speaking = subprocess.Popen(
                [self._command, "-s", WORDS_PER_MINUTE, text],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError:
            self._command = None  # it went away, or cannot run: carry on silently

    def stop(self) -> None:
        """Cut the cue being spoken, if any."""
        if self._speaking is not None and self._speaking.poll() is None:
            self._speaking.terminate()
            self._speaking.wait()
        self._speaking = None

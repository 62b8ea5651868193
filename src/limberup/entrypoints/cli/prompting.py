"""Questions with a default: Enter takes it; a bad answer is refused with the reason, asked again.

The parsers are those of ``limberup assess`` (``assess.asking``), so a number is checked
against the very field of the model it fills.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from rich.console import Console
from rich.markup import escape

T = TypeVar("T")
NONE_ANSWERS = frozenset({"-", "none", "no"})


class Stopped(Exception):  # noqa: N818 - the runner's choice, not an error
    """Input ended (Ctrl-D) or was interrupted (Ctrl-C) before the questions were done."""


@dataclass(frozen=True)
class Prompter:
    """Asks on ``console`` until an answer parses."""

    console: Console

    def ask(self, question: str, parse: Callable[[str], T], *, default: str | None = None) -> T:
        """Ask ``question``; an empty answer means ``default`` when there is one.

        Raises:
            Stopped: input ended or was interrupted.
        """
        shown = f" [{default}]" if default not in (None, "") else ""
        while True:
            try:
                answer = self.console.input(f"{escape(question)}{escape(shown)} ").strip()
            except (EOFError, KeyboardInterrupt):
                raise Stopped from None
            if not answer and default is not None:
                answer = default
            try:
                return parse(answer)
            except ValueError as error:
                self.console.print(f"  [red]Not accepted:[/] {escape(str(error))}. Try again.")


def optional(parse: Callable[[str], T]) -> Callable[[str], T | None]:
    """A parser that also takes ``-`` (or nothing) for "none"."""

    def parse_optional(answer: str) -> T | None:
        if not answer or answer.lower() in NONE_ANSWERS:
            return None
        return parse(answer)

    return parse_optional


CLOCK = re.compile(r"(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))?\s*(?P<half>am|pm)?")
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def clock_time(answer: str) -> dt.time:
    """A time of day: ``08:00``, ``8:00``, ``8.30``, ``18h30``, ``7am`` or ``6:30 pm``."""
    match = CLOCK.fullmatch(answer.strip().lower())
    hour = int(match["hour"]) if match else -1
    minute = int(match["minute"] or 0) if match else -1
    if match and match["half"]:
        hour = -1 if not 1 <= hour <= 12 else hour % 12 + (12 if match["half"] == "pm" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError(f"{answer!r} is not a time of day such as 7:30 or 18:00")
    return dt.time(hour, minute)


def weekday_aliases(codes: Sequence[str]) -> dict[str, str]:
    """Every common way to write a weekday, for the three-letter codes ``mon`` ... ``sun``.

    A day's full name and any start of it that names no other day (``tu``, ``thurs``, ``sa``).
    """
    aliases: dict[str, str] = {"weds": "wed"}
    for code, name in zip(codes, WEEKDAY_NAMES, strict=True):
        for length in range(2, len(name) + 1):
            start = name[:length]
            if sum(other.startswith(start) for other in WEEKDAY_NAMES) == 1:
                aliases[start] = code
    return aliases


def whole_in(low: int, high: int) -> Callable[[str], int]:
    """A whole number from ``low`` to ``high``."""

    def parse(answer: str) -> int:
        try:
            value = int(answer)
        except ValueError:
            raise ValueError(f"{answer!r} is not a whole number") from None
        if not low <= value <= high:
            raise ValueError(f"{value} is not between {low} and {high}")
        return value

    return parse


def free_text(limit: int) -> Callable[[str], str | None]:
    """Any text up to ``limit`` characters; nothing means none."""

    def parse(answer: str) -> str | None:
        if len(answer) > limit:
            raise ValueError(f"that is {len(answer)} characters; {limit} at most")
        return answer or None

    return parse

"""Asking one question until the answer is valid, with ``s`` to skip the whole test.

Numbers are checked against the very field of the assessment model they will fill, so the
interactive flow and ``assess evaluate`` accept exactly the same values.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError
from rich.console import Console
from rich.markup import escape

T = TypeVar("T")
Parse = Callable[[str], T]

SKIP_ANSWERS = frozenset({"s", "skip"})


class SkipTest(Exception):  # noqa: N818 - a signal, not an error
    """The runner chose to skip the test being asked about."""


@dataclass(frozen=True)
class Asker:
    """Asks questions on a console and re-asks, with the reason, until an answer is valid."""

    console: Console

    def ask(self, question: str, parse: Parse[T]) -> T:
        """Ask ``question`` until ``parse`` accepts the answer.

        Args:
            question: what to ask, including the allowed answers.
            parse: turns the answer into a value, or raises ValueError with the reason.

        Raises:
            SkipTest: the runner answered ``s``.
        """
        while True:
            answer = self.console.input(f"{escape(question)} ").strip()
            if answer.lower() in SKIP_ANSWERS:
                raise SkipTest
            try:
                return parse(answer)
            except ValueError as error:
                self.console.print(
                    f"  [red]Not accepted:[/] {escape(str(error))}. "
                    "Try again, or answer s to skip this test."
                )


def _field_adapter(model: type[BaseModel], name: str) -> TypeAdapter[Any]:
    info = model.model_fields[name]
    annotation: Any = info.annotation
    if info.metadata:
        annotation = Annotated[(annotation, *info.metadata)]
    return TypeAdapter(annotation)


def _check(adapter: TypeAdapter[Any], value: T) -> T:
    try:
        adapter.validate_python(value)
    except ValidationError as error:
        raise ValueError(error.errors()[0]["msg"].lower()) from None
    return value


def number(model: type[BaseModel], name: str) -> Parse[float]:
    """A parser for a decimal number valid for ``model.name``."""
    adapter = _field_adapter(model, name)

    def parse(answer: str) -> float:
        try:
            value = float(answer.replace(",", "."))
        except ValueError:
            raise ValueError(f"{answer!r} is not a number") from None
        if not math.isfinite(value):
            raise ValueError(f"{answer!r} is not a finite number")
        return _check(adapter, value)

    return parse


def whole(model: type[BaseModel], name: str) -> Parse[int]:
    """A parser for a whole number valid for ``model.name``."""
    adapter = _field_adapter(model, name)

    def parse(answer: str) -> int:
        try:
            value = int(answer)
        except ValueError:
            raise ValueError(f"{answer!r} is not a whole number") from None
        return _check(adapter, value)

    return parse


def yes_no(answer: str) -> bool:
    """``y``/``yes`` or ``n``/``no``."""
    lowered = answer.lower()
    if lowered in {"y", "yes"}:
        return True
    if lowered in {"n", "no"}:
        return False
    raise ValueError(f"{answer!r} is not y or n")


def choice(*options: str) -> Parse[str]:
    """A parser for one of ``options``, or an unambiguous start of one."""

    def parse(answer: str) -> str:
        lowered = answer.lower()
        matches = [option for option in options if option.startswith(lowered)] if lowered else []
        if lowered in options:
            return lowered
        if len(matches) == 1:
            return matches[0]
        raise ValueError(f"{answer!r} is not one of {', '.join(options)}")

    return parse


def several(
    options: Sequence[str], *, aliases: Mapping[str, str] | None = None
) -> Parse[list[str]]:
    """A parser for a list drawn from ``options``, or ``none``.

    Entries may be separated by commas, spaces or "and"; an option made of several words
    (``foam_roller``) may be typed with spaces (``foam roller``). ``aliases`` maps other
    spellings to options (``{"tuesday": "tue"}``).
    """
    known = {option.lower(): option for option in options}
    known |= {alias.lower(): option for alias, option in (aliases or {}).items()}
    longest = max((len(key.split("_")) for key in known), default=1)

    def parse(answer: str) -> list[str]:
        lowered = answer.lower().strip()
        if lowered in {"none", "no", "n", ""}:
            return []
        chosen: list[str] = []
        unknown: list[str] = []
        for part in re.split(r"[,;/]", lowered):
            words = [w for w in re.split(r"[\s_]+", part.strip()) if w and w not in {"and", "&"}]
            start = 0
            while start < len(words):
                for size in range(min(longest, len(words) - start), 0, -1):
                    key = "_".join(words[start : start + size])
                    if key in known:
                        chosen.append(known[key])
                        start += size
                        break
                else:
                    unknown.append(words[start])
                    start += 1
        if unknown:
            verb = "is" if len(unknown) == 1 else "are"
            named = ", ".join(repr(word) for word in unknown)
            shown = ", ".join(option.replace("_", " ") for option in options)
            raise ValueError(f"{named} {verb} not among {shown}")
        return list(dict.fromkeys(chosen))

    return parse

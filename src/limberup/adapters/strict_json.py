"""JSON that every door reads the same way: text a person can trust to be stored as sent.

Python's ``json`` accepts what LimberUp must not store: ``NaN`` and ``Infinity`` (and numbers
so large they become infinite), which export back as ``null`` and make a backup that cannot be
restored; strings holding NUL, which PostgreSQL refuses; lone surrogates, which no database
can encode; and nesting so deep that parsing raises ``RecursionError``. Bytes that are not
UTF-8 are refused rather than silently mended. The API's bodies and the import, through the
web and the CLI, are all read by :func:`loads`.
"""

from __future__ import annotations

import json
import math
from typing import Any, Final

from limberup.exceptions import InputError

MAX_DEPTH: Final = 32
"""Far deeper than any LimberUp document (an export is about six levels)."""


class JsonTextError(InputError):
    """JSON text that is malformed or holds a value LimberUp does not store."""


class JsonSyntaxError(JsonTextError):
    """Text that is not JSON at all; ``reason`` says what and where."""

    def __init__(self, reason: str, where: str) -> None:
        super().__init__("(body)", where, f"a JSON document ({reason})")
        self.reason = f"not valid JSON ({reason} at {where})"


class _NonFinite(str):
    """``NaN`` or ``Infinity`` as parsed: kept as a marker so the walk can name its field."""


def loads(data: bytes | str, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse JSON, refusing invalid UTF-8, non-finite numbers, NUL, lone surrogates, deep nesting.

    Raises:
        JsonTextError: naming where (a dotted path such as ``sessions.0.items.1.notes``), what
            was found and what is allowed.
    """
    walk = not isinstance(data, bytes)  # text given as str may hold raw lone surrogates
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise JsonTextError(
                "(body)", f"byte {error.start}", "text in UTF-8 (this is not valid UTF-8)"
            ) from None
    else:
        text = data

    def parse_float(number: str) -> float:
        nonlocal walk
        value = float(number)
        walk = walk or not math.isfinite(value)
        return value

    def parse_constant(name: str) -> Any:
        nonlocal walk
        walk = True
        return _NonFinite(name)

    try:
        value = json.loads(text, parse_constant=parse_constant, parse_float=parse_float)
    except json.JSONDecodeError as error:
        raise JsonSyntaxError(error.msg, f"line {error.lineno}, column {error.colno}") from None
    except RecursionError:
        raise JsonTextError(
            "(body)", "nesting", f"JSON nested at most {max_depth} levels deep"
        ) from None
    if walk or _may_hide_bad_text_or_depth(text, max_depth):
        check(value, max_depth=max_depth)
    return value


def _may_hide_bad_text_or_depth(text: str, max_depth: int) -> bool:
    """Whether UTF-8 text needs the walk to be sure of it. ``json`` refuses raw control
    characters and UTF-8 holds no surrogates, so NUL and lone surrogates arrive only as
    ``\\u`` escapes; text with no more brackets than ``max_depth`` cannot nest deeper.
    Skipping the walk saves a tenth of the time of logging a session."""
    return "\\u" in text or text.count("{") + text.count("[") > max_depth


def check(value: Any, *, max_depth: int = MAX_DEPTH) -> None:
    """Walk parsed JSON without recursion and refuse the first value LimberUp does not store."""
    pending: list[tuple[Any, tuple[str, ...]]] = [(value, ())]
    while pending:
        node, path = pending.pop()
        if len(path) > max_depth:
            raise JsonTextError(
                _dotted(path), "nesting", f"JSON nested at most {max_depth} levels deep"
            )
        if isinstance(node, dict):
            for key, item in node.items():
                _check_text(key, (*path, "(key)"))
                pending.append((item, (*path, key)))
        elif isinstance(node, list):
            pending.extend((item, (*path, str(index))) for index, item in enumerate(node))
        elif isinstance(node, _NonFinite):
            raise JsonTextError(_dotted(path), str(node), "a finite number (not NaN or Infinity)")
        elif isinstance(node, str):
            _check_text(node, path)
        elif isinstance(node, float) and not math.isfinite(node):
            raise JsonTextError(_dotted(path), str(node), "a finite number (this one overflows)")


def _check_text(text: str, path: tuple[str, ...]) -> None:
    if "\x00" in text:
        raise JsonTextError(_dotted(path), text[:60], "text without NUL characters (\\u0000)")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        shown = text[:60].encode("utf-8", errors="backslashreplace").decode()
        raise JsonTextError(
            _dotted(path),
            shown,
            "text of whole characters (a lone surrogate such as \\ud800 is not one)",
        ) from None


def _dotted(path: tuple[str, ...]) -> str:
    return ".".join(path) or "(body)"

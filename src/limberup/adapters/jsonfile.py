"""Read JSON input files with errors a person can act on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from limberup.exceptions import InputFileError


def read_json(path: Path, *, what: str) -> Any:
    """Parse a JSON file.

    Args:
        path: the file.
        what: the option or field it was given as (``--profile``), for the message.

    Raises:
        InputFileError: missing, unreadable or malformed, with the line and column.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputFileError(what, str(path), "no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise InputFileError(what, str(path), f"cannot be read ({reason})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputFileError(
            what,
            str(path),
            f"not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})",
        ) from None

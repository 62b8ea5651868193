"""Read JSON input files with errors a person can act on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from limberup.adapters import strict_json
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
        return strict_json.loads(text)
    except strict_json.JsonSyntaxError as error:
        raise InputFileError(what, str(path), error.reason) from None
    except strict_json.JsonTextError as error:
        raise InputFileError(
            what, str(path), f"{error.field}: {error.expected} (got {error.value!r})"
        ) from None

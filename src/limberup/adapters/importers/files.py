"""Read an outside catalogue's JSON file, and store an import, with errors a user can act on."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from limberup.adapters import jsonfile
from limberup.adapters.importers.model import ImportResult, RecordProblem
from limberup.exceptions import ImportFormatError, InputFileError


def read_json(path: Path) -> object:
    """The parsed contents of ``path``.

    Raises:
        ImportFormatError: the file is missing, unreadable, or not JSON.
    """
    try:
        data: object = jsonfile.read_json(path, what="catalogue file")
    except InputFileError as error:
        raise _file_error(path, error.problem) from None
    return data


def write_import(result: ImportResult, path: Path) -> None:
    """Store ``result`` as JSON at ``path`` in one step: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(result.model_dump_json(indent=2))
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _file_error(path: Path, message: str) -> ImportFormatError:
    return ImportFormatError(str(path), [RecordProblem(None, None, "", message)])

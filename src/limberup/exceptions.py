"""Every error LimberUp raises on purpose, as one hierarchy::

    LimberUpError
    ├── InputError                  bad input a person can fix: names the field, the value,
    │   │                           what is allowed (CLI: exit 2; HTTP: 422)
    │   ├── UnknownIdError          an id that names nothing in the catalogue (404 for a path id)
    │   ├── InputFileError          a file given as input is missing, unreadable or not JSON
    │   ├── ImportFormatError       an outside catalogue file or some of its records are malformed
    │   └── StoredDataError         a use case cannot go on with what is stored (422)
    │       ├── MissingProfileError no profile yet (404)
    │       ├── ConflictError       the request clashes with what is stored now (409)
    │       │   └── PlayedElsewhereError another player is the session's live player
    │       └── NotFoundError       a record named by its id is not stored (404)
    │           ├── NotPlannedError     the day has no session at that place
    │           ├── UnknownPlanError    a session log names a plan the runner does not have
    │           └── UnknownSessionError an item or status names a session log not stored
    ├── CatalogueError              the exercise library's data files are invalid (exit 1; 500)
    └── StorageError                the database cannot be used as it is (exit 1; 503)
        ├── SchemaTooNewError       written by a newer LimberUp: never touched
        ├── ReadOnlyStorageError    the data can be read but not written (503 on a write)
        ├── StorageFullError        the disk is full: nothing was stored (507)
        └── CorruptStorageError     the database file is damaged

Entry points map each branch once: the CLI in ``entrypoints/cli/store.py`` (``reported``) and
the web app in ``entrypoints/web/errors.py``. Validation by pydantic raises
``pydantic.ValidationError`` instead; both carry the same three facts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable


class LimberUpError(Exception):
    """Base class of every error LimberUp raises deliberately."""


class InputError(LimberUpError):
    """A value a person gave that LimberUp cannot use.

    Args:
        field: where the value was given, as a dotted path (``profile.avoid.0``) or an option.
        value: what was given.
        expected: what is allowed, in plain words.
    """

    def __init__(self, field: str, value: object, expected: str) -> None:
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(f"{field}: {expected} (got {value!r})")


class UnknownIdError(InputError):
    """An exercise, program or other id that names nothing known."""

    def __init__(self, field: str, value: str, known: Iterable[str]) -> None:
        options = sorted(known)
        shown = ", ".join(options[:12]) + (", ..." if len(options) > 12 else "")
        super().__init__(field, value, f"an id that exists, such as {shown}")


class InputFileError(InputError):
    """A file given as input is missing, unreadable or not JSON.

    Args:
        what: the option or field the file was given as (``--profile``).
        path: the file.
        problem: what is wrong with it (``no such file``, ``not valid JSON (...)``).
    """

    def __init__(self, what: str, path: str, problem: str) -> None:
        super().__init__(what, path, "an existing, readable UTF-8 JSON file")
        self.problem = problem
        self.args = (f"{what} {path}: {problem}",)


class ImportFormatError(InputError):
    """An outside catalogue's file or some of its records are malformed; nothing was imported.

    Args:
        source: the file.
        problems: each problem, printable (record, field, message).
    """

    SHOWN = 20

    def __init__(self, source: str, problems: Iterable[object]) -> None:
        self.source = source
        self.problems = tuple(problems)
        lines = [f"{source}: {problem}" for problem in self.problems[: self.SHOWN]]
        if len(self.problems) > self.SHOWN:
            lines.append(f"{source}: ... and {len(self.problems) - self.SHOWN} more problems")
        lines.append(f"{source}: nothing was imported")
        super().__init__(source, source, "a catalogue file in the expected format")
        self.args = ("\n".join(lines),)


class StoredDataError(InputError):
    """A use case cannot go on with what is stored (or not stored) for this runner.

    Args:
        field: what was asked for, as the user named it (``session``, ``profile``).
        value: what was given.
        expected: what is allowed, in plain words.
        message: the whole message, when the field-value-expected form would read badly.
    """

    def __init__(self, field: str, value: object, expected: str, *, message: str = "") -> None:
        super().__init__(field, value, expected)
        if message:
            self.args = (message,)


class MissingProfileError(StoredDataError):
    """The runner has no profile yet, and the use case needs one."""

    def __init__(self) -> None:
        super().__init__(
            "profile",
            None,
            "a stored profile",
            message="no profile yet: run `limberup init` to set your week, time and kit first",
        )


class ConflictError(StoredDataError):
    """What was asked clashes with what is stored now (a session played elsewhere, say)."""


class PlayedElsewhereError(ConflictError):
    """A session is being played by another player: this one's write was refused, unwritten.

    The other player took the session (or still holds it); this player can take it over
    explicitly (``limberup go --take-over``, or the web player's "Take over here").
    """

    def __init__(self, session_uuid: object) -> None:
        super().__init__(
            "session",
            str(session_uuid),
            "a session this player holds",
            message=(
                f"session {session_uuid} is being played elsewhere (another `limberup go` or "
                "the web player): nothing was written here. Take it over to play it here."
            ),
        )


class NotFoundError(StoredDataError):
    """A record named by its id is not stored for this runner."""

    def __init__(self, kind: str, value: object) -> None:
        super().__init__(kind, str(value), f"the id of a stored {kind}")


class NotPlannedError(NotFoundError):
    """The day has no session at that place."""

    def __init__(self, day: dt.date, index: int, count: int) -> None:
        allowed = f"0-{count - 1}" if count else "none: nothing is planned that day"
        StoredDataError.__init__(self, "index", index, f"a session of {day.isoformat()}: {allowed}")


class UnknownPlanError(NotFoundError):
    """A session log names a plan this runner does not have."""

    def __init__(self, plan_uuid: object) -> None:
        super().__init__("plan", plan_uuid)


class UnknownSessionError(NotFoundError):
    """An item or a status names a session log this runner does not have."""

    def __init__(self, session_uuid: object) -> None:
        super().__init__("session", session_uuid)


class CatalogueError(LimberUpError):
    """The data files do not form a valid catalogue; ``problems`` says where and why."""

    def __init__(self, problems: Iterable[object]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


class StorageError(LimberUpError):
    """The database cannot be used as it is."""


class SchemaTooNewError(StorageError):
    """The database was written by a newer LimberUp; touching it could damage it."""


class ReadOnlyStorageError(StorageError):
    """The data directory or database is read-only: reads and exports work, writes do not."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "LimberUp's data is read-only here"
            + (f" ({detail})" if detail else "")
            + ": you can look at it and export it, but nothing new can be stored until "
            "LimberUp may write to its data (directory or database) again."
        )


class StorageFullError(StorageError):
    """The disk holding the data is full; what was being stored was not."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "The disk holding LimberUp's data is full, so nothing was stored"
            + (f" ({detail})" if detail else "")
            + ". Free some space and try again; everything stored before is safe."
        )


class CorruptStorageError(StorageError):
    """The database file is damaged (not a database, or pages fail their check)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "LimberUp's database file is damaged"
            + (f" ({detail})" if detail else "")
            + ". Nothing was changed. Restore it from a backup or an export "
            "(limberup import), or recover what is readable with sqlite3's .recover."
        )

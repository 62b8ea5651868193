"""Errors of the stored-data use cases; each is an ``InputError`` a person can act on.

Entry points already turn an ``InputError`` into exit code 2 (CLI) or HTTP 422 (API).
"""

from __future__ import annotations

from limberup.exceptions import InputError


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


class NotFoundError(StoredDataError):
    """A record named by its id is not stored for this runner."""

    def __init__(self, kind: str, value: object) -> None:
        super().__init__(kind, str(value), f"the id of a stored {kind}")

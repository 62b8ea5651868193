"""Errors LimberUp raises on purpose, as one hierarchy::

    LimberUpError
    └── InputError          bad input a person can fix: names the field, the value, what is allowed
        └── UnknownIdError  an id that names nothing in the catalogue

Entry points turn an ``InputError`` into exit code 2 (CLI) or HTTP 422 (API). Validation by
pydantic raises ``pydantic.ValidationError`` instead; both carry the same three facts.
"""

from __future__ import annotations

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

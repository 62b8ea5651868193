"""Help screens in plain words: ``--date DATE``, not ``--date <str>``.

Typer prints each option's Python type (``<bool>``, ``<str>``, ``<Path>``); a runner reading
``limberup today -h`` needs none of them. Flags show nothing, options with a fixed set of
values show the values, and every other option shows its own name as the placeholder.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperArgument, TyperOption


def _option_placeholder(option: TyperOption, ctx: Any) -> str | None:
    if option.metavar is not None:
        return option.metavar
    if option.is_flag or option.count:
        return None
    if option.type_descriptor.is_choice:
        return "|".join(str(choice) for choice in option.type_descriptor.choices or ())
    return (option.name or "value").upper()


def _argument_placeholder(argument: TyperArgument, ctx: Any) -> str | None:
    return None  # the argument's own name is shown in the first column already


def use_plain_placeholders() -> None:
    """Make every help screen of this process show placeholders instead of Python types."""
    TyperOption.display_type_rich = _option_placeholder  # type: ignore[method-assign,assignment]
    TyperArgument.display_type_rich = _argument_placeholder  # type: ignore[method-assign,assignment]

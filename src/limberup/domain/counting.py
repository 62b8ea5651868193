"""Counts in words that read right at one: ``1 drill``, ``3 drills``."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """``count`` and ``noun``, the noun plural unless the count is exactly one.

    Example:
        >>> counted(1, "drill"), counted(0, "drill"), counted(2, "rep", "reps each side")
        ('1 drill', '0 drills', '2 reps each side')
    """
    return f"{count} {noun if count == 1 else plural or noun + 's'}"

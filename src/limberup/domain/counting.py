"""Counts in words that read right at one: ``1 drill``, ``3 drills``."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """``count`` and ``noun``, the noun plural unless the count is exactly one.

    Example:
        >>> counted(1, "drill"), counted(0, "drill"), counted(2, "rep", "reps each side")
        ('1 drill', '0 drills', '2 reps each side')
    """
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def in_minutes(minutes: float) -> str:
    """A length of time as a runner reads it: whole minutes, or seconds under one minute.

    Example:
        >>> in_minutes(6.0), in_minutes(19.6), in_minutes(7.5), in_minutes(0.5), in_minutes(0)
        ('6 min', '20 min', '8 min', '30 s', '0 s')
    """
    seconds = int(minutes * 60 / 5 + 0.5) * 5  # to the nearest 5 s: a plan is not a stopwatch
    if minutes > 0:
        seconds = max(seconds, 5)  # something planned never reads as nothing
    if seconds < 60:
        return f"{seconds} s"
    return f"{int(minutes + 0.5)} min"  # half up: 7.5 reads as 8, never a decimal

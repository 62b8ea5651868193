"""Time in a runner's words: whole minutes, or seconds under one; never '6.0 min'."""

from __future__ import annotations

import pytest

from limberup.domain.counting import in_minutes


@pytest.mark.parametrize(
    ("minutes", "words"),
    [
        (6.0, "6 min"),
        (19.6, "20 min"),
        (7.5, "8 min"),
        (1.4, "1 min"),
        (0.99, "1 min"),
        (0.5, "30 s"),
        (0.7, "40 s"),
        (0.04, "5 s"),
        (0, "0 s"),
    ],
)
def test_minutes_read_as_whole_minutes_or_seconds(minutes: float, words: str) -> None:
    assert in_minutes(minutes) == words

"""Every instruction in the library is in our own words: no run of 8 words from any article.

The check itself lives in ``tests/own_words.py``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from limberup.catalog.loader import load_catalogue
from limberup.domain.catalog import Exercise, Program
from tests.own_words import copied, fingerprints


def test_all_five_articles_are_fingerprinted() -> None:
    assert len(fingerprints()) == 5


def exercise_texts(exercise: Exercise) -> Iterator[tuple[str, str]]:
    for field in ("steps", "cues", "cautions", "notes", "intensify", "ease"):
        for text in getattr(exercise, field):
            yield field, text
    for variant in exercise.variants:
        for text in (*variant.steps, *variant.cues):
            yield f"variants.{variant.id}", text
    for entry in exercise.ours:
        yield f"ours.{entry.field}", entry.reason


def program_texts(program: Program) -> Iterator[tuple[str, str]]:
    yield "summary", program.summary
    yield "timing", program.timing
    for text in (*program.progression, program.retest or ""):
        yield "progression/retest", text
    for step in program.steps:
        yield f"steps.{step.exercise_id}", step.note or ""


def test_the_check_catches_a_copied_run_despite_case_and_punctuation() -> None:
    lifted = "HOLD the stretch -- no more than about a second!"
    assert copied(lifted) == [
        "hold the stretch no more than about a",
        "the stretch no more than about a second",
    ]
    assert copied("Hold the stretch for no more than about a second.") == []


def test_the_check_matches_curly_and_straight_apostrophes_alike() -> None:
    # Seed 004 writes these with curly apostrophes.
    assert copied("That means they\u2019re tight and it\u2019s good you\u2019re rolling")
    assert copied("that means they're tight and it's good you're rolling")


@pytest.mark.parametrize("exercise", load_catalogue().exercises, ids=lambda e: e.id)
def test_no_exercise_text_copies_eight_words_of_an_article(exercise: Exercise) -> None:
    found = {field: copied(text) for field, text in exercise_texts(exercise) if copied(text)}
    assert found == {}


@pytest.mark.parametrize("program", load_catalogue().programs, ids=lambda p: p.id)
def test_no_program_text_copies_eight_words_of_an_article(program: Program) -> None:
    found = {field: copied(text) for field, text in program_texts(program) if copied(text)}
    assert found == {}

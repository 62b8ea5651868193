"""Every text a user sees is in our own words: no 7-word run of an article, no near-copy.

The detectors live in ``tests/own_words.py`` and the texts in ``tests/user_texts.py``:
the catalogue, the assessment's protocols, norms and findings, the plan's wording and the web
templates. ``scripts/own_words_report.py`` prints what they find.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from limberup.catalog.loader import load_catalogue
from tests.own_words import RUN, check, copied, fingerprints, near_copies
from tests.user_texts import (
    Place,
    assessment_texts,
    catalogue_texts,
    drill_names,
    interface_texts,
    planning_texts,
    template_texts,
)

# Two sentences of the articles, quoted only to prove the detectors see them.
SEED_003_RUN = "hold the stretch no more than about a second"
SEED_002_SENTENCE = "Use both hands to guide the knee toward your chest and across the midline."


def copies_in(texts: Iterable[Place]) -> list[str]:
    """Each copy found, as ``place: what`` (printed by pytest when the test fails)."""
    return [f"{place}: {copy}" for place, text in texts for copy in check(text, drill_names())]


def test_all_five_articles_are_fingerprinted_with_runs_and_sentences() -> None:
    assert len(fingerprints()) == 5
    for seed in fingerprints().values():
        assert seed["runs"]
        assert seed["sentences"]


def test_the_run_check_catches_a_copy_despite_case_and_punctuation() -> None:
    assert copied("HOLD the stretch -- no more than about a second!") == [
        "hold the stretch no more than about",
        "the stretch no more than about a",
        "stretch no more than about a second",
    ]
    assert copied("Hold the stretch for no more than about a second.") == []


def test_the_run_check_matches_curly_and_straight_apostrophes_alike() -> None:
    # Seed 004 writes these with curly apostrophes.
    assert copied("That means they\u2019re tight and it\u2019s good you\u2019re rolling")
    assert copied("that means they're tight and it's good you're rolling")


def test_a_drill_name_may_be_used_as_the_article_names_it() -> None:
    named = "Go back to the band/strap assisted straight leg raise and leg lowering 1."
    assert copied(named) != []  # the article's own words, as a run of 7
    assert copied(named, drill_names()) == []  # but it is the drill's name


def test_the_overlap_check_catches_a_reworded_sentence_that_no_run_finds() -> None:
    reworded = "With both hands, guide the knee toward the chest and across the midline."
    assert copied(SEED_002_SENTENCE) != []
    assert copied(reworded) == []  # "your" -> "the" breaks every run of 7
    (found,) = near_copies(reworded)
    assert found.score >= 0.8
    assert found.seed.startswith("002_")
    # Our rewrite of it shares the anatomy, not the sentence.
    assert near_copies("Hands on the knee, steer it up toward the chest and over.") == []


def test_ordinary_instructions_are_not_flagged() -> None:
    for plain in (
        "Do 10 presses with the right leg, then 10 with the left.",
        "Stand tall with your feet hip-width apart and breathe out slowly.",
        "Rest the right ankle on a towel roll.",
    ):
        assert check(plain, drill_names()) == [], plain


def test_a_copy_planted_in_the_real_catalogue_fails_the_check() -> None:
    catalogue = load_catalogue()
    drill = catalogue.get("hip_band_mobilization")
    planted = drill.model_copy(update={"cues": (*drill.cues, SEED_002_SENTENCE)})
    texts = [
        (place, text)
        for place, text in catalogue_texts()
        if not place.startswith("catalog/exercises/hip_band_mobilization.toml cues")
    ]
    texts += [("planted cue", text) for text in planted.cues]
    found = copies_in(texts)
    assert any(f.startswith("planted cue: run of 7") for f in found), found
    assert any(f.startswith("planted cue: near-copy") for f in found), found
    assert RUN == 7


@pytest.mark.parametrize(
    "texts",
    [catalogue_texts, assessment_texts, template_texts, interface_texts],
    ids=["catalogue", "assessment", "templates", "cli-and-pages"],
)
def test_no_user_text_copies_an_article(texts: object) -> None:
    assert callable(texts)
    found = copies_in(texts())
    assert found == [], "\n".join(found)


def test_there_is_text_to_check_in_every_place() -> None:
    assert sum(1 for _ in catalogue_texts()) > 400
    assert sum(1 for _ in assessment_texts()) > 150
    assert sum(1 for _ in template_texts()) > 50
    assert sum(1 for _ in planning_texts()) > 10
    assert sum(1 for _ in interface_texts()) > 300


def test_the_plan_wording_copies_no_article() -> None:
    # domain/planning belongs to the planner's owner: a copy there is reported to
    # them (see the issue note) rather than rewritten here, but the check still covers it.
    found = copies_in(planning_texts())
    assert found == [], "\n".join(found)

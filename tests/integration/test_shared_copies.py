"""The copies in tests/data match the team's shared folder, where a checkout sits beside it.

CI and every developer's clone have ``../shared``; a clone elsewhere has only the copies, and
these checks of the copies themselves then have nothing to compare against.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from tests.own_words import fingerprints, run_hash, runs, sentence_hashes
from tests.paths import EXAMPLES, FREE_EXERCISE_DB, SHARED

needs_shared = pytest.mark.skipif(
    not (SHARED / "seeds").is_dir(), reason="no ../shared beside this checkout to compare with"
)


@needs_shared
@pytest.mark.parametrize("name", ["assessment.json", "profile.json"])
def test_example_copies_are_current(name: str) -> None:
    assert json.loads((EXAMPLES / name).read_text()) == json.loads(
        (SHARED / "examples" / name).read_text()
    )


@needs_shared
def test_the_free_exercise_db_copy_is_current() -> None:
    shared = SHARED / "data" / "free-exercise-db" / "exercises.json"
    assert FREE_EXERCISE_DB.read_bytes() == shared.read_bytes()


@needs_shared
def test_the_seed_fingerprints_match_the_articles() -> None:
    articles = sorted((SHARED / "seeds").glob("*.txt"))
    assert sorted(fingerprints()) == [a.name for a in articles]
    for article in articles:
        recorded = fingerprints()[article.name]
        data = article.read_bytes()
        assert recorded["sha256"] == hashlib.sha256(data).hexdigest()
        assert recorded["runs"] == sorted({run_hash(r) for r in runs(data.decode("utf-8"))})
        assert recorded["sentences"] == sentence_hashes(data.decode("utf-8"))

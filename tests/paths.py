"""Where the tests find their data: copies in ``tests/data`` that travel with the repository."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
REPO_ROOT = TESTS.parent
DATA = TESTS / "data"
EXAMPLES = DATA / "examples"
"""Copies of the team's example inputs (shared/examples)."""
FREE_EXERCISE_DB = DATA / "free-exercise-db" / "exercises.json"
"""The public-domain free-exercise-db catalogue (Unlicense; see SOURCE.txt beside it)."""
SEED_FINGERPRINTS = DATA / "seeds" / "fingerprints.json"
SHARED = REPO_ROOT.parent / "shared"
"""The team's shared folder, beside a developer's clone and CI's; absent elsewhere."""

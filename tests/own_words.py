"""The own-words check: no run of 8 consecutive words of a source article in our text.

Words are compared after lower-casing, dropping apostrophes and treating every other
non-alphanumeric character as a break, so punctuation and curly quotes cannot hide a copy.
The articles themselves are not in the repository: ``tests/data/seeds/fingerprints.json``
holds a short hash of each of their 8-word runs (``scripts/fingerprint_seeds.py``).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator
from functools import cache

from tests.paths import SEED_FINGERPRINTS

RUN = 8


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower()
    return re.findall(r"[a-z0-9]+", text.replace("\u2019", "").replace("'", ""))


def runs(text: str) -> Iterator[tuple[str, ...]]:
    found = words(text)
    for start in range(len(found) - RUN + 1):
        yield tuple(found[start : start + RUN])


def run_hash(run: tuple[str, ...]) -> str:
    return hashlib.sha256(" ".join(run).encode()).hexdigest()[:16]


@cache
def fingerprints() -> dict[str, dict[str, object]]:
    data: dict[str, dict[str, object]] = json.loads(SEED_FINGERPRINTS.read_text())["seeds"]
    return data


@cache
def seed_runs() -> frozenset[str]:
    return frozenset(h for seed in fingerprints().values() for h in seed["runs"])  # type: ignore[attr-defined]


def copied(text: str) -> list[str]:
    """Every 8-word run of ``text`` that also appears in an article."""
    return [" ".join(run) for run in runs(text) if run_hash(run) in seed_runs()]

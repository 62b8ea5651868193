"""The own-words check: no run of 7 words of a source article in our text, and no near-copy.

Two detectors, because a copy can hide either way:

- a **run**: 7 consecutive words shared with an article;
- a **near-copy**: a sentence whose content words (stop words and bare numbers dropped) overlap
  an article sentence's with a Jaccard index of 0.6 or more, both having at least 5 of them.
  That catches a sentence kept in the article's structure with a few words swapped, which no
  run of 7 finds. Tuned on the real catalogue: the known near-copies scored 0.6-1.0, while
  ordinary instructions that share a few words of anatomy ("the right leg", "the left")
  stayed under 0.5.

Words are compared after lower-casing, dropping apostrophes and treating every other
non-alphanumeric character as a break, so punctuation and curly quotes cannot hide a copy.
Drill names (the catalogue's names and aliases) are not sentences: they are masked before
the check, so "the band/strap assisted straight leg raise" may be named as the article names it.

The articles themselves are not in the repository: ``tests/data/seeds/fingerprints.json``
holds a short hash of each of their 7-word runs and, for each sentence, the sorted hashes of
its content words (``scripts/fingerprint_seeds.py``).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from tests.paths import SEED_FINGERPRINTS

RUN = 7
"""Consecutive words shared with an article that make a copy."""
OVERLAP_LIMIT = 0.6
"""Jaccard index of content words from which a sentence is a near-copy."""
MIN_CONTENT_WORDS = 5
"""Sentences with fewer content words are too short to judge by overlap (runs still apply)."""
MASK = "\x00"
"""Stands in for a masked drill name: no run and no content word contains it."""

_STOP_WORDS = """a an the and or nor of to in on at for with by from as into onto over under up
    down out
    off back about than then so but not no yes do does did done is are was were be been being
    am it its this that these those there here their they them we our us you your yours i me
    my he she his her him if when while where which who what how why can could will would
    should shall may might must let lets get gets got make makes keep keeps just very also
    only both each all any some more most much many other another same such own one two
    toward towards again even still"""
STOP_WORDS = frozenset(_STOP_WORDS.split())


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower()
    return re.findall(r"[a-z0-9]+", text.replace("\u2019", "").replace("'", ""))


def runs(text: str, length: int = RUN) -> Iterator[tuple[str, ...]]:
    yield from _runs(words(text), length)


def _runs(found: list[str], length: int = RUN) -> Iterator[tuple[str, ...]]:
    for start in range(len(found) - length + 1):
        run = tuple(found[start : start + length])
        if MASK not in run:
            yield run


def run_hash(run: tuple[str, ...]) -> str:
    return hashlib.sha256(" ".join(run).encode()).hexdigest()[:16]


def word_hash(word: str) -> str:
    return hashlib.sha256(word.encode()).hexdigest()[:10]


def sentences(text: str) -> list[str]:
    """Sentences and list items: split after . ! ? ; : and at line breaks."""
    parts = re.split(r"(?<=[.!?;:])\s+|\n+", unicodedata.normalize("NFKC", text))
    return [part.strip() for part in parts if part.strip()]


def content_words(found: Iterable[str]) -> frozenset[str]:
    return frozenset(w for w in found if w not in STOP_WORDS and not w.isdigit() and w != MASK)


def sentence_hashes(text: str) -> list[list[str]]:
    """For each sentence of an article with enough content words, its sorted word hashes."""
    out = []
    for sentence in sentences(text):
        found = content_words(words(sentence))
        if len(found) >= MIN_CONTENT_WORDS:
            out.append(sorted({word_hash(w) for w in found}))
    return out


@cache
def fingerprints() -> dict[str, dict[str, object]]:
    data: dict[str, dict[str, object]] = json.loads(SEED_FINGERPRINTS.read_text())["seeds"]
    return data


@cache
def seed_runs() -> frozenset[str]:
    return frozenset(h for seed in fingerprints().values() for h in seed["runs"])  # type: ignore[attr-defined]


@cache
def seed_sentences() -> tuple[tuple[str, frozenset[str]], ...]:
    """Every article sentence as (seed file, its content-word hashes)."""
    return tuple(
        (name, frozenset(hashes))
        for name, seed in fingerprints().items()
        for hashes in seed["sentences"]  # type: ignore[attr-defined]
    )


def masked_words(text: str, names: Iterable[str] = ()) -> list[str]:
    """The words of ``text`` with every drill name in ``names`` replaced by one mask."""
    found = words(text)
    for name in sorted({tuple(words(n)) for n in names}, key=len, reverse=True):
        if len(name) < 2:
            continue
        i = 0
        while i <= len(found) - len(name):
            if tuple(found[i : i + len(name)]) == name:
                found[i : i + len(name)] = [MASK]
            i += 1
    return found


@dataclass(frozen=True)
class Copy:
    """One thing the check found in a text."""

    kind: str
    """``run`` (7 words in a row) or ``near-copy`` (content-word overlap)."""
    text: str
    """The run itself, or our sentence."""
    score: float = 1.0
    """The overlap for a near-copy."""
    seed: str = ""

    def __str__(self) -> str:
        if self.kind == "run":
            return f"run of {RUN}: {self.text!r}"
        return f"near-copy (overlap {self.score:.2f} with {self.seed}): {self.text!r}"


def copied(text: str, names: Iterable[str] = ()) -> list[str]:
    """Every 7-word run of ``text`` that also appears in an article (drill names masked)."""
    found = _runs(masked_words(text, names))
    return [" ".join(run) for run in found if run_hash(run) in seed_runs()]


def near_copies(text: str, names: Iterable[str] = ()) -> list[Copy]:
    """Every sentence of ``text`` whose content words overlap an article sentence's too much."""
    found = []
    names = tuple(names)
    for sentence in sentences(text):
        ours = {word_hash(w) for w in content_words(masked_words(sentence, names))}
        if len(ours) < MIN_CONTENT_WORDS:
            continue
        score, seed = max(
            ((len(ours & theirs) / len(ours | theirs), name) for name, theirs in seed_sentences()),
            default=(0.0, ""),
        )
        if score >= OVERLAP_LIMIT:
            found.append(Copy("near-copy", sentence, round(score, 2), seed))
    return found


def check(text: str, names: Iterable[str] = ()) -> list[Copy]:
    """Both detectors over one text: its copied runs, then its near-copied sentences."""
    names = tuple(names)
    return [Copy("run", run) for run in copied(text, names)] + near_copies(text, names)

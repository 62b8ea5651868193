"""Write tests/data/seeds/fingerprints.json from the five source articles.

The articles are not ours to redistribute, so the repository keeps only what the tests need:
each article's file name and SHA-256, a short hash of every run of 7 consecutive words (the
own-words test looks our text's runs up among them) and, for each sentence, the sorted hashes
of its content words (for the near-copy check; the words' order is not kept).

Run: .venv/bin/python scripts/fingerprint_seeds.py [SEEDS_DIR]
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.own_words import RUN, run_hash, runs, sentence_hashes  # noqa: E402

OUT = REPO / "tests" / "data" / "seeds" / "fingerprints.json"


def main() -> None:
    seeds_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "seeds"
    seeds = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        data = path.read_bytes()
        text = data.decode("utf-8")
        seeds[path.name] = {
            "sha256": hashlib.sha256(data).hexdigest(),
            "runs": sorted({run_hash(run) for run in runs(text)}),
            "sentences": sentence_hashes(text),
        }
    OUT.write_text(json.dumps({"run_length": RUN, "seeds": seeds}, indent=1) + "\n")
    print(f"wrote {OUT} ({len(seeds)} seeds)")


if __name__ == "__main__":
    main()

"""Print every copied run and near-copied sentence the own-words check finds, and where.

Run: .venv/bin/python scripts/own_words_report.py
The test (tests/integration/test_own_words.py) fails on the same findings.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.own_words import check  # noqa: E402
from tests.user_texts import all_texts, drill_names  # noqa: E402


def main() -> None:
    total = found = 0
    for place, text in all_texts():
        total += 1
        copies = check(text, drill_names())
        found += bool(copies)
        for copy in copies:
            print(f"{place}: {copy}")
    print(f"{found} of {total} texts have a copy")


if __name__ == "__main__":
    main()

"""Write docs/loads.md, the table of what each drill loads, from the catalogue data.

Run: .venv/bin/python scripts/write_loads_doc.py
"""

from __future__ import annotations

from pathlib import Path

from limberup.catalog.loader import load_catalogue
from limberup.catalog.loads_table import loads_table

OUT = Path(__file__).resolve().parent.parent / "docs" / "loads.md"


def main() -> None:
    OUT.write_text(loads_table(load_catalogue()), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()

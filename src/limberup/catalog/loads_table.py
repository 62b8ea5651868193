"""The table of what each drill loads, made from the catalogue data for ``docs/loads.md``.

The document is generated, never edited by hand: ``scripts/write_loads_doc.py`` writes it and
``tests/unit/catalog/test_loads_doc.py`` fails when it no longer matches the data.
"""

from __future__ import annotations

from collections.abc import Iterable

from limberup.domain.catalog import Catalogue, Exercise, Variant

INTRO = """\
# What each drill loads

Generated from the catalogue (`loads`, `stretches`, `risks` in each exercise file) by
`scripts/write_loads_doc.py`; `tests/unit/catalog/test_loads_doc.py` keeps it in step.

Each drill of the five articles was reviewed by hand against its article. A region is
**loaded** when the drill moves it under the body's weight or an added weight, holds it in a
loaded or stretched position, or presses on it: kneeling and half-kneeling load the knee on
the floor (and a lunging front knee), a deep knee bend or a lunge loads the knee, weight on
the hands loads the arms and shoulders, lying on the side loads the hip and shoulder
underneath, a foam roller loads what it rolls. Plain standing and walking do not count.
**Stretches** are the tissues the drill lengthens. **Risks** are what keeps a drill from a
hypermobile runner besides a static hold: `end_range` (taken or driven to the end of its
range to stretch), `ballistic` (swung or kicked into range), `hyperextension` (a joint locked
or pressed toward hyperextension).

The planner leaves out every drill whose loads include a painful region, and for a
hypermobile runner every static hold and every drill with a risk (`domain/planning/gates.py`).
"""


def _words(values: Iterable[str]) -> str:
    return ", ".join(value.replace("_", " ") for value in values) or "-"


def _row(name: str, position: str, modality: str, part: Exercise | Variant) -> str:
    cells = (
        name,
        position,
        modality,
        _words(part.loads),
        _words(part.stretches),
        _words(part.risks),
    )
    return "| " + " | ".join(cells) + " |"


def loads_table(catalogue: Catalogue) -> str:
    """The whole document: one row per drill, then one per variant under it."""
    lines = [
        INTRO,
        "| drill / variant | position | kind | loads | stretches | risks |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for exercise in sorted(catalogue.exercises, key=lambda e: (e.source.seed, e.id)):
        position = exercise.position.value.replace("_", " ")
        modality = exercise.modality.value.replace("_", " ")
        lines.append(_row(f"**{exercise.name}** (`{exercise.id}`)", position, modality, exercise))
        lines.extend(
            _row(f"&nbsp;&nbsp;{variant.name}", "", "", variant) for variant in exercise.variants
        )
    return "\n".join(lines) + "\n"

"""How the catalogue commands show things: Rich tables and cards, and the flat CSV rows."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from rich.box import SIMPLE_HEAD
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from limberup.adapters.importers import ImportReport
from limberup.domain.catalog import Catalogue, EquipmentNeed, Exercise, Program
from limberup.domain.catalog_text import describe_dose, describe_equipment

RANGE_FIELDS: tuple[str, ...] = ("sets", "reps", "hold_s", "hold_breaths", "days_per_week")
RANGE_FIELDS += ("rest_s", "inhale_s", "exhale_s")
"""Every range of a :class:`Dose`, in the order the CSV gives them."""


WITH_KIND = 100
WITH_REGIONS = 120
"""From this many columns on, the exercise table also gives the kind, then the regions."""


def exercise_table(exercises: Sequence[Exercise], *, width: int = 80) -> Table:
    """The exercises, whole words only: the id (for ``catalog show``) under each name."""
    table = Table(
        title=f"{len(exercises)} exercises", title_justify="left", box=SIMPLE_HEAD, expand=False
    )
    # Wide enough for every id in one piece: ``catalog show`` needs it whole.
    table.add_column("exercise", min_width=max((len(e.id) for e in exercises), default=8))
    if width >= WITH_KIND:
        table.add_column("kind", ratio=1)
    if width >= WITH_REGIONS:
        table.add_column("works", ratio=2)
    table.add_column("kit", ratio=2)
    table.add_column("dose", ratio=2)
    for exercise in exercises:
        cells = [Text.assemble((exercise.name, "bold"), "\n", (exercise.id, "dim cyan"))]
        if width >= WITH_KIND:
            cells.append(Text(words(exercise.modality)))
        if width >= WITH_REGIONS:
            cells.append(Text(", ".join(words(region) for region in exercise.regions)))
        cells.append(Text(words(describe_equipment(exercise.equipment)) or "none"))
        # One part a line, so a number never wraps away from its unit.
        cells.append(Text(describe_dose(exercise.dose, exercise.laterality).replace(" · ", "\n")))
        table.add_row(*cells)
    return table


def words(identifier: str) -> str:
    """``hip_flexors`` as ``hip flexors``: ids on screen read as words."""
    return identifier.replace("_", " ")


def exercise_card(exercise: Exercise) -> Panel:
    """Everything about one drill: what it is, its dose, how to do it, and where it is from."""
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    rows = [
        ("id", exercise.id),
        ("also called", ", ".join(exercise.aliases)),
        ("kind", f"{exercise.modality}, {exercise.position}, {exercise.laterality}"),
        ("regions", ", ".join(exercise.regions)),
        ("planes", ", ".join(exercise.planes)),
        ("equipment", describe_equipment(exercise.equipment) or "none"),
        ("dose", describe_dose(exercise.dose, exercise.laterality)),
        ("targets", ", ".join(exercise.targets)),
        ("contexts", ", ".join(exercise.contexts)),
        ("progressions", ", ".join(exercise.progressions)),
        ("regressions", ", ".join(exercise.regressions)),
        ("source", f"{exercise.source.title}, {exercise.source.author} ({exercise.source.seed})"),
    ]
    for label, value in rows:
        if value:
            facts.add_row(label, Text(value))
    parts: list[RenderableType] = [facts]
    parts += _section("Steps", exercise.steps, numbered=True)
    for variant in exercise.variants:
        dose = describe_dose(exercise.dose_of(variant.id), exercise.laterality)
        planes = ", ".join(variant.planes or exercise.planes)
        heading = f"Variant {variant.name} ({variant.id}; {planes}): {dose}"
        parts += _section(heading, [*variant.steps, *variant.cues], numbered=False)
    parts += _section("Cues", exercise.cues)
    parts += _section("Cautions", exercise.cautions)
    parts += _section("Harder", exercise.intensify)
    parts += _section("Easier", exercise.ease)
    parts += _section("Notes", exercise.notes)
    ours = [f"{entry.field} = {entry.value:g}: {entry.reason}" for entry in exercise.ours]
    parts += _section("Figures LimberUp adds (not the article's)", ours)
    return Panel(Group(*parts), title=Text(exercise.name, style="bold"), title_align="left")


def program_table(programs: Sequence[Program]) -> Table:
    table = Table(title=f"{len(programs)} programs", title_justify="left")
    table.add_column("id", no_wrap=True, style="cyan")
    for column in ("name", "drills", "contexts", "source"):
        table.add_column(column, overflow="fold")
    for program in programs:
        table.add_row(
            program.id,
            program.name,
            str(len(program.steps)),
            ", ".join(program.contexts),
            program.source.seed,
        )
    return table


def program_card(program: Program, catalogue: Catalogue) -> Panel:
    """A named routine: its drills in order with their doses, its timing and progression."""
    lines = []
    for step in program.steps:
        exercise = catalogue.get(step.exercise_id)
        variant_ids = step.variant_ids or tuple(variant.id for variant in exercise.variants)
        variants = ", ".join(exercise.variant(v).name for v in variant_ids)
        dose = describe_dose(exercise.dose, exercise.laterality)
        line = f"{exercise.name} ({exercise.id}): {dose}"
        line += f"; {variants}" if variants else ""
        line += f". {step.note}" if step.note else ""
        lines.append(line)
    parts: list[RenderableType] = [
        Text(program.summary),
        Text(f"Source: {program.source.title}, {program.source.author} ({program.source.seed})"),
        Text(f"Contexts: {', '.join(program.contexts)}"),
    ]
    parts += _section("When", [program.timing])
    parts += _section("Drills, in order", lines, numbered=True)
    parts += _section("Progression", program.progression)
    parts += _section("Retest", [program.retest] if program.retest else [])
    return Panel(Group(*parts), title=Text(program.name, style="bold"), title_align="left")


def import_summary(report: ImportReport) -> Group:
    """Counts per field, then every reason a value did not map."""
    table = Table(
        title=f"{report.origin}: {report.imported} of {report.records} records imported",
        title_justify="left",
    )
    for column in ("field", "maps to", "mapped", "partly", "unmapped"):
        table.add_column(column)
    for field in report.fields:
        counts = (field.mapped, field.partial, field.unmapped)
        table.add_row(field.field, field.maps_to, *(str(count) for count in counts))
    parts: list[RenderableType] = [Text(f"Licence: {report.licence}"), table]
    for field in report.fields:
        reasons = [f"{count} x {reason}" for reason, count in field.reasons]
        parts += _section(f"Why {field.field} did not map", reasons)
    parts += _section("Notes", report.notes)
    return Group(*parts)


def csv_text(exercises: Iterable[Exercise]) -> str:
    """One row per exercise; lists of ids joined by ``;``, texts by `` | ``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    ranges = [f"{name}_{end}" for name in RANGE_FIELDS for end in ("min", "max")]
    writer.writerow(
        [
            *("id", "name", "aliases", "seed", "title", "author", "regions", "planes"),
            *("modality", "position", "laterality", "equipment", *ranges, "reps_unit"),
            *("variants", "targets", "contexts", "progressions", "regressions"),
            *("steps", "cues", "cautions"),
        ]
    )
    for exercise in exercises:
        dose = exercise.dose
        values = []
        for name in RANGE_FIELDS:
            value = getattr(dose, name)
            values += [f"{value.min:g}", f"{value.max:g}"] if value else ["", ""]
        writer.writerow(
            [
                exercise.id,
                exercise.name,
                ";".join(exercise.aliases),
                exercise.source.seed,
                exercise.source.title,
                exercise.source.author,
                ";".join(exercise.regions),
                ";".join(exercise.planes),
                exercise.modality,
                exercise.position,
                exercise.laterality,
                _csv_equipment(exercise.equipment),
                *values,
                dose.reps_unit,
                ";".join(variant.id for variant in exercise.variants),
                ";".join(exercise.targets),
                ";".join(exercise.contexts),
                ";".join(exercise.progressions),
                ";".join(exercise.regressions),
                " | ".join(exercise.steps),
                " | ".join(exercise.cues),
                " | ".join(exercise.cautions),
            ]
        )
    return buffer.getvalue()


def _csv_equipment(equipment: Sequence[EquipmentNeed]) -> str:
    return ";".join("|".join(need) if isinstance(need, tuple) else need for need in equipment)


def _section(heading: str, items: Sequence[str], *, numbered: bool = False) -> list[RenderableType]:
    if not items:
        return []
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column()
    for index, item in enumerate(items, start=1):
        grid.add_row(f"  {index}." if numbered else "  -", Text(item))
    return [Text(""), Text(heading, style="bold"), grid]

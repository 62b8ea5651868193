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
from limberup.domain.catalog import Catalogue, EquipmentNeed, Exercise, Program, Source
from limberup.domain.catalog_text import describe_dose, describe_equipment
from limberup.domain.planning.explain import PLANE_WORDS, finding_label
from limberup.domain.planning.plain_words import CONTEXT_LABELS
from limberup.domain.vocabulary import Laterality

RANGE_FIELDS: tuple[str, ...] = ("sets", "reps", "hold_s", "hold_breaths", "days_per_week")
RANGE_FIELDS += ("rest_s", "inhale_s", "exhale_s")
"""Every range of a :class:`Dose`, in the order the CSV gives them."""


WITH_KIND = 100
WITH_REGIONS = 120
"""From this many columns on, the exercise table also gives the kind, then the regions."""


def exercise_table(exercises: Sequence[Exercise], *, width: int = 80) -> Table:
    """The exercises by name, in whole words; ``catalog show NAME`` shows one."""
    table = Table(
        title=f"{len(exercises)} exercises",
        title_justify="left",
        caption='Show one with `limberup catalog show NAME`, such as "Toe walking".',
        caption_justify="left",
        box=SIMPLE_HEAD,
        expand=False,
    )
    table.add_column("exercise", ratio=2)
    if width >= WITH_KIND:
        table.add_column("kind", ratio=1)
    if width >= WITH_REGIONS:
        table.add_column("works", ratio=2)
    table.add_column("kit", ratio=2)
    table.add_column("dose", ratio=2)
    for exercise in exercises:
        cells = [Text(exercise.name, style="bold")]
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


LATERALITY_WORDS = {
    Laterality.EACH_SIDE: "one side, then the other",
    Laterality.ALTERNATING: "sides taking turns",
    Laterality.BILATERAL: "both sides at once",
}
FIGURE_UNITS = {
    "dose.days_per_week": "{:g} days a week",
    "dose.hold_s": "{:g} s hold",
    "dose.reps": "{:g} reps",
    "dose.sets": "{:g} sets",
    "dose.hold_breaths": "{:g} breaths",
    "dose.rest_s": "{:g} s rest",
}
"""How a figure LimberUp adds reads, by the dose field it sets."""


def source_line(source: Source) -> str:
    """The article by its title and author, as a reader can look it up."""
    if source.author.startswith("unnamed"):
        return f"{source.title}; its author is not named"
    return f"{source.title}, by {source.author}"


def exercise_card(exercise: Exercise, catalogue: Catalogue) -> Panel:
    """Everything about one drill: what it is, its dose, how to do it, and where it is from."""
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()

    def names(ids: Sequence[str]) -> str:
        return ", ".join(catalogue.get(i).name if i in catalogue.by_id() else words(i) for i in ids)

    how = (
        words(exercise.modality),
        words(exercise.position),
        LATERALITY_WORDS[exercise.laterality],
    )
    rows = [
        ("also called", ", ".join(exercise.aliases)),
        ("kind", ", ".join(how)),
        ("works", ", ".join(words(region) for region in exercise.regions)),
        ("directions", ", ".join(PLANE_WORDS[plane] for plane in exercise.planes)),
        ("equipment", words(describe_equipment(exercise.equipment)) or "none"),
        ("dose", describe_dose(exercise.dose, exercise.laterality)),
        ("works on", ", ".join(finding_label(target) for target in exercise.targets)),
        ("when", ", ".join(CONTEXT_LABELS[context] for context in exercise.contexts)),
        ("harder next", names(exercise.progressions)),
        ("easier instead", names(exercise.regressions)),
        ("source", source_line(exercise.source)),
    ]
    for label, value in rows:
        if value:
            facts.add_row(label, Text(value))
    parts: list[RenderableType] = [facts]
    parts += _section("Steps", exercise.steps, numbered=True)
    for variant in exercise.variants:
        dose = describe_dose(exercise.dose_of(variant.id), exercise.laterality)
        planes = " and ".join(PLANE_WORDS[plane] for plane in variant.planes or exercise.planes)
        heading = f"{variant.name} ({planes}): {dose}"
        parts += _section(heading, [*variant.steps, *variant.cues], numbered=False)
    parts += _section("Cues", exercise.cues)
    parts += _section("Cautions", exercise.cautions)
    parts += _section("Harder", exercise.intensify)
    parts += _section("Easier", exercise.ease)
    parts += _section("Notes", exercise.notes)
    ours = [f"{_figure(entry.field, entry.value)}: {entry.reason}" for entry in exercise.ours]
    parts += _section("Figures LimberUp adds (not the article's)", ours)
    return Panel(Group(*parts), title=Text(exercise.name, style="bold"), title_align="left")


def _figure(field: str, value: float) -> str:
    return FIGURE_UNITS.get(field, f"{words(field.removeprefix('dose.'))} {{:g}}").format(value)


def program_table(programs: Sequence[Program]) -> Table:
    """The routines by name; ``programs show NAME`` shows one."""
    table = Table(
        title=f"{len(programs)} programs",
        title_justify="left",
        caption='Show one with `limberup programs show NAME`, such as "Pre-run prep".',
        caption_justify="left",
    )
    table.add_column("program", ratio=2)
    table.add_column("drills", justify="right")
    table.add_column("when", ratio=2)
    table.add_column("from the article", ratio=3)
    for program in programs:
        table.add_row(
            Text(program.name, style="bold"),
            str(len(program.steps)),
            ", ".join(CONTEXT_LABELS[context] for context in program.contexts),
            source_line(program.source),
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
        line = f"{exercise.name}: {dose}"
        line += f"; {variants}" if variants else ""
        line += f". {step.note}" if step.note else ""
        lines.append(line)
    when = ", ".join(CONTEXT_LABELS[context] for context in program.contexts)
    parts: list[RenderableType] = [
        Text(program.summary),
        Text(f"Source: {source_line(program.source)}"),
        Text(f"Sessions: {when}"),
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

"""``limberup history`` and ``limberup progress``: what was stored, and each test over time."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from limberup.domain.assessment import PROTOCOLS, UnitSystem
from limberup.domain.logbook import SessionLog, SessionStatus
from limberup.domain.planning.plain_words import CONTEXT_LABELS
from limberup.domain.progress.series import ProgressSeries
from limberup.domain.vocabulary import Status
from limberup.entrypoints.cli.day_words import long_date
from limberup.entrypoints.cli.errors import RUNTIME_ERROR, fail
from limberup.entrypoints.cli.names import exercise_name
from limberup.entrypoints.cli.store import open_store, reported
from limberup.services import history as records

STATUS_STYLE = {
    SessionStatus.FINISHED: "green",
    SessionStatus.IN_PROGRESS: "yellow",
    SessionStatus.ABANDONED: "dim",
}
POINT_STYLE = {Status.NORMAL: "green", Status.LIMITED: "yellow", Status.PAINFUL: "bold red"}


def history(
    last: Annotated[
        int, typer.Option("--last", min=1, max=10_000, help="How many of each kind to show.")
    ] = 20,
) -> None:
    """Your stored assessments, plans, sessions and progression decisions."""
    store = open_store(read_only=True)
    with reported():
        found = records.history(store.uow(), store.user_id)
    console = Console(highlight=False)
    if not (found.assessments or found.plans or found.sessions):
        console.print("Nothing stored yet: `limberup init`, then `limberup assess`.")
        return
    assessments = Table(title="Assessments")
    for column in ("Date", "Kind", "Findings", "Refer"):
        assessments.add_column(column)
    for stored in found.assessments[-last:]:
        counts = Counter(
            f.status.value for f in stored.result.findings if f.status is not Status.NORMAL
        )
        shown = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "all normal"
        refer = "[bold red]yes[/]" if stored.result.refer else "no"
        assessments.add_row(f"{long_date(stored.taken_on)}", stored.kind.value, shown, refer)
    plans = Table(title="Plans")
    for column in ("Week of", "Version", "Made (UTC)", "Sessions", "Best plan"):
        plans.add_column(column)
    for plan in found.plans[-last:]:
        sessions = sum(len(day.sessions) for day in plan.plan.days)
        plans.add_row(
            f"{long_date(plan.week_start)}",
            str(plan.version),
            f"{plan.created_at:%Y-%m-%d %H:%M}",
            str(sessions),
            "yes" if plan.plan.optimal else "no",
        )
    sessions_table = Table(title="Sessions")
    for column in ("Day", "Session", "Status", "Drills logged", "Pain"):
        sessions_table.add_column(column)
    for log in found.sessions[-last:]:
        sessions_table.add_row(*_session_row(log))
    for table in (assessments, plans, sessions_table):
        if table.row_count:
            console.print(table)
    # Holds too: each says why nothing moved (not practised, a pass to confirm, ...).
    for decision in found.decisions[-last:]:
        into = f" -> {exercise_name(decision.replacement_id)}" if decision.replacement_id else ""
        console.print(
            f"Week of {long_date(decision.week_start, year=False)}: "
            f"{exercise_name(decision.exercise_id)}{into} "
            f"{decision.action.value} ({decision.reason})"
        )


def _session_row(log: SessionLog) -> tuple[str, str, str, str, str]:
    status = f"[{STATUS_STYLE[log.status]}]{log.status.value.replace('_', ' ')}[/]"
    done = sum(1 for item in log.items if item.finished_at and not item.skipped)
    skipped = sum(1 for item in log.items if item.skipped)
    logged = f"{done} done" + (f", {skipped} skipped" if skipped else "")
    pain = "; ".join(
        f"{exercise_name(item.exercise_id)} {item.pain}/10 ({_words(item.pain_region)})"
        for item in log.items
        if item.pain
    )
    return f"{long_date(log.day)}", CONTEXT_LABELS[log.context], status, logged, pain or "-"


def _words(region: str | None) -> str:
    return (region or "somewhere").replace("_", " ")


def progress(
    chart: Annotated[
        Path | None, typer.Option("--chart", help="Also draw the series as a PNG chart here.")
    ] = None,
    units: Annotated[
        UnitSystem | None,
        typer.Option("--units", help="Distances in cm or inches [default: your profile's]"),
    ] = None,
) -> None:
    """Each test per side over time, against its norm; --chart FILE.png draws it."""
    if chart is not None and chart.suffix.lower() != ".png":
        fail(f"--chart: a file name ending in .png (got {str(chart)!r})")
    store = open_store(read_only=True)
    with reported():
        series = records.progress(store.uow(), store.user_id, units=units)
    console = Console(highlight=False)
    if not series:
        message = "No test is stored yet: `limberup assess` records one."
        if chart is not None:
            fail(f"{message} There is nothing to chart.", code=RUNTIME_ERROR)
        console.print(message)
        return
    console.print(progress_table(series))
    if chart is not None:
        # matplotlib takes a second or two to import: only the command that draws pays for it.
        from limberup.adapters.charts import draw_progress_chart

        try:
            draw_progress_chart(series, chart)
        except OSError as error:
            fail(f"--chart: {chart} cannot be written ({error.strerror or error})")
        console.print(f"Chart written to {chart}.")


UNIT_MARKS = {"deg": "°", "cm": " cm", "in": " in"}


def progress_table(series: tuple[ProgressSeries, ...]) -> Table:
    """One row per test, side and scale; one column per assessment date; the norm last.

    A value converted from another form of the test (a shin angle as cm) is marked ``~``.
    """
    dates = sorted({point.taken_on for one in series for point in one.points})
    table = Table(title="Progress, test by test and side by side")
    table.add_column("Test", min_width=18)
    table.add_column("Side")
    for date in dates:
        table.add_column(f"{date:%d %b %y}", justify="right")
    table.add_column("Norm")
    for one in series:
        by_date = {point.taken_on: point for point in one.points}
        cells = []
        for date in dates:
            point = by_date.get(date)
            if point is None:
                cells.append("")
                continue
            mark = "~" if point.approximate else ""
            style = POINT_STYLE.get(point.status, "")
            shown = f"{mark}{point.value:g}{UNIT_MARKS.get(one.scale, '')}"
            cells.append(f"[{style}]{shown}[/]" if style else shown)
        test = f"{PROTOCOLS[one.test].title}\n[dim]{one.label}[/]"
        table.add_row(test, one.side.value, *cells, _norm(one))
    return table


def _norm(one: ProgressSeries) -> str:
    band = one.band
    if band is None:
        return "-"
    unit = UNIT_MARKS.get(one.scale, "")
    if band.high is None:
        return f"{band.low:g}{unit} or more ({band.kind})"
    if band.high == band.low:
        return f"{band.low:g}{unit} ({band.kind})"
    return f"{band.low:g}-{band.high:g}{unit} ({band.kind})"

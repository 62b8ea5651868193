"""Show a week plan in the terminal: one row per session, with each drill's dose and reason."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from limberup.domain.planning.plain_words import CONTEXT_LABELS, dose_summary
from limberup.domain.planning.week import Day, WeekPlan
from limberup.entrypoints.cli.day_words import long_date


def print_week(console: Console, plan: WeekPlan) -> None:
    """The week as a calendar table, then the notes and any referral."""
    title = f"Week of {long_date(plan.week_start)}"
    table = Table(title=title, caption=plan_quality(plan), show_lines=True, expand=True)
    table.add_column("Day", no_wrap=True)
    table.add_column("Session", no_wrap=True)
    table.add_column("Drills, dose and why", ratio=1)
    for day in plan.days:
        _add_day(table, day)
    console.print(table)
    if plan.referral:
        console.print(Panel(plan.referral, title="Please see a professional", style="bold red"))
    for note in plan.notes:
        console.print(f"[yellow]Note:[/] {note}")


def plan_quality(plan: WeekPlan) -> str:
    """Whether the planner proved this the best week it could make, in plain words."""
    if plan.optimal:
        return "The best plan for your minutes and kit"
    if plan.solver_status == "feasible":
        return "A plan that keeps every rule, though not proven the best"
    return "A simpler plan: the planner could not make its best one this time"


def _add_day(table: Table, day: Day) -> None:
    label = Text(f"{day.date:%A}\n{long_date(day.date, weekday=False, year=False)}")
    if day.run:
        label.append("\nrun" + (f" {day.run_time:%H:%M}" if day.run_time else ""), "bold green")
    if day.retest:
        label.append("\nweekly retest", "bold magenta")
    if not day.sessions:
        table.add_row(label, "-", Text("rest", style="dim"))
        return
    for index, session in enumerate(day.sessions):
        drills = Group(
            *(
                Text.assemble(
                    (f"{item.name}", "bold"),
                    f"  {dose_summary(item)}  ",
                    (f"{item.minutes:g} min", "cyan"),
                    "\n",
                    (item.why, "dim"),
                )
                for item in session.items
            )
        )
        session_label = (
            f"{CONTEXT_LABELS[session.context]}\n"
            f"{session.minutes:g} of {session.budget_minutes:g} min"
        )
        table.add_row(label if index == 0 else "", session_label, drills)

"""What ``limberup today`` shows, as plain values, and how it is printed.

Two readers build a :class:`TodayView`: the services (``week.today``: any database, a plan made
on the spot when the week has none) and the quick reader of the embedded SQLite file
(``quick_today``), which answers in a tenth of the time. Both print through
:func:`print_today`, so they cannot drift apart in what the runner sees.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from limberup.domain.counting import counted, in_minutes
from limberup.entrypoints.cli.day_words import long_date

LEFT = (0, 0, 0, 3)
WHY = (0, 0, 0, 5)
"""Indents of a drill's line and of its reason under it (wrapped lines keep the indent)."""


@dataclass(frozen=True, slots=True)
class DrillLine:
    name: str
    dose: str
    """The dose in words (``plain_words.dose_summary``)."""
    why: str


@dataclass(frozen=True, slots=True)
class SessionLine:
    label: str
    """The kind of session in words: ``pre-run``, ``daily``."""
    minutes: float
    drills: tuple[DrillLine, ...]
    status: str | None
    """The latest log's status (``SessionStatus`` values), None when not started."""
    drills_done: int = 0


@dataclass(frozen=True, slots=True)
class TodayView:
    day: dt.date
    sessions: tuple[SessionLine, ...]
    retest: tuple[str, ...] = ()
    """The titles of the tests retested on this day."""


def print_today(console: Console, view: TodayView) -> None:
    console.rule(long_date(view.day))
    if not view.sessions:
        console.print("No session is planned for this day: rest, or run.")
        return
    for number, session in enumerate(view.sessions, start=1):
        console.print(session_heading(number, session))
        for drill in session.drills:
            console.print(Padding(Text.assemble((drill.name, "bold"), f"  {drill.dose}"), LEFT))
            console.print(Padding(Text(drill.why, style="dim"), WHY))
    if view.retest:
        tests = ", ".join(view.retest)
        console.print(f"[magenta]Weekly retest today[/] ({tests}): `limberup assess` records it.")
    console.print(
        "Start one with `limberup go NUMBER`; log one done without the player with "
        "`limberup log NUMBER`."
    )


def session_heading(number: int, session: SessionLine) -> Text:
    """``1. pre-run, 5 min, 3 drills - done``."""
    count = len(session.drills)
    state = {
        None: "not started",
        "finished": "done",
        "abandoned": f"abandoned after {session.drills_done} of {counted(count, 'drill')}",
        "in_progress": f"in progress, {session.drills_done} of {counted(count, 'drill')} done",
    }[session.status]
    style = {None: "", "finished": "green"}.get(session.status, "yellow")
    return Text.assemble(
        (f"{number}. {session.label}", "bold"),
        f", {in_minutes(session.minutes)}, {counted(count, 'drill')} - ",
        (state, style),
    )

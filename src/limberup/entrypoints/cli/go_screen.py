"""What ``limberup go`` shows: one Rich panel drawn from the player's state, nothing else.

The panel has the drill and its cues, the kind of step and the side, set and rep counters, a
countdown, the breathing pacer bar (4 s in, 6 s out), what comes next, the session's progress
and the keys. All the logic lives in ``domain.session.player``; this is only a view.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from limberup.domain.planning.plain_words import CONTEXT_LABELS
from limberup.domain.session.player import BreathPhase, PlayerState, breath_phase, counters
from limberup.domain.session.timeline import PlayerItem, Step, StepKind
from limberup.domain.vocabulary import Context

KIND_LABELS = {
    StepKind.GET_READY: ("GET READY", "bold yellow"),
    StepKind.WORK: ("MOVE", "bold green"),
    StepKind.HOLD: ("HOLD", "bold cyan"),
    StepKind.BREATHE: ("HOLD AND BREATHE", "bold cyan"),
    StepKind.SWITCH_SIDE: ("SWITCH SIDES", "bold yellow"),
    StepKind.REST: ("REST", "bold blue"),
}
KEYS = "space pause · n next · b back · s skip drill · p pain · q quit"
PACER_WIDTH = 30
SHOWN_CUES = 2


def render(
    state: PlayerState,
    items: Sequence[PlayerItem],
    *,
    context: Context,
    notice: str = "",
) -> RenderableType:
    """The player's screen for ``state``.

    Args:
        state: where the player is.
        items: the session's drills, for their cues.
        context: the kind of session, for the title.
        notice: a line to show under the panel (what was just logged, say).
    """
    step = state.current
    title = f"LimberUp · {CONTEXT_LABELS[context]} session"
    if step is None:
        body: RenderableType = Text("Session complete.", style="bold green")
        return Panel(body, title=title, border_style="green")
    rows: list[RenderableType] = [
        Text(f"Drill {step.item_index + 1} of {len(items)}", style="dim"),
        Text(step.title, style="bold"),
        _what_now(state, step),
        _counters(state),
        Text(f"{math.ceil(state.remaining):4d} s left", style="bold"),
    ]
    if step.kind is StepKind.BREATHE:
        rows.append(_pacer(state.into))
    # The step's own cue first, then the drill's others: the panel keeps its height.
    others = [cue for cue in items[step.item_index].exercise.cues if cue != step.cue]
    cues = ([step.cue] if step.cue else []) + others
    rows.extend(Text(f"» {cue}", style="italic") for cue in cues[:SHOWN_CUES])
    rows.append(_next(state))
    rows.append(_progress(state))
    if state.paused:
        rows.append(Text("PAUSED: space to carry on", style="bold reverse"))
    rows.append(Text(KEYS, style="dim"))
    if notice:
        rows.append(Text(notice, style="magenta"))
    return Panel(Group(*rows), title=title, border_style="cyan")


def _what_now(state: PlayerState, step: Step) -> Text:
    label, style = KIND_LABELS[step.kind]
    text = Text(label, style=style)
    if step.side is not None:
        text.append(f" · {step.side.value} side")
    return text


def _counters(state: PlayerState) -> Text:
    shown = counters(state)
    parts = []
    if shown.set_number:
        parts.append(f"Set {shown.set_number} of {shown.sets}")
    if shown.reps:
        unit = "Rep" if shown.reps_unit == "reps" else shown.reps_unit.rstrip("s").capitalize()
        parts.append(f"{unit} {shown.rep} of {shown.reps}")
    if shown.breaths:
        parts.append(f"Breath {shown.breath} of {shown.breaths}")
    return Text(" · ".join(parts) or " ")


def _pacer(into: float) -> Table:
    phase, fraction = breath_phase(into)
    filled = fraction if phase is BreathPhase.IN else 1.0 - fraction
    grid = Table.grid(padding=(0, 1))
    grid.add_row(
        Text("Breathe in " if phase is BreathPhase.IN else "Breathe out", style="bold"),
        ProgressBar(total=1.0, completed=filled, width=PACER_WIDTH, complete_style="cyan"),
    )
    return grid


def _next(state: PlayerState) -> Text:
    upcoming = state.upcoming
    if upcoming is None:
        return Text("Next: the end of the session")
    text = Text(f"Next: {describe(upcoming)}")
    following = state.next_item_step
    if following is not None and following is not upcoming:
        text.append(f" · then: {following.title}", style="dim")
    return text


def describe(step: Step) -> str:
    """A step in a few words: ``hold 30 s``, ``switch sides``, ``Leg swings``."""
    side = f", {step.side.value} side" if step.side else ""
    match step.kind:
        case StepKind.GET_READY:
            return step.title
        case StepKind.WORK:
            return f"{amount(step.reps, step.reps_unit)}{side}"
        case StepKind.HOLD:
            return f"hold {step.seconds:g} s{side}"
        case StepKind.BREATHE:
            return f"{step.breaths} slow breaths{side}"
        case StepKind.SWITCH_SIDE:
            return "switch sides"
        case StepKind.REST:
            return f"rest {step.seconds:g} s"


def amount(count: int, unit: str) -> str:
    """``1 rep``, ``8 reps``, ``20 steps``."""
    return f"{count} {unit.removesuffix('s') if count == 1 else unit}"


def _progress(state: PlayerState) -> Table:
    total, done = state.total(), state.elapsed()
    grid = Table.grid(padding=(0, 1))
    grid.add_row(
        ProgressBar(total=max(total, 1.0), completed=done, width=PACER_WIDTH),
        Text(f"{_clock(done)} of {_clock(total)}"),
    )
    return grid


def _clock(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes:d}:{rest:02d}"

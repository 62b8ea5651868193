"""The words of a plan's notes, for every screen (terminal, pages, API) alike."""

from __future__ import annotations

from collections.abc import Callable

from limberup.domain.planning.notes import NoteCode, PlanNote


def note_text(note: PlanNote) -> str:
    """The note as a sentence for the runner."""
    return _WORDS[note.code](note)


def _pre_run_too_short(note: PlanNote) -> str:
    when = f"{note.date:%A} {note.date.isoformat()}" if note.date else "One run day"
    return (
        f"{when}: no pre-run drill fits in {note.minutes or 0:g} minutes; allow a few more minutes."
    )


def _pair_missed_days(note: PlanNote) -> str:
    missing = note.count or 0
    days = "every day" if missing == 7 else f"{missing} of the 7 days"
    return (
        f"The corrective pair for the straight-leg raise did not fit on {days} this "
        "week: give the daily session enough minutes for both drills."
    )


def _solver_unfinished(note: PlanNote) -> str:
    return (
        f"The solver did not finish ({note.detail or 'no reason given'}); this week keeps "
        "every rule but is not proven the best."
    )


def _fixed(text: str) -> Callable[[PlanNote], str]:
    return lambda _note: text


_WORDS: dict[NoteCode, Callable[[PlanNote], str]] = {
    NoteCode.NO_MINUTES: _fixed(
        "No minutes are set for any session, so this week has no drills: "
        "add minutes per session type in your profile."
    ),
    NoteCode.NO_PRE_RUN_MINUTES: _fixed(
        "No minutes are set for pre-run sessions: warm up with a few dynamic "
        "drills before each run."
    ),
    NoteCode.PRE_RUN_TOO_SHORT: _pre_run_too_short,
    NoteCode.PAIR_UNAVAILABLE: _fixed(
        "Your straight-leg raise needs the corrective pair daily, but its drills are not "
        "available (kit, pain or drills you avoid): a strap, band or towel is all it takes."
    ),
    NoteCode.PAIR_MISSED_DAYS: _pair_missed_days,
    NoteCode.HYPERMOBILE: _fixed(
        "Your joints are more mobile than most: this week favours stability, control and "
        "strength, and leaves out held end-range stretches."
    ),
    NoteCode.SOLVER_UNFINISHED: _solver_unfinished,
    NoteCode.LEGACY: lambda note: note.detail or "",
}

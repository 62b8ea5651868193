"""The words of a plan's notes, for every screen (terminal, pages, API) alike."""

from __future__ import annotations

from collections.abc import Callable

from limberup.domain.assessment.protocols import PROTOCOLS
from limberup.domain.planning.notes import NoteCode, PlanNote


def note_text(note: PlanNote) -> str:
    """The note as a sentence for the runner."""
    return _WORDS[note.code](note)


def _pre_run_too_short(note: PlanNote) -> str:
    when = f"{note.date:%A} {note.date.isoformat()}" if note.date else "One run day"
    return (
        f"{when}: no pre-run drill fits in {note.minutes or 0:g} minutes; allow a few more minutes."
    )


def _pre_run_gated(note: PlanNote) -> str:
    when = f"{note.date:%A} {note.date.isoformat()}" if note.date else "One run day"
    return (
        f"{when}: no pre-run drill is left that spares what hurts or suits loose joints, so "
        "there is no pre-run session; start the run gently instead."
    )


def _pair_missed_days(note: PlanNote) -> str:
    missing = note.count or 0
    days = "every day" if missing == 7 else f"{missing} of the 7 days"
    return (
        f"The corrective pair for the straight-leg raise did not fit on {days} this "
        "week: give the daily session, or a session straight after your runs, enough "
        "minutes for both drills."
    )


def _prep_left_out(note: PlanNote) -> str:
    days = f"{note.count} run day{'s' if note.count != 1 else ''}"
    return (
        f"The warm-up before a run has four steps; on {days}, {note.minutes or 0:g} min held "
        f"only some of them (missing at least once: {note.detail}). More pre-run minutes "
        "bring every step back."
    )


def _solver_unfinished(note: PlanNote) -> str:
    return (
        f"The solver did not finish ({note.detail or 'no reason given'}); this week keeps "
        "every rule but is not proven the best."
    )


def _regions(note: PlanNote) -> str:
    names = [region.value.replace("_", " ") for region in note.regions]
    if len(names) <= 1:
        return names[0] if names else "painful area"
    return ", ".join(names[:-1]) + " and " + names[-1]


def _pair_unavailable(note: PlanNote) -> str:
    start = "Your straight-leg raise calls for the corrective pair daily, but "
    why = {
        "kit": "its drills need a strap, band or towel you have not listed: any one will do.",
        "avoided": "you chose to avoid one of its drills.",
        "hypermobile": (
            "the band-assisted raise is a held, end-range stretch, which loose joints do "
            "not need; the week works on control of the leg instead."
        ),
    }
    return start + why.get(
        note.detail or "",
        "pain keeps its drills out: LimberUp does not prescribe into pain.",
    )


def _hypermobile(note: PlanNote) -> str:
    left_out = f" ({note.count} drills left out)" if note.count else ""
    return (
        "Your joints are more mobile than most: this week builds stability, control and "
        "strength through the middle of each joint's range, and leaves out static holds, "
        "end-range and swinging stretches and anything that pushes a joint toward "
        f"overstraightening{left_out}."
    )


def _painful_regions(note: PlanNote) -> str:
    them = "them" if len(note.regions) > 1 else "it"
    return (
        f"You reported pain in the {_regions(note)}: {note.count or 0} drills that load {them}, "
        "by their movement or position (kneeling loads the knee), are left out this week."
    )


def _drill_hurt(note: PlanNote) -> str:
    when = f" on {note.date:%A}" if note.date else ""
    instead = (
        f"{note.detail}, an easier drill that does not stretch it, takes its place"
        if note.detail
        else "no easier version spares it, so other drills fill the week"
    )
    return (
        f"{note.drill} hurt{when} ({note.count}/10 in the {_regions(note)}): it is off the "
        f"plan for the rest of this week, and {instead}."
    )


def _drill_stopped(note: PlanNote) -> str:
    return (
        f"{note.drill} is stopped: it hurt ({note.count}/10 at worst, in the "
        f"{_regions(note)}) strongly or in two sessions. Please have it looked at by a "
        "physiotherapist or doctor before doing it again."
    )


def _test_not_retested(note: PlanNote) -> str:
    test = PROTOCOLS[note.test].title.lower() if note.test else "one"
    why = f"loads the {_regions(note)}, where you have pain" if note.regions else "hurt"
    return (
        f"The {test} test {why}, so it is left out of the weekly retest until you record "
        "that the pain has gone."
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
    NoteCode.PRE_RUN_GATED: _pre_run_gated,
    NoteCode.PREP_LEFT_OUT: _prep_left_out,
    NoteCode.PAIR_UNAVAILABLE: _pair_unavailable,
    NoteCode.PAIR_MISSED_DAYS: _pair_missed_days,
    NoteCode.HYPERMOBILE: _hypermobile,
    NoteCode.PAIN_UNPLACED: _fixed(
        "You reported pain at rest without saying where, so this week holds no drills: each "
        "one loads some part of the body. Record where it hurts, or that it has gone, in a "
        "new assessment's pain questions and the week is planned again."
    ),
    NoteCode.PAINFUL_REGIONS: _painful_regions,
    NoteCode.DRILL_HURT: _drill_hurt,
    NoteCode.DRILL_STOPPED: _drill_stopped,
    NoteCode.TEST_NOT_RETESTED: _test_not_retested,
    NoteCode.SOLVER_UNFINISHED: _solver_unfinished,
    NoteCode.LEGACY: lambda note: note.detail or "",
}

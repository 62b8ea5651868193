"""What a plan tells the runner beyond its sessions, as coded values; words come from ``wording``.

A note says which rule the week could not keep, or why it looks the way it does. It carries a
code and the facts that go with it (a date, a count, minutes), so a checker or a screen reads
the code, never the English; :func:`limberup.domain.planning.wording.note_text` makes the words.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, computed_field

from limberup.domain.values import IsoDate
from limberup.domain.vocabulary import Region, TestId


class NoteCode(StrEnum):
    NO_MINUTES = "no_minutes"
    """No minutes for any kind of session: the week is empty."""
    NO_PRE_RUN_MINUTES = "no_pre_run_minutes"
    """The runner runs but gave no pre-run minutes."""
    PRE_RUN_TOO_SHORT = "pre_run_too_short"
    """On ``date``, no pre-run drill fits in ``minutes``."""
    PRE_RUN_GATED = "pre_run_gated"
    """On ``date``, pain or hypermobility left no drill that may go before the run."""
    PREP_LEFT_OUT = "prep_left_out"
    """On ``count`` run days the pre-run minutes (``minutes`` at the least) had no room for
    the preparation steps named in ``detail`` (``prep``), though the kit allows them."""
    PAIR_UNAVAILABLE = "pair_unavailable"
    """The straight-leg raise fails but the corrective pair's drills cannot be used;
    ``detail`` is the gate that kept them out (``gates.Gate``: kit, pain, hypermobile...)."""
    PAIR_MISSED_DAYS = "pair_missed_days"
    """The corrective pair fits on ``count`` fewer days than seven."""
    HYPERMOBILE = "hypermobile"
    """The week favours stability and control and leaves out ``count`` stretching drills."""
    PAIN_UNPLACED = "pain_unplaced"
    """Pain at rest with no place: the week holds no drill until the runner says where or
    that it has gone."""
    PAINFUL_REGIONS = "painful_regions"
    """``count`` drills that load the painful ``regions`` are left out."""
    DRILL_HURT = "drill_hurt"
    """``drill`` hurt (``count``/10 in ``regions``) on ``date``: off the rest of the week;
    ``detail`` names the easier drill in its place, if any."""
    DRILL_STOPPED = "drill_stopped"
    """``drill`` hurt too much (``count``/10) or in two sessions: stopped, see a clinician."""
    TEST_NOT_RETESTED = "test_not_retested"
    """The ``test`` hurt: it is left out of the weekly retest until the pain is marked gone."""
    SOLVER_UNFINISHED = "solver_unfinished"
    """The solver did not finish (``detail`` says why): the week keeps the rules unproven."""
    LEGACY = "legacy"
    """A note stored as plain text by an earlier LimberUp (``detail`` holds it)."""


class PlanNote(BaseModel):
    """One note of a week plan: a code and its facts."""

    # ``text`` comes back with a stored plan's JSON; it is made anew from the code.
    model_config = ConfigDict(frozen=True, extra="ignore")

    code: NoteCode
    date: IsoDate | None = None
    count: int | None = None
    minutes: float | None = None
    detail: str | None = None
    drill: str | None = None
    """A drill's name, for notes about one drill."""
    regions: tuple[Region, ...] = ()
    test: TestId | None = None

    @computed_field  # type: ignore[prop-decorator]  # pydantic's documented form
    @property
    def text(self) -> str:
        """The note in words, for scripts that read the JSON."""
        from limberup.domain.planning.wording import note_text

        return note_text(self)

    def __str__(self) -> str:
        return self.text


def upgrade_note(note: Any) -> Any:
    """A note from an earlier LimberUp, stored as a sentence, as a coded legacy note."""
    if isinstance(note, str):
        return {"code": NoteCode.LEGACY.value, "detail": note}
    if isinstance(note, dict) and isinstance(note.get("regions"), list):
        # This validator hands on Python data, where a strict read wants a tuple, not a list.
        return {**note, "regions": tuple(note["regions"])}
    return note


def upgrade_plan_data(plan: Any) -> Any:
    """A plan's JSON from an earlier LimberUp, whose notes were sentences, with coded notes.

    Stored plans and exports are upgraded on reading; anything else is returned unchanged.
    """
    if not isinstance(plan, dict) or not isinstance(notes := plan.get("notes"), list):
        return plan
    if not any(isinstance(note, str) for note in notes):
        return plan
    return {**plan, "notes": [upgrade_note(note) for note in notes]}


StoredNote = Annotated[
    PlanNote, BeforeValidator(upgrade_note, json_schema_input_type=PlanNote | str)
]
"""A note as a plan holds it; a sentence stored by an earlier LimberUp reads as a legacy note."""

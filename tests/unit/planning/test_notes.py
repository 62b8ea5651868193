"""Plan notes are coded values; their words are made from the code, and old sentences still read."""

from __future__ import annotations

import datetime as dt

import pytest

from limberup.domain.planning.notes import NoteCode, PlanNote, upgrade_plan_data
from limberup.domain.planning.week import WeekPlan
from limberup.domain.planning.wording import note_text
from limberup.domain.vocabulary import Region

WEDNESDAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize("code", list(NoteCode))
def test_every_code_has_words(code: NoteCode) -> None:
    note = PlanNote(code=code, date=WEDNESDAY, count=3, minutes=2.5, detail="why")
    assert note_text(note).strip()
    assert str(note) == note.text == note_text(note)


def test_the_words_carry_the_notes_facts() -> None:
    short = PlanNote(code=NoteCode.PRE_RUN_TOO_SHORT, date=WEDNESDAY, minutes=2.5)
    assert str(short).startswith("Wednesday 2026-11-25: no pre-run drill fits in 2.5 minutes")
    assert "3 of the 7 days" in str(PlanNote(code=NoteCode.PAIR_MISSED_DAYS, count=3))
    assert "every day" in str(PlanNote(code=NoteCode.PAIR_MISSED_DAYS, count=7))
    assert "(time limit)" in str(PlanNote(code=NoteCode.SOLVER_UNFINISHED, detail="time limit"))


def test_a_note_round_trips_through_json_with_its_words() -> None:
    note = PlanNote(code=NoteCode.PRE_RUN_TOO_SHORT, date=WEDNESDAY, minutes=1.0)
    data = note.model_dump(mode="json")
    assert data["code"] == "pre_run_too_short"
    assert data["text"] == str(note)
    assert PlanNote.model_validate(data) == note


def test_a_plan_stored_with_sentences_reads_back_with_legacy_notes() -> None:
    old = {
        "week_start": "2026-11-23",
        "optimal": True,
        "solver_status": "optimal",
        "objective": 1.0,
        "days": [],
        "notes": ["Warm up first.", {"code": "hypermobile"}],
    }
    plan = WeekPlan.model_validate(upgrade_plan_data(old))
    assert [n.code for n in plan.notes] == [NoteCode.LEGACY, NoteCode.HYPERMOBILE]
    assert str(plan.notes[0]) == "Warm up first."
    assert upgrade_plan_data({"notes": []}) == {"notes": []}


def test_a_note_with_regions_reads_back_from_a_strict_json_read() -> None:
    note = PlanNote(code=NoteCode.DRILL_HURT, drill="Leg lowering 1", regions=(Region.HIP,))
    plan = WeekPlan(
        week_start=WEDNESDAY,
        optimal=True,
        solver_status="optimal",
        objective=0.0,
        days=(),
        notes=(note,),
    )
    assert WeekPlan.model_validate_json(plan.model_dump_json(), strict=True).notes == (note,)

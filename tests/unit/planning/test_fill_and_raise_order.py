"""The order the placer fills sessions and raises doses in, where the minutes run short."""

from __future__ import annotations

from limberup.domain.dosing import DoseLevel
from limberup.domain.planning.candidates import Candidate, Drill, Slot
from limberup.domain.planning.placer import fill_week, raise_doses
from limberup.domain.planning.score import PairRule
from limberup.domain.planning.week import FindingInput, Findings, Profile
from limberup.domain.vocabulary import Side, Status, TestId
from tests.factories import exercise
from tests.unit.planning.builders import candidate, drill, part, slot

SLR = Findings(
    items=(FindingInput(id="slr_limited", test=TestId.SLR, side=Side.LEFT, status=Status.LIMITED),)
)


def test_a_drill_with_one_day_left_goes_in_the_weeks_first_session() -> None:
    once = drill(exercise("once"), max_days=1, serves=("slr_limited",))
    monday, tuesday = slot(0, day=0), slot(1, day=1)
    options = [candidate(0, monday, once), candidate(1, tuesday, once)]
    week = fill_week((), options, findings=SLR, profile=Profile(), pair=None)
    assert [c.slot.day for c in week] == [0]


def _fuller(low: Candidate, seconds: float) -> Candidate:
    return Candidate(low.index, low.slot, low.drill, DoseLevel.HIGH, (part(),), seconds)


def _raised(session: Slot, drills: tuple[Drill, ...], pair: PairRule | None) -> list[str]:
    week = [candidate(i, session, d, seconds=30) for i, d in enumerate(drills)]
    fuller = {(c.slot.index, c.drill.exercise.id): (c, _fuller(c, 60)) for c in week}
    raised = raise_doses(week, fuller, findings=SLR, pair=pair)
    return [c.drill.exercise.id for c in raised if c.level is DoseLevel.HIGH]


def test_the_corrective_pair_gets_the_fuller_dose_first() -> None:
    # 60 s used of 100: room to raise one drill by 30 s, and the pair's first goes first,
    # ahead of a drill serving the same finding.
    first = drill(exercise("first"), serves=("slr_limited",))
    serving = drill(exercise("serving"), serves=("slr_limited",))
    pair = PairRule("first", "second", frozenset({0}))
    assert _raised(slot(0, budget_s=100), (serving, first), pair) == ["first"]


def test_a_drill_serving_a_finding_gets_the_fuller_dose_before_one_that_does_not() -> None:
    plain = drill(exercise("plain"))
    serving = drill(exercise("serving"), serves=("slr_limited",))
    assert _raised(slot(0, budget_s=100), (plain, serving), None) == ["serving"]


def test_doses_are_raised_only_while_the_session_has_the_minutes() -> None:
    drills = tuple(drill(exercise(f"d{i}")) for i in range(3))
    assert len(_raised(slot(0, budget_s=150), drills, None)) == 2

from __future__ import annotations

import pytest

from limberup.domain.catalog import Dose
from limberup.domain.dosing import DoseLevel, prescribe
from limberup.domain.session.timeline import (
    BREATH_S,
    EXHALE_S,
    GET_READY_S,
    INHALE_S,
    REST_BETWEEN_SETS_S,
    SWITCH_SIDE_S,
    PlayerItem,
    StepKind,
    item_seconds,
    session_steps,
    total_seconds,
)
from limberup.domain.vocabulary import Laterality, Modality, Side
from tests.factories import exercise, span


def test_breathing_is_paced_within_seed_001s_ranges() -> None:
    assert 3 <= INHALE_S <= 4
    assert 6 <= EXHALE_S <= 8
    assert BREATH_S == INHALE_S + EXHALE_S


def test_each_side_drill_with_breath_holds_counts_reps_sides_and_breaths() -> None:
    drill = exercise(
        "assisted",
        modality=Modality.STATIC_HOLD,
        cues=("Long exhale.",),
        dose=Dose(reps=span(3, 5), hold_breaths=span(3, 5)),
    )
    steps = session_steps([PlayerItem(drill, prescribe(drill, DoseLevel.LOW))])
    kinds = [s.kind for s in steps]
    assert kinds[0] is StepKind.GET_READY
    breathes = [s for s in steps if s.kind is StepKind.BREATHE]
    assert len(breathes) == 6  # 3 reps on each of two sides
    assert {s.breaths for s in breathes} == {3}
    assert {s.seconds for s in breathes} == {3 * BREATH_S}
    assert [s.side for s in breathes] == [Side.LEFT] * 3 + [Side.RIGHT] * 3
    assert [s.rep_number for s in breathes] == [1, 2, 3, 1, 2, 3]
    assert kinds.count(StepKind.SWITCH_SIDE) == 1
    assert all(s.cue == "Long exhale." for s in steps if s.kind is StepKind.WORK)


def test_sets_get_rest_between_them_but_not_after_the_last() -> None:
    drill = exercise(
        "kb",
        modality=Modality.STRENGTH,
        laterality=Laterality.BILATERAL,
        dose=Dose(sets=span(3), reps=span(10)),
    )
    steps = session_steps([PlayerItem(drill, prescribe(drill, DoseLevel.LOW))])
    assert [s.kind for s in steps] == [
        StepKind.GET_READY,
        StepKind.WORK,
        StepKind.REST,
        StepKind.WORK,
        StepKind.REST,
        StepKind.WORK,
    ]
    work = steps[1]
    assert (work.reps, work.seconds_per_rep, work.seconds) == (10, 4.0, 40.0)


def test_rest_between_held_reps_comes_from_the_dose() -> None:
    drill = exercise(
        "press",
        modality=Modality.ACTIVATION,
        laterality=Laterality.BILATERAL,
        dose=Dose(reps=span(2), hold_s=span(8), rest_s=span(10)),
    )
    steps = session_steps([PlayerItem(drill, prescribe(drill, DoseLevel.LOW))])
    assert [(s.kind, s.seconds) for s in steps] == [
        (StepKind.GET_READY, GET_READY_S),
        (StepKind.WORK, 3.0),
        (StepKind.HOLD, 8.0),
        (StepKind.REST, 10.0),
        (StepKind.WORK, 3.0),
        (StepKind.HOLD, 8.0),
    ]


@pytest.mark.parametrize(("unit", "per_unit"), [("steps", 1.0), ("feet", 0.5)])
def test_walking_drills_are_paced_by_distance(unit: str, per_unit: float) -> None:
    drill = exercise(
        "walk", laterality=Laterality.ALTERNATING, dose=Dose(reps=span(20), reps_unit=unit)
    )  # type: ignore[arg-type]
    steps = session_steps([PlayerItem(drill, prescribe(drill, DoseLevel.LOW))])
    assert steps[-1].seconds == 20 * per_unit
    assert steps[-1].reps_unit == unit


def test_item_seconds_is_the_sum_of_its_steps() -> None:
    drill = exercise("ankle", dose=Dose(sets=span(2), reps=span(8)))
    item = PlayerItem(drill, prescribe(drill, DoseLevel.LOW))
    expected = GET_READY_S + 2 * (2 * 8 * 2.0 + SWITCH_SIDE_S) + REST_BETWEEN_SETS_S
    assert item_seconds(item) == total_seconds(session_steps([item])) == expected

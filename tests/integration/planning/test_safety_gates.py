"""Pain and hypermobility gates over the real catalogue, region by region, solved by HiGHS."""

from __future__ import annotations

import datetime as dt

import pytest

from limberup.adapters.solver.highs import HighsSolver
from limberup.catalog.loader import load_catalogue
from limberup.domain.planning.notes import NoteCode
from limberup.domain.planning.planner import PlanRequest, plan_week
from limberup.domain.planning.week import (
    Budgets,
    FindingInput,
    Findings,
    Profile,
    Weekday,
    WeekPlan,
)
from limberup.domain.progression.decisions import DrillPain
from limberup.domain.vocabulary import Equipment, Modality, Region, Side, Status, TestId
from tests.rules.plan_check import violations

CATALOGUE = load_catalogue()
MONDAY = dt.date(2026, 11, 23)
EVERY_FINDING = tuple(
    FindingInput(id=f"{test.value}_limited", test=test, side=Side.LEFT, status=Status.LIMITED)
    for test in (
        TestId.SLR,
        TestId.KNEE_TO_WALL,
        TestId.STANDING_HIP,
        TestId.TIBIAL_ROTATION,
        TestId.THORACIC_ROTATION,
    )
)
"""Every test failed: every drill of the library has a reason to be chosen."""
RUNNER = Profile(
    run_days=(Weekday.TUE, Weekday.THU, Weekday.SAT),
    equipment=tuple(Equipment),
    minutes=Budgets(pre_run=15, rest_day=30, daily=15, micro_break=5),
)


def week(findings: Findings, profile: Profile = RUNNER, **request: object) -> WeekPlan:
    asked = PlanRequest(profile, findings, MONDAY, **request)  # type: ignore[arg-type]
    plan = plan_week(asked, CATALOGUE, HighsSolver())
    hurt = frozenset(asked.hurt)
    assert violations(plan, CATALOGUE, profile, findings, hurt=hurt) == []
    return plan


def placed(plan: WeekPlan) -> set[str]:
    return {i.exercise_id for d in plan.days for s in d.sessions for i in s.items}


@pytest.mark.parametrize("region", list(Region))
def test_no_drill_that_loads_a_painful_region_appears_anywhere_in_the_week(
    region: Region,
) -> None:
    plan = week(Findings(items=EVERY_FINDING, refer=True, painful_regions=frozenset({region})))
    loading = {e.id for e in CATALOGUE.exercises if region in e.loaded()}
    assert not placed(plan) & loading
    assert plan.refer
    assert plan.referral
    if loading:
        note = next(n for n in plan.notes if n.code is NoteCode.PAINFUL_REGIONS)
        assert note.regions == (region,)
    assert not any(n.code is NoteCode.PAIR_UNAVAILABLE and "strap" in n.text for n in plan.notes)


def test_knee_pain_keeps_out_kneeling_lunging_and_deep_knee_bends() -> None:
    plan = week(Findings(items=EVERY_FINDING, refer=True, painful_regions=frozenset({Region.KNEE})))
    for kneeling in ("hip_flexor_matrix", "side_flexion_rotation", "drive_backs", "step_downs"):
        assert kneeling not in placed(plan)


@pytest.mark.parametrize("source", ["assessment", "profile"])
def test_a_hypermobile_runner_gets_no_hold_and_no_end_range_ballistic_or_hyperextending_work(
    source: str,
) -> None:
    if source == "assessment":
        plan = week(Findings(items=EVERY_FINDING, hypermobile=True))
    else:
        plan = week(Findings(items=EVERY_FINDING), RUNNER.model_copy(update={"hypermobile": True}))
    for exercise_id in placed(plan):
        exercise = CATALOGUE.get(exercise_id)
        assert exercise.modality is not Modality.STATIC_HOLD, exercise_id
        assert not exercise.risks, (exercise_id, exercise.risks)
    assert placed(plan), "stability work still fills the week"
    note = next(n for n in plan.notes if n.code is NoteCode.HYPERMOBILE)
    assert note.count
    assert "overstraightening" in note.text
    pair = next(n for n in plan.notes if n.code is NoteCode.PAIR_UNAVAILABLE)
    assert pair.detail == "hypermobile"
    assert "strap" not in pair.text


def test_pain_at_rest_with_no_place_empties_the_week_and_refers() -> None:
    plan = week(Findings(items=EVERY_FINDING, refer=True, pain_unplaced=True))
    assert placed(plan) == set()
    assert plan.refer
    assert plan.referral
    assert "Until then" in plan.referral
    codes = [n.code for n in plan.notes]
    assert NoteCode.PAIN_UNPLACED in codes
    assert NoteCode.PRE_RUN_TOO_SHORT not in codes
    assert NoteCode.PAIR_UNAVAILABLE not in codes


def test_a_drill_that_hurt_leaves_the_week_and_an_easier_one_that_spares_it_steps_in() -> None:
    base = week(Findings(items=EVERY_FINDING[:1]))
    assert "leg_lowering_1" in placed(base)
    hurt = {
        "leg_lowering_1": DrillPain("leg_lowering_1", MONDAY, 3, frozenset({Region.HIP_FLEXORS}))
    }
    plan = week(Findings(items=EVERY_FINDING[:1]), hurt=hurt)
    assert "leg_lowering_1" not in placed(plan)
    for exercise_id in placed(plan):  # nothing that stretches the hip flexors stays
        assert Region.HIP_FLEXORS not in CATALOGUE.get(exercise_id).stretched()
    note = next(n for n in plan.notes if n.code is NoteCode.DRILL_HURT)
    assert note.drill == "Leg lowering 1"
    assert "rest of this week" in note.text
    assert not plan.refer


def test_a_painful_hamstring_drill_is_not_replaced_by_a_hamstring_stretch() -> None:
    hurt = {
        "core_engaged_slr": DrillPain("core_engaged_slr", MONDAY, 2, frozenset({Region.HAMSTRINGS}))
    }
    plan = week(Findings(items=EVERY_FINDING[:1]), hurt=hurt)
    assert not placed(plan) & {"core_engaged_slr", "assisted_slr"}
    note = next(n for n in plan.notes if n.code is NoteCode.DRILL_HURT)
    assert note.detail is None
    assert "no easier version" in note.text


@pytest.mark.parametrize(("level", "sessions"), [(6, 1), (2, 2)])
def test_strong_or_repeated_pain_stops_the_drill_and_refers(level: int, sessions: int) -> None:
    pain = DrillPain("leg_lowering_1", MONDAY, level, frozenset({Region.CORE}), sessions)
    plan = week(Findings(items=EVERY_FINDING[:1]), hurt={"leg_lowering_1": pain})
    assert "leg_lowering_1" not in placed(plan)
    assert plan.refer
    assert plan.referral
    assert any(n.code is NoteCode.DRILL_STOPPED for n in plan.notes)


def test_a_painful_test_is_left_out_of_the_weekly_retest() -> None:
    painful = Findings(
        items=EVERY_FINDING, refer=True, painful_tests=frozenset({TestId.KNEE_TO_WALL})
    )
    plan = week(painful)
    retested = {test for day in plan.days for test in day.retest}
    assert TestId.KNEE_TO_WALL not in retested
    assert TestId.SLR in retested
    assert any(n.code is NoteCode.TEST_NOT_RETESTED for n in plan.notes)


def test_a_run_day_with_no_drill_left_before_it_does_not_ask_for_minutes() -> None:
    every_leg = frozenset(set(Region) - {Region.NECK, Region.CHEST})
    plan = week(Findings(items=EVERY_FINDING, refer=True, painful_regions=every_leg))
    codes = {n.code for n in plan.notes}
    assert NoteCode.PRE_RUN_GATED in codes
    assert NoteCode.PRE_RUN_TOO_SHORT not in codes

"""The planner's rules on the real catalogue, one scenario each, solved by HiGHS."""

from __future__ import annotations

import datetime as dt

import pytest

from limberup.adapters.solver.highs import HighsSolver
from limberup.catalog.loader import load_catalogue
from limberup.domain.planning.explain import MODALITY_PURPOSE
from limberup.domain.planning.notes import NoteCode
from limberup.domain.planning.planner import (
    REFERRAL,
    PlanRequest,
    plan_week,
)
from limberup.domain.planning.week import (
    Budgets,
    FindingInput,
    Findings,
    Item,
    Profile,
    Weekday,
    WeekPlan,
)
from limberup.domain.progression.decisions import Action, Decision
from limberup.domain.session.player import player_items
from limberup.domain.session.timeline import item_seconds
from limberup.domain.vocabulary import (
    EVERYDAY_KIT,
    Context,
    Equipment,
    Modality,
    Region,
    Side,
    Status,
    TestId,
)
from tests.rules.plan_check import violations
from tests.rules.player_time import player_mismatches

CATALOGUE = load_catalogue()
MONDAY = dt.date(2026, 11, 23)
ALL_KIT = tuple(Equipment)
STIFF_HIPS = Findings(
    items=tuple(
        FindingInput(
            id="standing_hip_limited", test=TestId.STANDING_HIP, side=side, status=Status.LIMITED
        )
        for side in (Side.LEFT, Side.RIGHT)
    )
)
SLR_LIMITED = Findings(
    items=(FindingInput(id="slr_limited", test=TestId.SLR, side=Side.LEFT, status=Status.LIMITED),)
)


def runner(**changes: object) -> Profile:
    base: dict[str, object] = {
        "run_days": (Weekday.TUE, Weekday.THU, Weekday.SAT),
        "equipment": ("wall", "doorway", "strap", "light_band", "foam_roller"),
        "minutes": Budgets(pre_run=10, rest_day=20, daily=8, micro_break=3),
    }
    return Profile.model_validate(base | changes)


NO_FINDINGS = Findings()


def plan(profile: Profile, findings: Findings = NO_FINDINGS, **request: object) -> WeekPlan:
    req = PlanRequest(profile, findings, MONDAY, **request)  # type: ignore[arg-type]
    week = plan_week(req, CATALOGUE, HighsSolver())
    assert week.optimal
    maintained = frozenset(
        d.exercise_id for d in req.decisions.values() if d.action is Action.MAINTAIN
    )
    assert violations(week, CATALOGUE, profile, findings, maintained=maintained) == []
    assert player_mismatches(week, CATALOGUE) == []
    return week


def items(week: WeekPlan, context: Context | None = None) -> list[Item]:
    return [
        i for d in week.days for s in d.sessions if context in (None, s.context) for i in s.items
    ]


def test_a_failed_slr_gets_the_corrective_pair_every_day_in_order() -> None:
    week = plan(runner(), SLR_LIMITED)
    for day in week.days:
        sessions = [[i.exercise_id for i in s.items] for s in day.sessions]
        pair = [s for s in sessions if "assisted_slr" in s]
        assert len(pair) == 1, day.date
        first = pair[0].index("assisted_slr")
        assert pair[0][first + 1] == "leg_lowering_1"
    whys = {i.exercise_id: i.why for i in items(week)}
    assert "first half of the corrective pair" in whys["assisted_slr"]
    assert "second half of the corrective pair" in whys["leg_lowering_1"]


def test_without_a_failed_slr_there_is_no_daily_pair_rule() -> None:
    week = plan(runner())
    days_with_pair = [
        d
        for d in week.days
        if any(i.exercise_id == "assisted_slr" for s in d.sessions for i in s.items)
    ]
    assert len(days_with_pair) < 7


def test_advancing_swaps_in_the_progressions_and_carries_the_dose() -> None:
    decisions = {
        "assisted_slr": Decision("assisted_slr", Action.ADVANCE, "improved", "core_engaged_slr"),
        "leg_lowering_1": Decision("leg_lowering_1", Action.ADVANCE, "improved", "leg_lowering_2"),
    }
    week = plan(runner(), SLR_LIMITED, decisions=decisions)
    used = {i.exercise_id for i in items(week)}
    assert {"core_engaged_slr", "leg_lowering_2"} <= used
    assert not {"assisted_slr", "leg_lowering_1"} & used
    core = next(i for i in items(week) if i.exercise_id == "core_engaged_slr")
    assert core.reps in (3, 5)  # the assisted raise's 3-5 reps, carried over
    for day in week.days:
        ids = [[i.exercise_id for i in s.items] for s in day.sessions]
        assert any(
            "core_engaged_slr" in s and s[s.index("core_engaged_slr") + 1] == "leg_lowering_2"
            for s in ids
        )


def test_progressions_stay_locked_until_a_runner_advances() -> None:
    used = {i.exercise_id for i in items(plan(runner(), SLR_LIMITED))}
    assert not {"core_engaged_slr", "leg_lowering_2", "kettlebell_swing"} & used


def test_maintenance_drops_to_the_fewest_days() -> None:
    decisions = {"knee_rotation": Decision("knee_rotation", Action.MAINTAIN, "passed")}
    week = plan(runner(), decisions=decisions)
    days = {
        d.date
        for d in week.days
        for s in d.sessions
        for i in s.items
        if i.exercise_id == "knee_rotation"
    }
    low = CATALOGUE.get("knee_rotation").dose.days_per_week
    assert low is not None
    assert len(days) <= low.min
    assert all(i.level == "low" for i in items(week) if i.exercise_id == "knee_rotation")


def test_pain_in_a_drill_regresses_it_and_stop_removes_it() -> None:
    decisions = {
        "leg_lowering_2": Decision("leg_lowering_2", Action.REGRESS, "pain", "leg_lowering_1"),
        "knee_rotation": Decision("knee_rotation", Action.REGRESS, "pain"),
        "ankle_rolls": Decision("ankle_rolls", Action.STOP, "pain twice"),
    }
    week = plan(runner(), decisions=decisions)
    used = items(week)
    assert "ankle_rolls" not in {i.exercise_id for i in used}
    assert "leg_lowering_2" not in {i.exercise_id for i in used}
    assert all(i.level == "low" for i in used if i.exercise_id == "knee_rotation")


def test_hypermobile_runners_get_no_static_stretching() -> None:
    hyper = Findings(
        items=(FindingInput(id="hypermobile", test=TestId.BEIGHTON, status=Status.HYPERMOBILE),),
        hypermobile=True,
    )
    week = plan(runner(equipment=ALL_KIT), hyper)
    modalities = {CATALOGUE.get(i.exercise_id).modality for i in items(week)}
    assert Modality.STATIC_HOLD not in modalities
    assert NoteCode.HYPERMOBILE in codes(week)
    assert any("hypermobile" in i.serves for i in items(week))


def test_a_painful_region_is_never_loaded_and_the_referral_is_shown() -> None:
    painful = Findings(refer=True, painful_regions=frozenset({Region.ANKLE, Region.CALF}))
    week = plan(runner(equipment=ALL_KIT), painful)
    for item in items(week):
        assert not {Region.ANKLE, Region.CALF} & CATALOGUE.get(item.exercise_id).loaded()
    assert week.refer
    assert week.referral is not None
    assert week.referral.startswith(REFERRAL)


def test_no_equipment_means_nothing_bought_and_everyday_things_are_assumed() -> None:
    week = plan(runner(equipment=()))
    used = {CATALOGUE.get(item.exercise_id) for item in items(week)}
    assert all(e.can_be_done_with(frozenset(EVERYDAY_KIT)) for e in used)
    # A wall, a doorway, a towel: the drills that need only those are in the week.
    assert any(e.equipment and e.can_be_done_with(frozenset(EVERYDAY_KIT)) for e in used)
    ids = {e.id for e in used}
    assert "deadlift" in ids  # a bodyweight hinge: the article starts with little or no weight


def test_an_everyday_thing_the_runner_lacks_is_not_assumed() -> None:
    lacking = tuple(EVERYDAY_KIT)
    week = plan(runner(equipment=(), lacks=lacking))
    for item in items(week):
        assert CATALOGUE.get(item.exercise_id).can_be_done_with(frozenset()), item.exercise_id


def test_every_run_day_has_a_pre_run_session_of_pre_run_drills_only() -> None:
    week = plan(runner(equipment=ALL_KIT))
    for day in week.days:
        pre = [s for s in day.sessions if s.context is Context.PRE_RUN]
        assert bool(pre) == day.run
    allowed = {Modality.DYNAMIC, Modality.ACTIVATION, Modality.SOFT_TISSUE, Modality.STRENGTH}
    for item in items(week, Context.PRE_RUN):
        assert CATALOGUE.get(item.exercise_id).modality in allowed
        for part in item.parts:
            assert (part.hold_s or 0) < 60
            assert (part.hold_breaths or 0) * 10 < 60


def test_seed_004s_steps_keep_their_order_before_a_run() -> None:
    order = ["foam_rolling", "drive_backs", "deadlift", "straight_leg_walking_kicks"]
    week = plan(runner(equipment=ALL_KIT, minutes=Budgets(pre_run=30), prefer=tuple(order)))
    for day in week.days:
        for session in day.sessions:
            ids = [i.exercise_id for i in session.items if i.exercise_id in order]
            assert ids == sorted(ids, key=order.index)


def codes(week: WeekPlan) -> set[NoteCode]:
    return {note.code for note in week.notes}


def test_no_minutes_at_all_gives_a_plan_that_says_so() -> None:
    week = plan(runner(minutes=Budgets()))
    assert items(week) == []
    assert {NoteCode.NO_MINUTES, NoteCode.NO_PRE_RUN_MINUTES} <= codes(week)
    assert any("No minutes are set for any session" in str(n) for n in week.notes)


def test_a_pre_run_budget_too_small_for_any_drill_is_explained() -> None:
    week = plan(runner(minutes=Budgets(pre_run=0.2, daily=5)))
    short = [n for n in week.notes if n.code is NoteCode.PRE_RUN_TOO_SHORT]
    assert len(short) == 3
    assert {n.date for n in short} == {d.date for d in week.days if d.run}
    assert all("no pre-run drill fits in 0.2 minutes" in str(n) for n in short)


def test_the_weekly_retest_is_on_the_last_day_without_a_run() -> None:
    week = plan(runner(), SLR_LIMITED)
    retests = [d for d in week.days if d.retest]
    assert [d.date for d in retests] == [MONDAY + dt.timedelta(days=6)]
    assert retests[0].retest == (TestId.SLR,)


@pytest.mark.parametrize("context", list(Context))
def test_minutes_shown_are_the_minutes_the_player_takes(context: Context) -> None:
    week = plan(runner(equipment=ALL_KIT), SLR_LIMITED)
    for day in week.days:
        for session in (s for s in day.sessions if s.context is context):
            seconds = sum(item_seconds(i) for i in player_items(session.items, CATALOGUE))
            assert session.minutes == pytest.approx(seconds / 60, abs=0.051)
            assert session.minutes <= session.budget_minutes


def test_every_item_says_why_it_is_there() -> None:
    week = plan(runner(equipment=ALL_KIT), SLR_LIMITED)
    for item in items(week):
        assert item.why
    generic = [i.why for i in items(week) if not i.serves]
    purposes = tuple(MODALITY_PURPOSE[m].split(" {}")[0] for m in Modality)
    assert all(why.startswith(purposes) or "corrective pair" in why for why in generic)

"""The independent plan checker: a good week passes, and each rule flags a week that breaks it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from limberup.adapters.solver.highs import HighsSolver
from limberup.catalog.loader import load_catalogue
from limberup.domain.planning.notes import NoteCode, PlanNote
from limberup.domain.planning.planner import PlanRequest, plan_week
from limberup.domain.planning.week import (
    Budgets,
    FindingInput,
    Findings,
    Item,
    Profile,
    Weekday,
    WeekPlan,
)
from limberup.domain.vocabulary import Context, Equipment, Region, Side, Status, TestId
from tests.rules import plan_check
from tests.rules.plan_check import violations

CATALOGUE = load_catalogue()
EXERCISES = {e.id: e for e in CATALOGUE.exercises}
PROFILE = Profile(
    run_days=(Weekday.TUE, Weekday.THU, Weekday.SAT),
    equipment=(
        Equipment.WALL,
        Equipment.DOORWAY,
        Equipment.STRAP,
        Equipment.LIGHT_BAND,
        Equipment.FOAM_ROLLER,
    ),
    minutes=Budgets(pre_run=10, rest_day=20, daily=8, micro_break=3),
)
SLR = Findings(
    items=(FindingInput(id="slr_limited", test=TestId.SLR, side=Side.LEFT, status=Status.LIMITED),)
)
WEEK = plan_week(PlanRequest(PROFILE, SLR, dt.date(2026, 11, 23)), CATALOGUE, HighsSolver())
TUESDAY = 1
"""A run day: its first session is the pre-run one, its second the daily one with the pair."""


def _edit(day: int, session: int, **changes: Any) -> WeekPlan:
    days = list(WEEK.days)
    sessions = list(days[day].sessions)
    sessions[session] = sessions[session].model_copy(update=changes)
    days[day] = days[day].model_copy(update={"sessions": tuple(sessions)})
    return WEEK.model_copy(update={"days": tuple(days)})


def _edit_item(day: int, session: int, position: int, **changes: Any) -> WeekPlan:
    items = list(WEEK.days[day].sessions[session].items)
    items[position] = items[position].model_copy(update=changes)
    return _edit(day, session, items=tuple(items))


def _pre_run_item(**changes: Any) -> WeekPlan:
    return _edit_item(TUESDAY, 0, 0, **changes)


def _with_part(item: Item, **changes: Any) -> Item:
    return item.model_copy(update={"parts": (item.parts[0].model_copy(update=changes),)})


def test_the_planners_week_keeps_every_rule() -> None:
    assert violations(WEEK, CATALOGUE, PROFILE, SLR) == []


def test_a_run_day_without_a_warm_up_needs_a_note_for_that_day() -> None:
    tuesday = WEEK.days[TUESDAY]
    bare = tuesday.model_copy(update={"sessions": tuesday.sessions[1:]})
    days = (*WEEK.days[:TUESDAY], bare, *WEEK.days[TUESDAY + 1 :])
    plan = WEEK.model_copy(update={"days": days})
    assert plan_check.run_days_warmed_up(plan) != []
    other_day = PlanNote(code=NoteCode.PRE_RUN_TOO_SHORT, date=WEEK.days[3].date, minutes=1)
    this_day = PlanNote(code=NoteCode.PRE_RUN_TOO_SHORT, date=tuesday.date, minutes=1)
    assert plan_check.run_days_warmed_up(plan.model_copy(update={"notes": (other_day,)})) != []
    assert plan_check.run_days_warmed_up(plan.model_copy(update={"notes": (this_day,)})) == []


def test_a_hold_of_sixty_seconds_before_a_run_is_flagged_fifty_nine_is_not() -> None:
    item = WEEK.days[TUESDAY].sessions[0].items[0]
    at_59 = _edit_item(TUESDAY, 0, 0, parts=_with_part(item, hold_s=59.0).parts)
    at_60 = _edit_item(TUESDAY, 0, 0, parts=_with_part(item, hold_s=60.0).parts)
    six_breaths = _edit_item(TUESDAY, 0, 0, parts=_with_part(item, hold_breaths=6).parts)
    assert plan_check.no_long_hold_before_a_run(at_59) == []
    assert plan_check.no_long_hold_before_a_run(at_60) != []
    assert plan_check.no_long_hold_before_a_run(six_breaths) != []


def test_a_static_hold_before_a_run_is_flagged() -> None:
    plan = _pre_run_item(exercise_id="assisted_slr")
    assert plan_check.pre_run_modalities(plan, EXERCISES) != []


def test_a_drill_needing_kit_the_runner_lacks_is_flagged() -> None:
    no_kit = PROFILE.model_copy(update={"equipment": ()})
    assert plan_check.only_owned_kit(WEEK, EXERCISES, no_kit) != []
    towel = PROFILE.model_copy(update={"equipment": (*PROFILE.equipment, Equipment.TOWEL)})
    assert plan_check.only_owned_kit(WEEK, EXERCISES, towel) == []


def test_a_session_over_its_budget_is_flagged() -> None:
    session = WEEK.days[TUESDAY].sessions[0]
    assert session.context is Context.PRE_RUN
    over = _edit(TUESDAY, 0, minutes=PROFILE.minutes.pre_run + 0.1)
    assert plan_check.within_budgets(over, PROFILE) != []
    assert plan_check.within_budgets(WEEK, PROFILE) == []


def test_minutes_that_do_not_add_up_are_flagged() -> None:
    session = WEEK.days[TUESDAY].sessions[0]
    assert plan_check.minutes_add_up(_edit(TUESDAY, 0, minutes=session.minutes - 1)) != []
    held = _with_part(session.items[0], hold_s=600.0, sets=1, reps=1)
    assert plan_check.minutes_add_up(_edit_item(TUESDAY, 0, 0, parts=held.parts)) != []


def test_a_drill_twice_in_a_day_is_flagged() -> None:
    items = WEEK.days[TUESDAY].sessions[0].items
    twice = _edit(TUESDAY, 0, items=(*items, items[0]))
    assert plan_check.once_a_day(twice) != []


def test_more_days_than_the_dose_allows_are_flagged() -> None:
    # The pair's drills are asked for daily; at the maintenance dose that is too many days.
    assert plan_check.days_a_week_within_dose(WEEK, EXERCISES, frozenset()) == []
    maintained = frozenset({"assisted_slr"})
    assert plan_check.days_a_week_within_dose(WEEK, EXERCISES, maintained) != []


def test_a_dose_outside_its_range_is_flagged() -> None:
    items = WEEK.days[TUESDAY].sessions[1].items
    at = [i.exercise_id for i in items].index("assisted_slr")
    plan = _edit_item(TUESDAY, 1, at, parts=_with_part(items[at], hold_breaths=99).parts)
    assert plan_check.doses_within_ranges(plan, EXERCISES) != []


def test_the_corrective_pair_out_of_order_or_apart_is_flagged() -> None:
    daily = WEEK.days[TUESDAY].sessions[1]
    ids = [i.exercise_id for i in daily.items]
    first = ids.index("assisted_slr")
    swapped = list(daily.items)
    swapped[first], swapped[first + 1] = swapped[first + 1], swapped[first]
    assert plan_check.corrective_pair(
        _edit(TUESDAY, 1, items=tuple(swapped)), EXERCISES, PROFILE, SLR
    )
    alone = tuple(i for i in daily.items if i.exercise_id != "leg_lowering_1")
    assert plan_check.corrective_pair(_edit(TUESDAY, 1, items=alone), EXERCISES, PROFILE, SLR)
    assert plan_check.corrective_pair(WEEK, EXERCISES, PROFILE, SLR) == []


def test_a_missing_pair_needs_a_coded_note() -> None:
    daily = WEEK.days[TUESDAY].sessions[1]
    without = tuple(i for i in daily.items if i.exercise_id not in plan_check.PAIR)
    plan = _edit(TUESDAY, 1, items=without)
    assert plan_check.corrective_pair(plan, EXERCISES, PROFILE, SLR) != []
    noted = plan.model_copy(update={"notes": (PlanNote(code=NoteCode.PAIR_MISSED_DAYS, count=1),)})
    assert plan_check.corrective_pair(noted, EXERCISES, PROFILE, SLR) == []


def test_a_static_hold_for_a_hypermobile_runner_is_flagged() -> None:
    hypermobile = PROFILE.model_copy(update={"hypermobile": True})
    assert plan_check.no_static_hold_for_hypermobile(WEEK, EXERCISES, hypermobile, SLR) != []
    assert plan_check.no_static_hold_for_hypermobile(WEEK, EXERCISES, PROFILE, SLR) == []


def test_a_drill_loading_a_painful_region_is_flagged_and_pain_needs_a_referral() -> None:
    sore = SLR.model_copy(update={"painful_regions": frozenset({Region.ANKLE})})
    assert plan_check.no_painful_region(WEEK, EXERCISES, sore) != []
    assert plan_check.referral_when_pain(WEEK, sore) != []
    assert plan_check.referral_when_pain(WEEK, SLR) == []


def test_an_item_without_a_why_or_with_the_wrong_findings_is_flagged() -> None:
    items = WEEK.days[TUESDAY].sessions[1].items
    at = next(n for n, item in enumerate(items) if item.serves)
    assert plan_check.every_item_says_why(_edit_item(TUESDAY, 1, at, why=" "), EXERCISES, SLR)
    wrong = _edit_item(TUESDAY, 1, at, serves=())
    assert plan_check.every_item_says_why(wrong, EXERCISES, SLR) != []


def test_an_avoided_or_unknown_drill_is_flagged() -> None:
    first = WEEK.days[TUESDAY].sessions[0].items[0].exercise_id
    avoids = PROFILE.model_copy(update={"avoid": (first,)})
    assert plan_check.no_avoided_drill(WEEK, avoids) != []
    assert plan_check.unknown_drills(_pre_run_item(exercise_id="no_such_drill"), EXERCISES) != []


def test_a_pre_run_session_out_of_seed_four_order_is_flagged() -> None:
    items = WEEK.days[TUESDAY].sessions[0].items
    assert plan_check.pre_run_order(_edit(TUESDAY, 0, items=items[::-1]), EXERCISES) != []


def test_a_pair_the_runner_cannot_do_needs_its_own_note() -> None:
    # Without a strap, band or towel the assisted raise is out: leg lowering may go alone.
    no_strap = PROFILE.model_copy(
        update={"equipment": (Equipment.WALL,), "lacks": (Equipment.TOWEL,)}
    )
    assert plan_check.corrective_pair(WEEK, EXERCISES, no_strap, SLR) != []
    noted = WEEK.model_copy(update={"notes": (PlanNote(code=NoteCode.PAIR_UNAVAILABLE),)})
    assert plan_check.corrective_pair(noted, EXERCISES, no_strap, SLR) == []


OLDER = PROFILE.model_copy(update={"age": 62})


def test_an_older_runners_short_static_hold_is_flagged() -> None:
    kit = {"equipment": (*PROFILE.equipment, Equipment.BAND_ANCHOR)}
    tight_ankle = Findings(
        items=(
            FindingInput(
                id="ktw_limited", test=TestId.KNEE_TO_WALL, side=Side.LEFT, status=Status.LIMITED
            ),
        )
    )
    monday = dt.date(2026, 11, 23)
    younger, older = PROFILE.model_copy(update=kit), OLDER.model_copy(update=kit)
    young_week = plan_week(PlanRequest(younger, tight_ankle, monday), CATALOGUE, HighsSolver())
    old_week = plan_week(PlanRequest(older, tight_ankle, monday), CATALOGUE, HighsSolver())
    drills = {i.exercise_id for d in young_week.days for s in d.sessions for i in s.items}
    assert "ankle_band_mobilization" in drills  # a static stretch with a 5-30 s range
    assert plan_check.older_runners_hold_longer(old_week, EXERCISES, older) == []
    assert plan_check.older_runners_hold_longer(young_week, EXERCISES, older) != []
    assert plan_check.older_runners_hold_longer(young_week, EXERCISES, younger) == []


def _first_with(plan: WeekPlan, exercise_id: str) -> tuple[int, int, int]:
    for d, day in enumerate(plan.days):
        for s, session in enumerate(day.sessions):
            for i, item in enumerate(session.items):
                if item.exercise_id == exercise_id:
                    return d, s, i
    raise AssertionError(exercise_id)


def test_the_limited_side_without_its_extra_reps_or_the_wrong_side_is_flagged() -> None:
    assert plan_check.limited_side_gets_more(WEEK, EXERCISES, SLR) == []
    d, s, i = _first_with(WEEK, "assisted_slr")
    item = WEEK.days[d].sessions[s].items[i]
    assert item.parts[0].limited_side is Side.LEFT
    for change in ({"extra_reps": 0}, {"limited_side": Side.RIGHT}, {"limited_side": None}):
        edited = _edit_item(d, s, i, parts=(item.parts[0].model_copy(update=change),))
        assert plan_check.limited_side_gets_more(edited, EXERCISES, SLR) != [], change


def test_a_dropped_named_hold_is_flagged() -> None:
    d, s, i = _first_with(WEEK, "knee_rotation")
    item = WEEK.days[d].sessions[s].items[i]
    assert item.parts[0].hold_at == ("the inward end", "the outward end")
    dropped = _edit_item(d, s, i, parts=(item.parts[0].model_copy(update={"hold_at": ()}),))
    assert plan_check.named_holds_timed(dropped, EXERCISES) != []
    assert plan_check.named_holds_timed(WEEK, EXERCISES) == []

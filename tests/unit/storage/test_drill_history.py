"""Building each drill's history from stored plans, logs and retests (pure, no storage)."""

from __future__ import annotations

import datetime as dt
import uuid

from limberup.domain.assessment import evaluate
from limberup.domain.logbook import AssessmentKind, StoredAssessment, StoredDecision
from limberup.domain.progression.decisions import Action, DrillHistory, Trend
from limberup.domain.progression.history import drill_histories, standing
from limberup.domain.vocabulary import Region
from tests.unit.storage.builders import (
    MONDAY,
    NOW,
    assessment,
    item_log,
    session_log,
    stored_plan,
)

WEEK2 = MONDAY + dt.timedelta(days=7)
WEEK3 = MONDAY + dt.timedelta(days=14)
PAIN = {"pain": 3, "pain_region": Region.HAMSTRINGS}


def retest(taken_on: dt.date, fms: int) -> StoredAssessment:
    inputs = assessment(taken_on, slr_left={"fms_score": fms})
    return StoredAssessment(
        uuid=uuid.uuid4(),
        kind=AssessmentKind.RETEST,
        taken_on=taken_on,
        inputs=inputs,
        result=evaluate(inputs),
        recorded_at=NOW,
    )


def by_drill(histories: tuple[DrillHistory, ...]) -> dict[str, DrillHistory]:
    return {history.exercise_id: history for history in histories}


def test_no_history_before_the_first_plan() -> None:
    assert drill_histories(MONDAY, [stored_plan()], [], []) == ()


def test_the_drills_of_last_weeks_newest_plan_version_get_a_history() -> None:
    plans = [stored_plan(), stored_plan(version=2, drills=("ankle_rolls", "assisted_slr"))]
    found = by_drill(drill_histories(WEEK2, plans, [], []))
    assert list(found) == ["ankle_rolls", "assisted_slr"]
    assert found["ankle_rolls"] == DrillHistory("ankle_rolls")


def test_pain_counts_sessions_last_week_and_sessions_in_a_row() -> None:
    plan = stored_plan()
    logs = [
        session_log(plan, day=MONDAY, items=(item_log(0, "leg_swings", **PAIN),)),
        session_log(plan, day=MONDAY + dt.timedelta(days=1), items=(item_log(0, "leg_swings"),)),
        session_log(
            plan, day=MONDAY + dt.timedelta(days=2), items=(item_log(0, "leg_swings", **PAIN),)
        ),
    ]
    history = by_drill(drill_histories(WEEK2, [plan], logs, []))["leg_swings"]
    assert (history.pain_reports, history.pain_sessions_in_a_row) == (2, 1)
    logs.append(
        session_log(
            plan, day=MONDAY + dt.timedelta(days=3), items=(item_log(0, "leg_swings", **PAIN),)
        )
    )
    history = by_drill(drill_histories(WEEK2, [plan], logs, []))["leg_swings"]
    assert (history.pain_reports, history.pain_sessions_in_a_row) == (3, 2)


def test_logs_from_the_week_being_planned_do_not_count() -> None:
    plan = stored_plan()
    late = session_log(plan, day=WEEK2, items=(item_log(0, "leg_swings", **PAIN),))
    history = by_drill(drill_histories(WEEK2, [plan], [late], []))["leg_swings"]
    assert history.pain_reports == 0


def test_the_served_test_passes_fails_and_trends_from_the_retests() -> None:
    plan = stored_plan()
    retests = [retest(MONDAY - dt.timedelta(days=1), 1), retest(MONDAY + dt.timedelta(days=6), 2)]
    slr = by_drill(drill_histories(WEEK2, [plan], [], retests))["assisted_slr"]
    assert (slr.test_passed, slr.trend, slr.weeks_without_change) == (False, Trend.IMPROVED, 0)
    passed = [*retests, retest(MONDAY + dt.timedelta(days=6), 3)]
    slr = by_drill(drill_histories(WEEK2, [plan], [], passed))["assisted_slr"]
    assert slr.test_passed is True
    swings = by_drill(drill_histories(WEEK2, [plan], [], retests))["leg_swings"]
    assert (swings.test_passed, swings.trend) == (None, None)  # it serves no test


def test_flat_retests_count_the_weeks_without_change() -> None:
    plan = stored_plan(WEEK2)
    flat = [retest(MONDAY - dt.timedelta(days=7 * k), 1) for k in (2, 1, 0)]
    slr = by_drill(drill_histories(WEEK3, [plan], [], flat))["assisted_slr"]
    assert (slr.trend, slr.weeks_without_change) == (Trend.NO_REAL_CHANGE, 2)


def test_weeks_practised_count_back_while_the_drill_was_planned_and_done() -> None:
    weeks = [MONDAY, WEEK2]
    plans = [stored_plan(week) for week in weeks]
    logs = [session_log(plan, items=(item_log(0, "leg_swings"),)) for plan in plans]
    found = by_drill(drill_histories(WEEK3, plans, logs, []))
    assert found["leg_swings"].weeks_practised == 2
    assert found["assisted_slr"].weeks_practised == 0
    skipped = [session_log(plans[1], items=(item_log(0, "leg_swings", skipped=True),))]
    assert by_drill(drill_histories(WEEK3, plans, skipped, []))["leg_swings"].weeks_practised == 0


def decision(week: dt.date, drill: str, action: Action, replacement: str | None) -> StoredDecision:
    return StoredDecision(
        week_start=week,
        exercise_id=drill,
        action=action,
        reason="r",
        replacement_id=replacement,
    )


def test_standing_replays_advances_and_step_backs() -> None:
    advanced = decision(WEEK2, "assisted_slr", Action.ADVANCE, "core_engaged_slr")
    assert standing([advanced], WEEK2) == standing([], WEEK2)  # not yet: it shapes WEEK2 itself
    after = standing([advanced], WEEK3)
    assert (after.retired, after.reached) == ({"assisted_slr"}, {"core_engaged_slr"})
    back = decision(WEEK3, "core_engaged_slr", Action.REGRESS, "assisted_slr")
    later = standing([advanced, back], WEEK3 + dt.timedelta(days=7))
    assert later.retired == frozenset()
    held = decision(WEEK2, "leg_swings", Action.HOLD, None)
    assert standing([held], WEEK3).retired == frozenset()

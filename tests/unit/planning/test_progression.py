"""Each progression rule, table-tested on a hand-made chain of drills."""

from __future__ import annotations

from typing import Any

import pytest

from limberup.domain.progression.decisions import (
    EASY_EASE,
    FLAT_WEEKS_BEFORE_ADVANCING,
    HARD_EASE,
    PASSES_BEFORE_MAINTENANCE,
    PERSISTENT_PAIN_SESSIONS,
    Action,
    DrillHistory,
    Trend,
    decide,
    decide_all,
)
from tests.factories import catalogue, exercise

CHAIN = catalogue(
    exercise("base", progressions=("next",)),
    exercise("next", regressions=("base",)),
    exercise("alone"),
)


def done(exercise_id: str, weeks: int = 1, **history: Any) -> DrillHistory:
    """A drill that was on the plan and logged for ``weeks`` weeks in a row."""
    return DrillHistory(exercise_id, weeks_practised=weeks, **history)


@pytest.mark.parametrize(
    ("history", "action", "replacement", "reason_has"),
    [
        # Improving by a real change but not passed: step up (seed 001).
        (done("base", test_passed=False, trend=Trend.IMPROVED), Action.ADVANCE, "next", "improved"),
        # The same improvement with nothing logged: nothing to judge, nothing changes.
        (
            DrillHistory("base", test_passed=False, trend=Trend.IMPROVED),
            Action.HOLD,
            None,
            "not done last week",
        ),
        # Flat for two weeks of practice: step up (METHOD.md).
        (
            done(
                "base",
                FLAT_WEEKS_BEFORE_ADVANCING,
                test_passed=False,
                trend=Trend.NO_REAL_CHANGE,
                weeks_without_change=FLAT_WEEKS_BEFORE_ADVANCING,
            ),
            Action.ADVANCE,
            "next",
            "2 weeks of practice without a real change",
        ),
        # Flat for two retests but practised in only one of those weeks: keep going.
        (
            done(
                "base",
                1,
                test_passed=False,
                trend=Trend.NO_REAL_CHANGE,
                weeks_without_change=FLAT_WEEKS_BEFORE_ADVANCING,
            ),
            Action.HOLD,
            None,
            "not yet flat",
        ),
        # Flat for one week only: keep going.
        (
            done(
                "base",
                3,
                test_passed=False,
                trend=Trend.NO_REAL_CHANGE,
                weeks_without_change=FLAT_WEEKS_BEFORE_ADVANCING - 1,
            ),
            Action.HOLD,
            None,
            "not yet flat",
        ),
        # No progression to go to: the full dose of its own range instead.
        (done("alone", test_passed=False, trend=Trend.IMPROVED), Action.ADVANCE, None, "full dose"),
        # Passed beyond measurement error: maintenance dose, same drill.
        (
            done("base", test_passed=True, trend=Trend.IMPROVED, clear_pass=True),
            Action.MAINTAIN,
            None,
            "more than its measurement error",
        ),
        # Passed inside measurement error, once: hold until a second pass.
        (
            done("base", test_passed=True, trend=Trend.IMPROVED, passes_in_a_row=1),
            Action.HOLD,
            None,
            "less than its measurement error",
        ),
        # Passed inside measurement error, twice in a row: maintenance.
        (
            done("base", test_passed=True, passes_in_a_row=PASSES_BEFORE_MAINTENANCE),
            Action.MAINTAIN,
            None,
            "2 times in a row",
        ),
        # Passed but not practised: nothing changes.
        (DrillHistory("base", test_passed=True, clear_pass=True), Action.HOLD, None, "not done"),
        # Rated hard, still failing: the bottom of the range (a step back with no swap).
        (
            done("base", test_passed=False, trend=Trend.IMPROVED, ease=HARD_EASE),
            Action.REGRESS,
            None,
            "rated it hard (2/5)",
        ),
        # Rated easy, failing but not yet flat: the top of the range, same drill.
        (
            done("base", test_passed=False, trend=Trend.NO_REAL_CHANGE, ease=EASY_EASE + 0.5),
            Action.ADVANCE,
            None,
            "rated it easy (4.5/5)",
        ),
        # Rated in the middle: the ease changes nothing.
        (
            done("base", test_passed=False, trend=Trend.NO_REAL_CHANGE, ease=3),
            Action.HOLD,
            None,
            "not yet flat",
        ),
        # Pain in the drill: back to its regression.
        (DrillHistory("next", test_passed=False, pain_reports=1), Action.REGRESS, "base", "pain"),
        # Pain in a drill with no regression: smaller range and load.
        (DrillHistory("alone", pain_reports=1), Action.REGRESS, None, "smaller range"),
        # Pain outranks a passed test.
        (DrillHistory("base", test_passed=True, pain_reports=2), Action.REGRESS, None, "pain"),
        # Pain that persists: stop and refer.
        (
            DrillHistory("base", pain_reports=2, pain_sessions_in_a_row=PERSISTENT_PAIN_SESSIONS),
            Action.STOP,
            None,
            "physiotherapist",
        ),
        # Worse without pain: hold and check technique.
        (done("base", test_passed=False, trend=Trend.WORSE), Action.HOLD, None, "technique"),
        # Nothing to go by yet.
        (done("base"), Action.HOLD, None, "no retest"),
    ],
)
def test_each_case_decides_with_its_reason(
    history: DrillHistory, action: Action, replacement: str | None, reason_has: str
) -> None:
    decision = decide(history, CHAIN)
    assert decision.exercise_id == history.exercise_id
    assert decision.action is action
    assert decision.replacement_id == replacement
    assert reason_has in decision.reason


def test_decide_all_keeps_the_order_of_the_histories() -> None:
    decisions = decide_all([DrillHistory("alone"), DrillHistory("base")], CHAIN)
    assert [d.exercise_id for d in decisions] == ["alone", "base"]


@pytest.mark.parametrize(("flat_weeks", "action"), [(1, Action.HOLD), (2, Action.ADVANCE)])
def test_two_flat_weeks_of_practice_step_up_one_does_not(flat_weeks: int, action: Action) -> None:
    # METHOD.md and seed 001: marked change within a couple of weeks, so flat for two is enough.
    history = done(
        "base",
        flat_weeks,
        test_passed=False,
        trend=Trend.NO_REAL_CHANGE,
        weeks_without_change=flat_weeks,
    )
    assert decide(history, CHAIN).action is action


@pytest.mark.parametrize(("in_a_row", "action"), [(1, Action.REGRESS), (2, Action.STOP)])
def test_pain_in_two_sessions_in_a_row_stops_the_drill_one_steps_it_back(
    in_a_row: int, action: Action
) -> None:
    history = DrillHistory("next", pain_reports=in_a_row, pain_sessions_in_a_row=in_a_row)
    assert decide(history, CHAIN).action is action

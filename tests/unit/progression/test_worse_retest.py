"""A retest that got worse holds the drill, whatever came before it."""

from __future__ import annotations

from limberup.domain.progression.decisions import Action, DrillHistory, Trend, decide
from tests.factories import catalogue, exercise

CHAIN = catalogue(exercise("base", progressions=("next",)), exercise("next"))


def test_a_worse_retest_after_flat_weeks_holds_rather_than_steps_up() -> None:
    history = DrillHistory(
        "base", test_passed=False, trend=Trend.WORSE, weeks_without_change=5, weeks_practised=5
    )
    decision = decide(history, CHAIN)
    assert (decision.action, decision.replacement_id) == (Action.HOLD, None)
    assert "technique" in decision.reason

"""Last week's decision sets the doses a drill is offered at this week."""

from __future__ import annotations

import pytest

from limberup.domain.catalog import Dose
from limberup.domain.dosing import DoseLevel
from limberup.domain.planning.candidates import candidates, week_drills
from limberup.domain.planning.week import Findings, Profile
from limberup.domain.progression.decisions import Action, Decision
from tests.factories import catalogue, exercise, span
from tests.unit.planning.builders import slot

DRILL = exercise("d", dose=Dose(sets=span(1), reps=span(5, 10)))


def _reps_offered(action: Action | None) -> set[int]:
    """The reps of every dose the drill is offered at, at either level."""
    decisions = {"d": Decision("d", action, "test")} if action else {}
    drills = week_drills(catalogue(DRILL), Profile(), Findings(), decisions)
    return {
        c.parts[0].reps
        for level in DoseLevel
        for c in candidates([slot(0, budget_s=3600)], drills, level=level)
    }


@pytest.mark.parametrize(
    ("action", "reps"),
    [
        (None, {5, 10}),  # a first week: either end of the range, as time allows
        (Action.HOLD, {5, 10}),
        (Action.MAINTAIN, {5}),  # a passed test: the maintenance dose only
        (Action.REGRESS, {5}),  # pain without an easier drill: the lowest dose
        (Action.ADVANCE, {10}),  # no next level: the full dose of its range
    ],
)
def test_the_decision_sets_the_doses_on_offer(action: Action | None, reps: set[int]) -> None:
    assert _reps_offered(action) == reps

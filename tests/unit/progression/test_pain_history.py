"""Pain in a drill counts from last week's sessions; only an unbroken run of it persists."""

from __future__ import annotations

import datetime as dt

from limberup.domain.progression.history import drill_histories
from limberup.domain.vocabulary import Region
from tests.unit.storage.builders import MONDAY, item_log, session_log, stored_plan

WEEK2 = MONDAY + dt.timedelta(days=7)
WEEK3 = MONDAY + dt.timedelta(days=14)
PAIN = {"pain": 3, "pain_region": Region.HAMSTRINGS}


def test_pain_in_an_earlier_week_does_not_step_the_drill_back_again() -> None:
    plans = [stored_plan(MONDAY), stored_plan(WEEK2)]
    logs = [
        session_log(plans[0], items=(item_log(0, "leg_swings", **PAIN),)),
        session_log(plans[1], items=(item_log(0, "leg_swings"),)),
    ]
    (swings,) = [
        h for h in drill_histories(WEEK3, plans, logs, []) if h.exercise_id == "leg_swings"
    ]
    assert (swings.pain_reports, swings.pain_sessions_in_a_row) == (0, 0)

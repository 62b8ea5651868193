"""Hypothesis: for any runner and any findings, the week keeps every hard rule."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from limberup.adapters.solver.highs import HighsSolver
from limberup.catalog.loader import load_catalogue
from limberup.domain.planning.planner import PlanRequest, plan_week
from limberup.domain.planning.week import Budgets, FindingInput, Findings, Profile, Weekday
from limberup.domain.vocabulary import TARGETS, Equipment, Region, Side, Status, TestId
from tests.rules.plan_check import violations
from tests.rules.player_time import player_mismatches

CATALOGUE = load_catalogue()
SOLVER = HighsSolver()

budgets = st.builds(
    Budgets,
    pre_run=st.sampled_from([0, 2, 5, 10, 15]),
    rest_day=st.sampled_from([0, 5, 20, 40]),
    daily=st.sampled_from([0, 3, 8, 15]),
    micro_break=st.sampled_from([0, 2, 3, 5]),
)
profiles = st.builds(
    Profile,
    run_days=st.lists(st.sampled_from(list(Weekday)), unique=True, max_size=7).map(tuple),
    equipment=st.lists(st.sampled_from(list(Equipment)), unique=True).map(tuple),
    minutes=budgets,
    avoid=st.lists(st.sampled_from([e.id for e in CATALOGUE.exercises]), max_size=3).map(tuple),
    prefer=st.lists(st.sampled_from([e.id for e in CATALOGUE.exercises]), max_size=3).map(tuple),
    hypermobile=st.booleans(),
)


def _finding(target: str, side: Side) -> FindingInput:
    if target == "hypermobile":
        return FindingInput(id=target, test=TestId.BEIGHTON, side=None, status=Status.HYPERMOBILE)
    test, _, status = target.rpartition("_")
    return FindingInput(id=target, test=TestId(test), side=side, status=Status(status))


findings_strategy = st.builds(
    lambda targets, sides, painful, refer: Findings(
        items=tuple(_finding(t, s) for t, s in zip(targets, sides, strict=False)),
        hypermobile="hypermobile" in targets,
        refer=refer or bool(painful),
        painful_regions=frozenset(painful),
    ),
    st.lists(st.sampled_from(sorted(TARGETS)), unique=True, max_size=6),
    st.lists(st.sampled_from(list(Side)), min_size=6, max_size=6),
    st.sets(st.sampled_from(list(Region)), max_size=2),
    st.booleans(),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    profile=profiles,
    findings=findings_strategy,
    start=st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31)),
)
def test_every_generated_week_keeps_every_hard_rule(
    profile: Profile, findings: Findings, start: dt.date
) -> None:
    request = PlanRequest(profile, findings, start)
    plan = plan_week(request, CATALOGUE, SOLVER)
    assert plan.optimal
    assert violations(plan, CATALOGUE, request.profile, request.findings) == []
    assert player_mismatches(plan, CATALOGUE) == []
    assert [day.date for day in plan.days] == [start + dt.timedelta(days=i) for i in range(7)]

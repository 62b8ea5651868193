"""The objective's weights, pinned by the choices they make, not by their values."""

from __future__ import annotations

from collections.abc import Sequence

from limberup.catalog.loader import load_catalogue
from limberup.domain.planning.candidates import Candidate
from limberup.domain.planning.planner import PlanRequest, prepare
from limberup.domain.planning.score import score
from limberup.domain.planning.week import Budgets, FindingInput, Findings, Profile, Weekday
from limberup.domain.vocabulary import TARGETS, Context, Equipment, Side, Status, TestId
from tests.factories import exercise
from tests.unit.planning.builders import MONDAY, candidate, drill, slot


def _score(
    chosen: Sequence[Candidate],
    findings: Findings | None = None,
    profile: Profile | None = None,
    pre_run_slots: Sequence[int] = (),
) -> float:
    return score(
        chosen,
        findings=findings or Findings(),
        profile=profile or Profile(),
        pre_run_slots=pre_run_slots,
        pair=None,
    )


def _finding(target: str, side: Side | None = Side.LEFT) -> FindingInput:
    if target == "hypermobile":
        return FindingInput(id=target, test=TestId.BEIGHTON, status=Status.HYPERMOBILE)
    test, _, status = target.rpartition("_")
    return FindingInput(id=target, test=TestId(test), side=side, status=Status(status))


def _serving(findings: Findings, serves: str) -> float:
    """What serving ``serves`` on one day adds to the week's score."""
    served = candidate(0, slot(0), drill(exercise("knee_drill"), serves=(serves,)))
    plain = candidate(0, slot(0), drill(exercise("knee_drill")))
    return _score([served], findings) - _score([plain], findings)


GAP = Findings(items=(_finding("tibial_rotation_asymmetric", None),))
LIMITED = Findings(items=(_finding("tibial_rotation_limited"),))


def test_a_left_right_gap_counts_but_less_than_a_limited_side() -> None:
    gap = _serving(GAP, "tibial_rotation_asymmetric")
    assert 0 < gap < _serving(LIMITED, "tibial_rotation_limited")


def test_two_limited_sides_weigh_double() -> None:
    both = Findings(
        items=(_finding("tibial_rotation_limited"), _finding("tibial_rotation_limited", Side.RIGHT))
    )
    one = _serving(LIMITED, "tibial_rotation_limited")
    assert _serving(both, "tibial_rotation_limited") == 2 * one


def test_serving_a_gap_outweighs_adding_a_preferred_drill() -> None:
    # The findings come before variety and preferences (docs/planning.md).
    other = candidate(0, slot(0), drill(exercise("other")))
    extra = candidate(1, slot(0), drill(exercise("extra")))
    added = _score([other, extra], profile=Profile(prefer=("extra",))) - _score([other])
    assert added < _serving(GAP, "tibial_rotation_asymmetric")


def test_a_kept_rule_outweighs_everything_else_in_the_week_together() -> None:
    everyone = Findings(items=tuple(_finding(t) for t in sorted(TARGETS)))
    catalogue = load_catalogue()
    profile = Profile(
        run_days=(Weekday.TUE,),
        equipment=tuple(Equipment),
        minutes=Budgets(pre_run=10, rest_day=40, daily=15, micro_break=5),
        prefer=tuple(e.id for e in catalogue.exercises),
    )
    problem = prepare(PlanRequest(profile, everyone, MONDAY), catalogue)
    pre_run = [c for c in problem.candidates if c.slot.context is Context.PRE_RUN]
    rest = [c for c in problem.candidates if c.slot.context is not Context.PRE_RUN]
    everything_else = _score(rest, everyone, profile)
    one = pre_run[:1]
    kept = _score(one, everyone, profile, (one[0].slot.index,)) - _score(one, everyone, profile)
    assert kept > everything_else

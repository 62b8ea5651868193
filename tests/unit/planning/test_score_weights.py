"""Each gain of the objective, pinned by what it outweighs (score.py's order of importance).

The week's score rewards what is covered: a new running region or plane outweighs a new
drill the runner prefers, a preferred drill adds more than one they do not, any new drill
adds something, and work on one more day adds something. Setting any gain to zero breaks one.
"""

from __future__ import annotations

from collections.abc import Sequence

from limberup.adapters.solver.highs import HighsSolver
from limberup.domain.planning.candidates import Candidate
from limberup.domain.planning.integer_program import SolveStatus
from limberup.domain.planning.model import build_model
from limberup.domain.planning.score import score
from limberup.domain.planning.week import FindingInput, Findings, Profile
from limberup.domain.vocabulary import Plane, Region, Side, Status, TestId
from tests.factories import exercise
from tests.unit.planning.builders import candidate, drill, slot

BASE = candidate(0, slot(0), drill(exercise("base", regions=(Region.KNEE,))))
"""A knee drill in the sagittal plane on Monday: what every test adds to."""


def _added(extra: Candidate, *, prefer: tuple[str, ...] = ()) -> float:
    """What ``extra`` adds to a week of BASE alone."""
    profile = Profile(prefer=prefer)

    def week(chosen: Sequence[Candidate]) -> float:
        return score(chosen, findings=Findings(), profile=profile, pre_run_slots=(), pair=None)

    return week([BASE, extra]) - week([BASE])


def _knee_drill(
    name: str,
    *,
    day: int = 0,
    regions: tuple[Region, ...] = (Region.KNEE,),
    planes: tuple[Plane, ...] = (Plane.SAGITTAL,),
) -> Candidate:
    return candidate(1, slot(1, day=day), drill(exercise(name, regions=regions, planes=planes)))


def test_a_new_running_region_outweighs_a_new_preferred_drill() -> None:
    ankle = _knee_drill("ankle", regions=(Region.ANKLE,))
    liked = _knee_drill("liked")
    assert _added(ankle) > _added(liked, prefer=("liked",))


def test_a_new_plane_outweighs_a_new_preferred_drill() -> None:
    sideways = _knee_drill("sideways", planes=(Plane.FRONTAL,))
    liked = _knee_drill("liked")
    assert _added(sideways) > _added(liked, prefer=("liked",))


def test_a_preferred_drill_adds_more_than_one_not_preferred() -> None:
    liked = _knee_drill("liked")
    assert _added(liked, prefer=("liked",)) > _added(liked)


def test_a_new_drill_covering_nothing_new_still_adds_variety() -> None:
    assert _added(_knee_drill("twin")) > 0


def test_the_same_work_on_one_more_day_scores_higher() -> None:
    assert _added(_knee_drill("twin", day=1)) > _added(_knee_drill("twin", day=0))


def _side(test: TestId, status: Status, side: Side | None) -> FindingInput:
    return FindingInput(id=f"{test.value}_{status.value}", test=test, side=side, status=status)


def test_the_model_weighs_each_finding_by_its_severity() -> None:
    # One session, room for one drill. Two limited sides (2 x 1.0) outweigh a left-right gap
    # (0.8) even with a preference on the gap's drill; weighed alike, the preference would win.
    findings = Findings(
        items=(
            _side(TestId.SLR, Status.LIMITED, Side.LEFT),
            _side(TestId.SLR, Status.LIMITED, Side.RIGHT),
            _side(TestId.TIBIAL_ROTATION, Status.ASYMMETRIC, None),
        )
    )
    session = slot(0, budget_s=60)
    both_sides = drill(exercise("both_sides"), serves=("slr_limited",))
    gap = drill(exercise("gap"), serves=("tibial_rotation_asymmetric",))
    options = [candidate(0, session, both_sides), candidate(1, session, gap)]
    model = build_model(
        options, [session], findings=findings, profile=Profile(prefer=("gap",)), pair=None
    )
    solution = HighsSolver().solve(model.program, time_limit_s=5)
    assert solution.status is SolveStatus.OPTIMAL
    assert [c.drill.exercise.id for c in model.chosen(solution.values)] == ["both_sides"]


def test_hypermobility_weighs_as_much_as_a_limited_side() -> None:
    hypermobile = Findings(
        items=(FindingInput(id="hypermobile", test=TestId.BEIGHTON, status=Status.HYPERMOBILE),)
    )
    limited = Findings(items=(_side(TestId.SLR, Status.LIMITED, Side.LEFT),))

    def serving(findings: Findings, finding: str) -> float:
        served = candidate(0, slot(0), drill(exercise("served"), serves=(finding,)))
        plain = candidate(0, slot(0), drill(exercise("served")))
        with_it = score([served], findings=findings, profile=Profile(), pre_run_slots=(), pair=None)
        without = score([plain], findings=findings, profile=Profile(), pre_run_slots=(), pair=None)
        return with_it - without

    assert serving(hypermobile, "hypermobile") == serving(limited, "slr_limited") > 0

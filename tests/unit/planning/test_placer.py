"""The greedy placer: which drill it adds first, and the hard rules its ledger keeps."""

from __future__ import annotations

from collections.abc import Sequence

from limberup.domain.planning.candidates import Candidate, Drill
from limberup.domain.planning.placer import fill_week, greedy_week
from limberup.domain.planning.score import PairRule
from limberup.domain.planning.session_shape import MAX_DRILLS, SHORT_SESSION_S
from limberup.domain.planning.week import FindingInput, Findings, Profile
from limberup.domain.vocabulary import Context, Side, Status, TestId
from tests.factories import exercise
from tests.unit.planning.builders import candidate, drill, slot

SLR = Findings(
    items=(FindingInput(id="slr_limited", test=TestId.SLR, side=Side.LEFT, status=Status.LIMITED),)
)
TESTS = (TestId.SLR, TestId.KNEE_TO_WALL, TestId.STANDING_HIP, TestId.THORACIC_ROTATION)
FOUND = Findings(
    items=tuple(
        FindingInput(id=f"{test.value}_limited", test=test, side=Side.LEFT, status=Status.LIMITED)
        for test in TESTS
    )
)
"""Four findings of equal weight: drills serving different ones each add to a session."""
FOUND_IDS = tuple(f"{test.value}_limited" for test in TESTS)
ROOM_FOR_ONE = slot(0, budget_s=60)


def serving(name: str, n: int, **kw: int) -> Drill:
    """A drill that serves the ``n``-th of ``FOUND``'s findings."""
    return drill(exercise(name), serves=(f"{TESTS[n].value}_limited",), **kw)


def _filled(
    options: Sequence[Candidate],
    *,
    chosen: Sequence[Candidate] = (),
    findings: Findings | None = None,
    profile: Profile | None = None,
    pair: PairRule | None = None,
) -> list[str]:
    week = fill_week(
        chosen, options, findings=findings or SLR, profile=profile or Profile(), pair=pair
    )
    return [c.drill.exercise.id for c in week]


def test_a_drill_serving_a_finding_is_added_before_one_that_does_not() -> None:
    plain = candidate(0, ROOM_FOR_ONE, drill(exercise("plain")), seconds=30)
    serving = candidate(1, ROOM_FOR_ONE, drill(exercise("serving"), serves=("slr_limited",)))
    assert _filled([plain, serving]) == ["serving"]


def test_a_preferred_drill_is_added_before_one_that_is_not() -> None:
    plain = candidate(0, ROOM_FOR_ONE, serving("plain", 1), seconds=30)
    liked = candidate(1, ROOM_FOR_ONE, serving("liked", 2))
    filled = _filled([plain, liked], findings=FOUND, profile=Profile(prefer=("liked",)))
    assert filled == ["liked"]


def test_serving_a_finding_comes_before_a_preference() -> None:
    liked = candidate(0, ROOM_FOR_ONE, drill(exercise("liked")))
    serving = candidate(1, ROOM_FOR_ONE, drill(exercise("serving"), serves=("slr_limited",)))
    assert _filled([liked, serving], profile=Profile(prefer=("liked",))) == ["serving"]


def test_a_drill_used_on_fewer_days_is_added_first() -> None:
    monday, tuesday = slot(0, day=0, budget_s=60), slot(1, day=1, budget_s=60)
    used, fresh = serving("used", 0), serving("fresh", 1)
    already = candidate(0, monday, used)
    options = [candidate(1, tuesday, used, seconds=30), candidate(2, tuesday, fresh)]
    assert _filled(options, chosen=[already], findings=FOUND) == ["used", "fresh"]


def test_the_shorter_drill_is_added_first() -> None:
    long = candidate(0, ROOM_FOR_ONE, serving("long", 0), seconds=60)
    short = candidate(1, ROOM_FOR_ONE, serving("short", 1), seconds=40)
    assert _filled([long, short], findings=FOUND) == ["short"]


def test_filling_keeps_each_budget_and_adds_each_drill_that_serves_something_new() -> None:
    roomy = slot(0, budget_s=100)
    options = [candidate(i, roomy, serving(f"d{i}", i), seconds=30) for i in range(4)]
    assert _filled(options, findings=FOUND) == ["d0", "d1", "d2"]


def test_a_budget_is_a_ceiling_filling_adds_nothing_that_serves_nothing_new() -> None:
    roomy = slot(0, budget_s=600)
    plain = candidate(0, roomy, drill(exercise("plain")), seconds=30)
    again = candidate(1, roomy, serving("again", 0), seconds=30)
    first = candidate(2, roomy, serving("first", 0), seconds=30)
    # "first" serves the finding; "again" serves the same one in the same session; "plain"
    # serves none: the session stops at one drill with ten minutes left.
    assert _filled([plain, again, first], findings=FOUND, chosen=[first]) == ["first"]


def test_filling_keeps_a_session_to_its_number_of_drills() -> None:
    roomy = slot(0, context=Context.MICRO_BREAK, budget_s=600)
    options = [candidate(i, roomy, serving(f"d{i}", i), seconds=30) for i in range(4)]
    assert len(_filled(options, findings=FOUND)) == MAX_DRILLS[Context.MICRO_BREAK] == 2


def test_a_short_session_is_not_filled_with_a_second_version_of_one_movement() -> None:
    short = slot(0, budget_s=SHORT_SESSION_S)
    kick = drill(exercise("kick", pattern="straight_leg_kick"), serves=("slr_limited",))
    other = drill(exercise("other_kick", pattern="straight_leg_kick"), serves=FOUND_IDS[1:2])
    fresh = drill(exercise("ankle", pattern="ankle_circle"), serves=FOUND_IDS[2:3])
    options = [candidate(i, short, d, seconds=30) for i, d in enumerate((kick, other, fresh))]
    assert _filled(options, findings=FOUND) == ["kick", "ankle"]
    roomy = [
        candidate(i, slot(0, budget_s=SHORT_SESSION_S + 60), d) for i, d in enumerate((kick, other))
    ]
    assert _filled(roomy, findings=FOUND) == ["kick", "other_kick"]


def test_filling_keeps_a_drill_to_its_days_a_week_and_once_a_day() -> None:
    twice = drill(exercise("twice"), max_days=2, serves=("slr_limited",))
    slots = [slot(i, day=i // 2) for i in range(8)]  # two sessions a day for four days
    options = [candidate(s.index, s, twice) for s in slots]
    week = fill_week((), options, findings=SLR, profile=Profile(), pair=None)
    assert sorted(c.slot.day for c in week) == [0, 1]


def test_filling_never_adds_half_of_the_corrective_pair() -> None:
    first, second = drill(exercise("first")), drill(exercise("second"))
    options = [candidate(0, slot(0), first), candidate(1, slot(0), second)]
    assert _filled(options, pair=PairRule("first", "second", frozenset({0}))) == []


def test_without_the_solver_the_week_keeps_days_a_week_and_puts_the_pair_together() -> None:
    days = [slot(i, day=i, budget_s=120) for i in range(7)]
    first, second = drill(exercise("first")), drill(exercise("second"))
    twice = drill(exercise("twice"), max_days=2, serves=("slr_limited",))
    options = [
        candidate(3 * s.index + k, s, d) for s in days for k, d in enumerate((first, second, twice))
    ]
    pair = PairRule("first", "second", frozenset({0, 1, 2}))
    week = greedy_week(options, days, findings=SLR, profile=Profile(), pair=pair)
    on = {
        name: sorted(c.slot.day for c in week if c.drill.exercise.id == name)
        for name in ("first", "second", "twice")
    }
    assert on["first"] == on["second"] == [0, 1, 2]
    assert len(on["twice"]) == 2


def test_without_the_solver_each_run_day_gets_its_lightest_pre_run_drill() -> None:
    before = slot(0, context=Context.PRE_RUN, budget_s=60)
    heavy = candidate(0, before, drill(exercise("heavy")), seconds=60)
    light = candidate(1, before, drill(exercise("light")), seconds=20)
    week = greedy_week([heavy, light], [before], findings=Findings(), profile=Profile(), pair=None)
    assert [c.drill.exercise.id for c in week] == ["light"]


def test_without_the_solver_the_run_day_is_served_before_the_other_sessions_fill() -> None:
    # "only" may go on one day: filling Monday's rest-day session first would leave
    # Tuesday's run without a warm-up.
    monday = slot(0, day=0, context=Context.REST_DAY)
    tuesday = slot(1, day=1, context=Context.PRE_RUN)
    only = drill(exercise("only"), max_days=1, serves=("slr_limited",))
    options = [candidate(0, monday, only), candidate(1, tuesday, only)]
    week = greedy_week(options, [monday, tuesday], findings=SLR, profile=Profile(), pair=None)
    assert [c.slot.context for c in week] == [Context.PRE_RUN]

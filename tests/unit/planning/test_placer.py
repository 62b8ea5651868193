"""The greedy placer: which drill it adds first, and the hard rules its ledger keeps."""

from __future__ import annotations

from collections.abc import Sequence

from limberup.domain.planning.candidates import Candidate
from limberup.domain.planning.placer import fill_week, greedy_week
from limberup.domain.planning.score import PairRule
from limberup.domain.planning.week import FindingInput, Findings, Profile
from limberup.domain.vocabulary import Context, Side, Status, TestId
from tests.factories import exercise
from tests.unit.planning.builders import candidate, drill, slot

SLR = Findings(
    items=(FindingInput(id="slr_limited", test=TestId.SLR, side=Side.LEFT, status=Status.LIMITED),)
)
ROOM_FOR_ONE = slot(0, budget_s=60)


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
    plain = candidate(0, ROOM_FOR_ONE, drill(exercise("plain")), seconds=30)
    liked = candidate(1, ROOM_FOR_ONE, drill(exercise("liked")))
    assert _filled([plain, liked], profile=Profile(prefer=("liked",))) == ["liked"]


def test_serving_a_finding_comes_before_a_preference() -> None:
    liked = candidate(0, ROOM_FOR_ONE, drill(exercise("liked")))
    serving = candidate(1, ROOM_FOR_ONE, drill(exercise("serving"), serves=("slr_limited",)))
    assert _filled([liked, serving], profile=Profile(prefer=("liked",))) == ["serving"]


def test_a_drill_used_on_fewer_days_is_added_first() -> None:
    monday, tuesday = slot(0, day=0, budget_s=60), slot(1, day=1, budget_s=60)
    used, fresh = drill(exercise("used")), drill(exercise("fresh"))
    already = candidate(0, monday, used)
    options = [candidate(1, tuesday, used, seconds=30), candidate(2, tuesday, fresh)]
    assert _filled(options, chosen=[already]) == ["used", "fresh"]


def test_the_shorter_drill_is_added_first() -> None:
    long = candidate(0, ROOM_FOR_ONE, drill(exercise("long")), seconds=60)
    short = candidate(1, ROOM_FOR_ONE, drill(exercise("short")), seconds=40)
    assert _filled([long, short]) == ["short"]


def test_filling_keeps_each_budget_and_adds_everything_that_fits() -> None:
    roomy = slot(0, budget_s=100)
    options = [candidate(i, roomy, drill(exercise(f"d{i}")), seconds=30) for i in range(4)]
    assert _filled(options) == ["d0", "d1", "d2"]


def test_filling_keeps_a_drill_to_its_days_a_week_and_once_a_day() -> None:
    twice = drill(exercise("twice"), max_days=2)
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
    twice = drill(exercise("twice"), max_days=2)
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

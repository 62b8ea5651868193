"""The integer model's hard constraints, each on a week small enough to see the answer."""

from __future__ import annotations

from collections.abc import Sequence

from limberup.adapters.solver.highs import HighsSolver
from limberup.domain.planning.candidates import Candidate, Slot
from limberup.domain.planning.integer_program import SolveStatus
from limberup.domain.planning.model import build_model
from limberup.domain.planning.score import PairRule
from limberup.domain.planning.week import Findings, Profile
from limberup.domain.vocabulary import Context, Plane, Region
from tests.factories import exercise
from tests.unit.planning.builders import candidate, drill, slot


def _solve(
    options: Sequence[Candidate], slots: Sequence[Slot], pair: PairRule | None = None
) -> list[Candidate]:
    model = build_model(options, slots, findings=Findings(), profile=Profile(), pair=pair)
    solution = HighsSolver().solve(model.program, time_limit_s=5)
    assert solution.status is SolveStatus.OPTIMAL
    return list(model.chosen(solution.values))


def test_a_session_holds_only_what_its_budget_allows() -> None:
    session = slot(0, budget_s=100)
    options = [
        candidate(i, session, drill(exercise(f"d{i}", regions=(list(Region)[i],))), seconds=60)
        for i in range(3)
    ]
    chosen = _solve(options, [session])
    assert len(chosen) == 1


def test_a_drill_goes_on_no_more_days_than_its_dose_allows() -> None:
    slots = [slot(i, day=i) for i in range(5)]
    twice = drill(exercise("twice"), max_days=2)
    chosen = _solve([candidate(s.index, s, twice) for s in slots], slots)
    assert len({c.slot.day for c in chosen}) == 2


def test_a_drill_goes_at_most_once_a_day() -> None:
    slots = [slot(0, day=0, context=Context.REST_DAY), slot(1, day=0, context=Context.DAILY)]
    daily = drill(exercise("daily"))
    chosen = _solve([candidate(s.index, s, daily) for s in slots], slots)
    assert len(chosen) == 1


def test_the_corrective_pair_goes_together_or_not_at_all() -> None:
    # Room for the first and a third drill but not for the second as well: the pair
    # cannot be half-kept, so only the third drill goes in.
    session = slot(0, budget_s=100)
    first, second = drill(exercise("first")), drill(exercise("second", regions=(Region.HIP,)))
    third = drill(exercise("third", regions=(Region.KNEE,)))
    options = [
        candidate(0, session, first, seconds=40),
        candidate(1, session, second, seconds=70),
        candidate(2, session, third, seconds=50),
    ]
    chosen = _solve(options, [session], PairRule("first", "second", frozenset({0})))
    assert [c.drill.exercise.id for c in chosen] == ["third"]


def test_the_corrective_pair_wins_the_session_when_it_fits() -> None:
    session = slot(0, budget_s=100)
    first, second = drill(exercise("first")), drill(exercise("second"))
    third = drill(exercise("third", regions=(Region.KNEE,), planes=tuple(Plane)))
    options = [
        candidate(0, session, first, seconds=40),
        candidate(1, session, second, seconds=40),
        candidate(2, session, third, seconds=30),
    ]
    chosen = _solve(options, [session], PairRule("first", "second", frozenset({0})))
    assert sorted(c.drill.exercise.id for c in chosen) == ["first", "second"]


def test_a_run_day_gets_a_pre_run_session_before_spreading_the_week() -> None:
    # "warm" may go on one day only: before Monday's run, or on Tuesday where it would add
    # an active day. Keeping the pre-run rule must win over the spread.
    before = slot(0, day=0, context=Context.PRE_RUN)
    monday = slot(1, day=0, context=Context.DAILY)
    tuesday = slot(2, day=1, context=Context.REST_DAY)
    warm = drill(exercise("warm"), max_days=1)
    other = drill(exercise("other"))
    options = [candidate(0, before, warm), candidate(1, tuesday, warm), candidate(2, monday, other)]
    chosen = _solve(options, [before, monday, tuesday])
    assert sorted(c.index for c in chosen) == [0, 2]

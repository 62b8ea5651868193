"""Each gate that keeps a drill out of the week, at its boundary, and the order of reasons."""

from __future__ import annotations

import datetime as dt

import pytest

from limberup.domain.catalog import Exercise
from limberup.domain.planning.gates import Gate, gate
from limberup.domain.planning.week import Findings, Profile
from limberup.domain.progression.decisions import (
    PERSISTENT_PAIN_SESSIONS,
    STOP_PAIN_LEVEL,
    Action,
    Decision,
    DrillHistory,
    DrillPain,
    decide,
    safe_regression,
)
from limberup.domain.vocabulary import Equipment, Modality, Region, Risk
from tests.factories import catalogue, exercise

MONDAY = dt.date(2026, 11, 23)
KNEELING = exercise(
    "kneeling", regions=(Region.HIP_FLEXORS,), loads=(Region.HIP_FLEXORS, Region.KNEE)
)


def test_pain_is_matched_to_what_a_drill_loads_not_to_what_it_works() -> None:
    knee = Findings(painful_regions=frozenset({Region.KNEE}))
    assert gate(KNEELING, Profile(), knee) is Gate.PAINFUL_REGION
    assert gate(KNEELING, Profile(), Findings(painful_regions=frozenset({Region.ANKLE}))) is None


def test_a_drill_not_reviewed_falls_back_on_its_regions() -> None:
    plain = exercise("imported", regions=(Region.CALF,))
    assert gate(plain, Profile(), Findings(painful_regions=frozenset({Region.CALF}))) is not None


def test_pain_with_no_place_closes_every_drill() -> None:
    assert gate(exercise("anything"), Profile(), Findings(pain_unplaced=True)) is (
        Gate.PAIN_UNPLACED
    )


def test_a_drill_that_hurt_and_any_drill_stretching_that_tissue_stay_out() -> None:
    hurt = {"kneeling": DrillPain("kneeling", MONDAY, 2, frozenset({Region.CALF}))}
    stretch = exercise(
        "calf_stretch", regions=(Region.CALF,), stretches=(Region.CALF,), loads=(Region.CALF,)
    )
    works = exercise("calf_raise", regions=(Region.CALF,), loads=(Region.CALF,))
    assert gate(KNEELING, Profile(), Findings(), hurt) is Gate.HURT_IN_DRILL
    assert gate(stretch, Profile(), Findings(), hurt) is Gate.STRETCHES_HURT_TISSUE
    assert gate(works, Profile(), Findings(), hurt) is None


@pytest.mark.parametrize(
    ("changes", "closed"),
    [
        ({"modality": Modality.STATIC_HOLD}, True),
        ({"risks": (Risk.END_RANGE,)}, True),
        ({"risks": (Risk.BALLISTIC,)}, True),
        ({"risks": (Risk.HYPEREXTENSION,)}, True),
        ({"modality": Modality.ACTIVE_ROM}, False),
        ({"modality": Modality.STRENGTH}, False),
    ],
)
def test_a_hypermobile_runner_gets_no_hold_and_no_stretching_kind(
    changes: dict[str, object], closed: bool
) -> None:
    drill = exercise("drill", **changes)  # type: ignore[arg-type]
    expected = Gate.HYPERMOBILE if closed else None
    assert gate(drill, Profile(), Findings(hypermobile=True)) is expected
    assert gate(drill, Profile(hypermobile=True), Findings()) is expected
    assert gate(drill, Profile(), Findings()) is None


def test_pain_outranks_hypermobility_which_outranks_kit() -> None:
    drill = exercise(
        "held", modality=Modality.STATIC_HOLD, equipment=(Equipment.STRAP,), loads=(Region.ANKLE,)
    )
    both = Findings(hypermobile=True, painful_regions=frozenset({Region.ANKLE}))
    assert gate(drill, Profile(), both) is Gate.PAINFUL_REGION
    assert gate(drill, Profile(), Findings(hypermobile=True)) is Gate.HYPERMOBILE
    assert gate(drill, Profile(), Findings()) is Gate.KIT


@pytest.mark.parametrize(
    ("worst", "sessions", "stops"),
    [
        (STOP_PAIN_LEVEL - 1, 1, False),
        (STOP_PAIN_LEVEL, 1, True),
        (1, PERSISTENT_PAIN_SESSIONS - 1, False),
        (1, PERSISTENT_PAIN_SESSIONS, True),
    ],
)
def test_pain_of_the_set_level_or_in_two_sessions_stops_a_drill(
    worst: int, sessions: int, stops: bool
) -> None:
    assert DrillPain("d", MONDAY, worst, frozenset(), sessions).stops is stops


def _chain(easier: Exercise) -> tuple[Exercise, Exercise]:
    harder = exercise("harder", regions=(Region.HAMSTRINGS,), regressions=(easier.id,))
    return harder, easier


def test_the_step_back_never_stretches_the_tissue_that_hurt() -> None:
    harder, stretch = _chain(
        exercise(
            "easier",
            regions=(Region.HAMSTRINGS,),
            stretches=(Region.HAMSTRINGS,),
            loads=(Region.HAMSTRINGS,),
        )
    )
    library = catalogue(harder, stretch)
    assert safe_regression(harder, frozenset({Region.HAMSTRINGS}), library) is None
    assert safe_regression(harder, frozenset({Region.CORE}), library) == stretch


def test_next_weeks_decision_steps_back_without_stretching_and_stops_at_the_set_level() -> None:
    harder, stretch = _chain(
        exercise(
            "easier",
            regions=(Region.HAMSTRINGS,),
            stretches=(Region.HAMSTRINGS,),
            loads=(Region.HAMSTRINGS,),
        )
    )
    library = catalogue(harder, stretch)
    hamstrings = frozenset({Region.HAMSTRINGS})
    mild = DrillHistory("harder", pain_reports=1, worst_pain=3, pain_regions=hamstrings)
    assert decide(mild, library) == Decision(
        "harder",
        Action.REGRESS,
        "pain was reported in it: smaller range, less force or load, lowest dose",
    )
    strong = DrillHistory("harder", pain_reports=1, worst_pain=STOP_PAIN_LEVEL)
    assert decide(strong, library).action is Action.STOP

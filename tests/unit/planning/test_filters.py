"""The rules that keep a drill out of the week, or out of a session, at their boundaries."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from limberup.domain.catalog import Dose, Exercise
from limberup.domain.planning.candidates import Drill, candidates, pre_run_safe, week_drills
from limberup.domain.planning.session_shape import SHORT_SESSION_S
from limberup.domain.planning.week import Findings, Profile
from limberup.domain.progression.decisions import Action, Decision
from limberup.domain.vocabulary import Context, Equipment, Modality, Region
from tests.factories import catalogue, exercise, span
from tests.unit.planning.builders import drill, part, slot

EVERYWHERE = tuple(Context)


@pytest.mark.parametrize(
    ("hold_s", "safe"), [(0.0, True), (59.0, True), (59.9, True), (60.0, False), (90.0, False)]
)
def test_before_a_run_a_hold_must_stay_under_sixty_seconds(hold_s: float, safe: bool) -> None:
    assert pre_run_safe(exercise("kick"), [part(hold_s=hold_s)]) is safe


@pytest.mark.parametrize(("breaths", "safe"), [(5, True), (6, False)])
def test_a_hold_counted_in_breaths_is_timed_at_the_players_pace(breaths: int, safe: bool) -> None:
    # Ten seconds a breath: five breaths are 50 s, six are the refused 60 s.
    assert pre_run_safe(exercise("kick"), [part(hold_breaths=breaths)]) is safe


def test_one_long_part_is_enough_to_refuse_the_drill() -> None:
    assert not pre_run_safe(exercise("kick"), [part(hold_s=10), part(hold_s=60)])


@pytest.mark.parametrize(
    ("modality", "safe"),
    [
        (Modality.DYNAMIC, True),
        (Modality.ACTIVATION, True),
        (Modality.SOFT_TISSUE, True),
        (Modality.STRENGTH, True),
        (Modality.ACTIVE_ROM, False),
        (Modality.STATIC_HOLD, False),
    ],
)
def test_only_moving_and_activating_work_goes_before_a_run(modality: Modality, safe: bool) -> None:
    assert pre_run_safe(exercise("drill", modality=modality), [part()]) is safe


def test_a_long_hold_is_offered_on_a_rest_day_but_not_before_a_run() -> None:
    held = exercise(
        "held", contexts=EVERYWHERE, dose=Dose(sets=span(1), reps=span(1), hold_s=span(60))
    )
    offered = candidates(
        [slot(0, context=Context.PRE_RUN), slot(1, context=Context.REST_DAY)], [drill(held)]
    )
    assert [c.slot.context for c in offered] == [Context.REST_DAY]


def allowed(
    *exercises: Exercise,
    profile: Profile | None = None,
    findings: Findings | None = None,
    decisions: Mapping[str, Decision] | None = None,
) -> dict[str, Drill]:
    drills = week_drills(
        catalogue(*exercises), profile or Profile(), findings or Findings(), decisions or {}
    )
    return {d.exercise.id: d for d in drills}


STRAP = exercise("strap_drill", equipment=(Equipment.STRAP,))
STRAP_OR_TOWEL = exercise("either_drill", equipment=((Equipment.STRAP, Equipment.TOWEL),))
BARE = exercise("bare_drill")


def test_a_drill_needs_the_kit_the_runner_owns() -> None:
    # A towel is an everyday thing: assumed unless the runner says they lack one.
    assert set(allowed(STRAP, STRAP_OR_TOWEL, BARE)) == {"either_drill", "bare_drill"}
    no_towel = Profile(lacks=(Equipment.TOWEL,))
    assert set(allowed(STRAP, STRAP_OR_TOWEL, BARE, profile=no_towel)) == {"bare_drill"}
    towel = Profile(equipment=(Equipment.TOWEL,))
    assert set(allowed(STRAP, STRAP_OR_TOWEL, BARE, profile=towel)) == {
        "either_drill",
        "bare_drill",
    }
    strap = Profile(equipment=(Equipment.STRAP,))
    assert set(allowed(STRAP, STRAP_OR_TOWEL, BARE, profile=strap)) == {
        "strap_drill",
        "either_drill",
        "bare_drill",
    }


HOLD = exercise("hold", modality=Modality.STATIC_HOLD)
CONTROL = exercise("control", modality=Modality.ACTIVE_ROM)


@pytest.mark.parametrize(
    ("profile", "findings"),
    [(Profile(hypermobile=True), Findings()), (Profile(), Findings(hypermobile=True))],
)
def test_a_hypermobile_runner_gets_no_static_hold(profile: Profile, findings: Findings) -> None:
    assert set(allowed(HOLD, CONTROL, profile=profile, findings=findings)) == {"control"}


def test_a_runner_not_hypermobile_keeps_static_holds() -> None:
    assert set(allowed(HOLD, CONTROL, profile=Profile(hypermobile=False))) == {"hold", "control"}


def test_a_painful_region_keeps_every_drill_loading_it_off_the_week() -> None:
    ankle = exercise("ankle", regions=(Region.ANKLE,))
    ankle_and_hip = exercise("both", regions=(Region.HIP, Region.ANKLE))
    hip = exercise("hip", regions=(Region.HIP,))
    findings = Findings(painful_regions=frozenset({Region.ANKLE}))
    assert set(allowed(ankle, ankle_and_hip, hip, findings=findings)) == {"hip"}
    assert set(allowed(ankle, ankle_and_hip, hip)) == {"ankle", "both", "hip"}


def test_a_drill_the_runner_avoids_is_left_out() -> None:
    assert set(allowed(BARE, HOLD, profile=Profile(avoid=("hold",)))) == {"bare_drill"}


def _days(days: tuple[float, float] | None, action: Action | None) -> int:
    dose = Dose(sets=span(1), reps=span(5), days_per_week=span(*days) if days else None)
    decisions = {"d": Decision("d", action, "test")} if action else {}
    return allowed(exercise("d", dose=dose), decisions=decisions)["d"].max_days


@pytest.mark.parametrize(
    ("days", "action", "max_days"),
    [
        ((3, 5), None, 5),  # the dose's most days a week
        (None, None, 7),  # no figure: any day
        ((7, 7), Action.HOLD, 7),
        ((3, 5), Action.MAINTAIN, 3),  # maintenance: the fewest days of its range
        ((7, 7), Action.MAINTAIN, 2),  # a single figure: our floor of two days a week
        (None, Action.MAINTAIN, 2),
        ((0, 4), Action.MAINTAIN, 2),  # a range from zero: the floor, never zero days
    ],
)
def test_days_a_week_come_from_the_dose(
    days: tuple[float, float] | None, action: Action | None, max_days: int
) -> None:
    assert _days(days, action) == max_days


def test_a_stopped_drill_is_left_out() -> None:
    stopped = {"bare_drill": Decision("bare_drill", Action.STOP, "pain")}
    assert set(allowed(BARE, HOLD, decisions=stopped)) == {"hold"}


def test_rolling_a_muscle_before_a_run_is_not_held_to_the_stretching_limit() -> None:
    # Behm 2016's 60 s limit is about holding a stretch; a foam roll is not one.
    roll = exercise("roll", modality=Modality.SOFT_TISSUE)
    held = exercise("held", modality=Modality.ACTIVATION)
    minute = (part(hold_s=60.0),)
    assert pre_run_safe(roll, minute)
    assert not pre_run_safe(held, minute)


def kick(name: str) -> Exercise:
    return exercise(name, pattern="kick")


def test_a_short_session_is_offered_one_version_of_each_movement() -> None:
    plain, other, serving = (
        drill(kick("plain_kick")),
        drill(kick("other_kick")),
        drill(kick("serving_kick"), serves=("slr_limited",)),
    )
    short = slot(0, budget_s=SHORT_SESSION_S)
    offered = {c.drill.exercise.id for c in candidates([short], [plain, other, serving])}
    assert offered == {"serving_kick"}  # the version that serves a finding
    # Among equals the version turns with the day, so the week sees each of them.
    by_day = [
        {c.drill.exercise.id for c in candidates([slot(0, day=d, budget_s=300)], [plain, other])}
        for d in range(2)
    ]
    assert by_day == [{"other_kick"}, {"plain_kick"}]
    roomy = slot(0, budget_s=SHORT_SESSION_S + 60)
    assert len(candidates([roomy], [plain, other, serving])) == 3

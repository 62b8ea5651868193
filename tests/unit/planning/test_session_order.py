"""The order of drills inside a session."""

from __future__ import annotations

from limberup.domain.planning.explain import session_order
from limberup.domain.vocabulary import Context, Modality, Region
from tests.factories import exercise
from tests.unit.planning.builders import candidate, drill, slot

ROLL = exercise("roll", modality=Modality.SOFT_TISSUE, regions=(Region.THORACIC_SPINE,))
WAKE = exercise("wake", modality=Modality.ACTIVATION, regions=(Region.GLUTES,))
HINGE = exercise("hinge", modality=Modality.STRENGTH, regions=(Region.HAMSTRINGS,))
KICK = exercise("kick", modality=Modality.DYNAMIC, regions=(Region.ANKLE,))


def _order(context: Context, *exercises: object, pair: tuple[str, str] | None = None) -> list[str]:
    at = slot(0, context=context)
    chosen = [candidate(i, at, drill(e)) for i, e in enumerate(exercises)]  # type: ignore[arg-type]
    return [c.drill.exercise.id for c in session_order(chosen, context, pair)]


def test_before_a_run_roll_activate_hinge_then_kick() -> None:
    assert _order(Context.PRE_RUN, KICK, HINGE, WAKE, ROLL) == ["roll", "wake", "hinge", "kick"]


def test_other_sessions_work_from_the_ground_up() -> None:
    assert _order(Context.DAILY, ROLL, WAKE, HINGE, KICK) == ["kick", "hinge", "wake", "roll"]


def test_the_pairs_second_follows_its_first_wherever_the_regions_put_it() -> None:
    first = exercise("first", regions=(Region.HIP,))
    second = exercise("second", regions=(Region.FOOT,))
    other = exercise("other", regions=(Region.KNEE,))
    order = _order(Context.DAILY, second, other, first, pair=("first", "second"))
    assert order == ["other", "first", "second"]


def test_the_ground_up_order_runs_from_the_feet_to_the_neck() -> None:
    # Seed 002: feet and ankles first, up through the legs and hips to the spine and neck.
    regions = (Region.NECK, Region.HIP, Region.ANKLE, Region.THORACIC_SPINE, Region.FOOT)
    drills = [exercise(r.value, regions=(r,)) for r in regions]
    order = _order(Context.REST_DAY, *drills)
    assert order == ["foot", "ankle", "hip", "thoracic_spine", "neck"]

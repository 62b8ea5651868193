"""Hypothesis strategies for assessments: every valid form, and one-field breakages of them."""

from __future__ import annotations

from typing import Any, get_args

from hypothesis import strategies as st

from limberup.domain.assessment.inputs import BEIGHTON_ITEMS, QUESTIONNAIRE_ITEMS, PainfulTest
from limberup.domain.values import FIRST_DAY, LAST_DAY
from limberup.domain.vocabulary import Region


def finite(low: float, high: float) -> st.SearchStrategy[float]:
    return st.floats(min_value=low, max_value=high, allow_nan=False, allow_infinity=False)


def _with_optional(required: dict[str, Any], **optional: Any) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(required, optional=optional)


SLR_SIDE = st.one_of(
    _with_optional({"angle_deg": finite(0, 180)}, down_leg_moved=st.booleans()),
    _with_optional({"door_jamb_passed": st.booleans()}, down_leg_moved=st.booleans()),
    st.fixed_dictionaries({"fms_score": st.integers(0, 3)}),
)
KNEE_TO_WALL_SIDE = st.one_of(
    st.fixed_dictionaries({"distance_cm": finite(0, 50)}),
    st.fixed_dictionaries({"distance_in": finite(0, 20)}),
    st.fixed_dictionaries({"angle_deg": finite(0, 90)}),
)
STANDING_HIP_SIDE = st.fixed_dictionaries(
    {name: st.booleans() for name in ("flexion", "abduction", "extension")}
)
TIBIAL_SIDE = st.one_of(
    st.fixed_dictionaries({"internal_deg": finite(0, 90), "external_deg": finite(0, 90)}),
    st.fixed_dictionaries({"feel": st.sampled_from(["free", "stiff", "painful"])}),
)
THORACIC_SIDE = st.fixed_dictionaries({"angle_deg": finite(0, 180)})


def sides(side: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    """Left, right or both (never neither)."""
    return st.fixed_dictionaries({}, optional={"left": side, "right": side}).filter(bool)


BEIGHTON = st.one_of(
    st.fixed_dictionaries({"total": st.integers(0, 9)}),
    st.fixed_dictionaries({item: st.booleans() for item in BEIGHTON_ITEMS}),
)
QUESTIONNAIRE = st.one_of(
    st.fixed_dictionaries({"yes_count": st.integers(0, 5)}),
    st.fixed_dictionaries({item: st.booleans() for item in QUESTIONNAIRE_ITEMS}),
)
PAIN = st.fixed_dictionaries(
    {},
    optional={
        "at_rest": st.booleans(),
        "during_tests": st.lists(st.sampled_from(get_args(PainfulTest)), max_size=3),
        "where": st.lists(st.sampled_from([region.value for region in Region]), max_size=3),
    },
)

ASSESSMENTS = st.fixed_dictionaries(
    {"date": st.dates(FIRST_DAY, LAST_DAY).map(lambda day: day.isoformat())},
    optional={
        "age": st.integers(5, 110),
        "slr": sides(SLR_SIDE),
        "knee_to_wall": sides(KNEE_TO_WALL_SIDE),
        "standing_hip": sides(STANDING_HIP_SIDE),
        "tibial_rotation": sides(TIBIAL_SIDE),
        "thoracic_rotation": sides(THORACIC_SIDE),
        "beighton": BEIGHTON,
        "hypermobility_questionnaire": QUESTIONNAIRE,
        "pain": PAIN,
    },
)
"""Valid assessments as parsed JSON: any test missing, any side, any form, any in-range value."""

# Upper limits of the numeric fields, by (test, field); the lower limit is 0 except for age.
NUMBER_LIMITS: dict[tuple[str, str], tuple[float, float]] = {
    ("slr", "angle_deg"): (0, 180),
    ("slr", "fms_score"): (0, 3),
    ("knee_to_wall", "distance_cm"): (0, 50),
    ("knee_to_wall", "distance_in"): (0, 20),
    ("knee_to_wall", "angle_deg"): (0, 90),
    ("tibial_rotation", "internal_deg"): (0, 90),
    ("tibial_rotation", "external_deg"): (0, 90),
    ("thoracic_rotation", "angle_deg"): (0, 180),
    ("beighton", "total"): (0, 9),
    ("hypermobility_questionnaire", "yes_count"): (0, 5),
    ("", "age"): (5, 110),
}

Path = tuple[str | int, ...]


def leaves(data: Any, path: Path = ()) -> list[tuple[Path, Any]]:
    """Every scalar in ``data`` with its path."""
    if isinstance(data, dict):
        return [leaf for key, value in data.items() for leaf in leaves(value, (*path, key))]
    if isinstance(data, list):
        return [leaf for i, value in enumerate(data) for leaf in leaves(value, (*path, i))]
    return [(path, data)]


def objects(data: Any, path: Path = ()) -> list[Path]:
    """The path of every object (dict) in ``data``, the top included."""
    if not isinstance(data, dict):
        return []
    return [path] + [p for key, value in data.items() for p in objects(value, (*path, key))]


def set_at(data: Any, path: Path, value: Any) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


def limits(path: Path) -> tuple[float, float] | None:
    test = str(path[0]) if len(path) > 1 else ""
    return NUMBER_LIMITS.get((test, str(path[-1])))

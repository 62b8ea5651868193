"""Bad input is refused with the field's path; every documented form of good input is taken."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from limberup.domain.assessment import Assessment
from limberup.domain.assessment.inputs import fields_at

DATE = {"date": "2026-01-05"}


def problems(data: Any) -> list[tuple[str, str]]:
    """Each problem as (dotted field path, message)."""
    with pytest.raises(ValidationError) as caught:
        Assessment.model_validate(data)
    return [(".".join(map(str, e["loc"])), e["msg"]) for e in caught.value.errors()]


BAD: list[tuple[str, dict[str, Any], str, str]] = [
    # (case, input without the date, field path, words of the message)
    (
        "negative distance",
        {"knee_to_wall": {"left": {"distance_cm": -0.1}}},
        "knee_to_wall.left.distance_cm",
        "greater than or equal to 0",
    ),
    (
        "distance too far",
        {"knee_to_wall": {"right": {"distance_cm": 50.1}}},
        "knee_to_wall.right.distance_cm",
        "less than or equal to 50",
    ),
    (
        "negative inches",
        {"knee_to_wall": {"left": {"distance_in": -1}}},
        "knee_to_wall.left.distance_in",
        "greater than or equal to 0",
    ),
    (
        "inches too far",
        {"knee_to_wall": {"left": {"distance_in": 20.5}}},
        "knee_to_wall.left.distance_in",
        "less than or equal to 20",
    ),
    (
        "shin past flat",
        {"knee_to_wall": {"left": {"angle_deg": 90.1}}},
        "knee_to_wall.left.angle_deg",
        "less than or equal to 90",
    ),
    (
        "angle over 180",
        {"slr": {"left": {"angle_deg": 180.5}}},
        "slr.left.angle_deg",
        "less than or equal to 180",
    ),
    (
        "negative angle",
        {"slr": {"right": {"angle_deg": -5}}},
        "slr.right.angle_deg",
        "greater than or equal to 0",
    ),
    (
        "thoracic over 180",
        {"thoracic_rotation": {"left": {"angle_deg": 181}}},
        "thoracic_rotation.left.angle_deg",
        "less than or equal to 180",
    ),
    (
        "tibial over 90",
        {"tibial_rotation": {"left": {"internal_deg": 91, "external_deg": 30}}},
        "tibial_rotation.left.internal_deg",
        "less than or equal to 90",
    ),
    ("fms 4", {"slr": {"left": {"fms_score": 4}}}, "slr.left.fms_score", "less than or equal to 3"),
    (
        "fms negative",
        {"slr": {"left": {"fms_score": -1}}},
        "slr.left.fms_score",
        "greater than or equal to 0",
    ),
    ("beighton 10", {"beighton": {"total": 10}}, "beighton.total", "less than or equal to 9"),
    (
        "yes count 6",
        {"hypermobility_questionnaire": {"yes_count": 6}},
        "hypermobility_questionnaire.yes_count",
        "less than or equal to 5",
    ),
    ("age 4", {"age": 4}, "age", "greater than or equal to 5"),
    ("age 111", {"age": 111}, "age", "less than or equal to 110"),
    (
        "text for a number",
        {"slr": {"left": {"angle_deg": "65"}}},
        "slr.left.angle_deg",
        "valid number",
    ),
    (
        "bool for a number",
        {"knee_to_wall": {"left": {"distance_cm": True}}},
        "knee_to_wall.left.distance_cm",
        "valid number",
    ),
    (
        "fraction for a score",
        {"slr": {"left": {"fms_score": 2.5}}},
        "slr.left.fms_score",
        "valid integer",
    ),
    (
        "number for a bool",
        {"slr": {"left": {"door_jamb_passed": 1}}},
        "slr.left.door_jamb_passed",
        "valid boolean",
    ),
    (
        "text for a bool",
        {"standing_hip": {"left": {"flexion": "yes", "abduction": True, "extension": True}}},
        "standing_hip.left.flexion",
        "valid boolean",
    ),
    ("text for age", {"age": "38"}, "age", "valid integer"),
    (
        "nan",
        {"thoracic_rotation": {"left": {"angle_deg": float("nan")}}},
        "thoracic_rotation.left.angle_deg",
        "finite number",
    ),
    (
        "infinity",
        {"knee_to_wall": {"left": {"distance_cm": float("inf")}}},
        "knee_to_wall.left.distance_cm",
        "finite number",
    ),
    (
        "unknown feel",
        {"tibial_rotation": {"left": {"feel": "tight"}}},
        "tibial_rotation.left.feel",
        "'free', 'stiff' or 'painful'",
    ),
    ("unknown top key", {"hamstrings": {}}, "hamstrings", "Extra inputs"),
    ("unknown side key", {"slr": {"middle": {"angle_deg": 80}}}, "slr.middle", "Extra inputs"),
    ("unknown field", {"slr": {"left": {"angle": 80}}}, "slr.left.angle", "Extra inputs"),
    (
        "unknown beighton item",
        {"beighton": {"total": 3, "wrist": True}},
        "beighton.wrist",
        "Extra inputs",
    ),
    (
        "empty side",
        {"knee_to_wall": {"left": {}}},
        "knee_to_wall.left",
        "give exactly one of distance_cm, distance_in or angle_deg; nothing was given",
    ),
    (
        "two forms",
        {"knee_to_wall": {"left": {"distance_cm": 9, "angle_deg": 30}}},
        "knee_to_wall.left",
        "got distance_cm and angle_deg",
    ),
    (
        "slr two forms",
        {"slr": {"left": {"angle_deg": 70, "fms_score": 2}}},
        "slr.left",
        "give exactly one of angle_deg, door_jamb_passed or fms_score",
    ),
    (
        "slr moved alone",
        {"slr": {"left": {"down_leg_moved": True}}},
        "slr.left",
        "nothing was given",
    ),
    (
        "moved with fms",
        {"slr": {"left": {"fms_score": 2, "down_leg_moved": True}}},
        "slr.left",
        "down_leg_moved goes with",
    ),
    (
        "half the degrees",
        {"tibial_rotation": {"left": {"internal_deg": 10}}},
        "tibial_rotation.left",
        "external_deg is missing",
    ),
    (
        "other half",
        {"tibial_rotation": {"right": {"external_deg": 10}}},
        "tibial_rotation.right",
        "internal_deg is missing",
    ),
    (
        "degrees and feel",
        {"tibial_rotation": {"left": {"feel": "free", "internal_deg": 10}}},
        "tibial_rotation.left",
        "not both",
    ),
    (
        "no tibial form",
        {"tibial_rotation": {"left": {}}},
        "tibial_rotation.left",
        "nothing was given",
    ),
    (
        "hip incomplete",
        {"standing_hip": {"left": {"flexion": True, "abduction": True}}},
        "standing_hip.left.extension",
        "Field required",
    ),
    (
        "thoracic empty",
        {"thoracic_rotation": {"right": {}}},
        "thoracic_rotation.right.angle_deg",
        "Field required",
    ),
    ("no side at all", {"slr": {}}, "slr", "give left, right or both"),
    ("side not an object", {"slr": {"left": 65}}, "slr.left", "valid dictionary"),
    (
        "beighton partial",
        {"beighton": {"thumb_left": True}},
        "beighton",
        "missing items: little_finger_left",
    ),
    ("beighton both", {"beighton": {**{"thumb_left": True}, "total": 2}}, "beighton", "not both"),
    ("beighton empty", {"beighton": {}}, "beighton", "give all 9 items or total"),
    (
        "questionnaire partial",
        {"hypermobility_questionnaire": {"double_jointed": True}},
        "hypermobility_questionnaire",
        "missing items",
    ),
    ("pain of pain", {"pain": {"during_tests": ["pain"]}}, "pain.during_tests.0", "'slr'"),
    ("unknown region", {"pain": {"at_rest": True, "where": ["elbowz"]}}, "pain.where.0", "'knee'"),
    ("pain text", {"pain": {"at_rest": "no"}}, "pain.at_rest", "valid boolean"),
]


@pytest.mark.parametrize(("case", "data", "path", "words"), BAD, ids=[case[0] for case in BAD])
def test_bad_input_names_its_field(case: str, data: dict[str, Any], path: str, words: str) -> None:
    found = problems({**DATE, **data})
    assert any(where == path and words in message for where, message in found), found


def test_a_whole_number_written_with_a_point_is_that_number() -> None:
    # JSON has one kind of number, and JSON Schema's "integer" takes 2.0: so does LimberUp.
    read = Assessment.model_validate_json(
        '{"date": "2026-11-16", "age": 38.0, "slr": {"left": {"fms_score": 2.0}}, '
        '"beighton": {"total": 3.0}, "hypermobility_questionnaire": {"yes_count": 1.0}}'
    )
    read_back = read.model_dump()
    assert read_back["age"] == 38
    assert type(read_back["age"]) is int
    assert read_back["slr"]["left"]["fms_score"] == 2
    assert read_back["beighton"]["total"] == 3
    assert read_back["hypermobility_questionnaire"]["yes_count"] == 1


@pytest.mark.parametrize(
    ("date", "words"),
    [
        (None, "Field required"),
        (20260105, "YYYY-MM-DD"),
        ("2026-13-01", "valid date"),
        (True, "YYYY-MM-DD"),
    ],
)
def test_the_date_is_an_iso_string(date: Any, words: str) -> None:
    data = {} if date is None else {"date": date}
    found = problems(data)
    assert any(where == "date" and words in message for where, message in found), found


@pytest.mark.parametrize("data", [[], "x", 3, None])
def test_the_top_level_must_be_an_object(data: Any) -> None:
    assert problems(data)[0][0] == ""


GOOD: list[dict[str, Any]] = [
    {},
    {"age": 5},
    {"age": 110},
    {"slr": {"left": {"angle_deg": 0}}},
    {"slr": {"right": {"angle_deg": 180, "down_leg_moved": True}}},
    {"slr": {"left": {"door_jamb_passed": False, "down_leg_moved": True}, "right": None}},
    {"slr": {"left": {"fms_score": 0}, "right": {"fms_score": 3}}},
    {"knee_to_wall": {"left": {"distance_cm": 0}, "right": {"distance_in": 20}}},
    {"knee_to_wall": {"left": {"angle_deg": 90}}},
    {"standing_hip": {"left": {"flexion": False, "abduction": False, "extension": False}}},
    {
        "tibial_rotation": {
            "left": {"internal_deg": 0, "external_deg": 90},
            "right": {"feel": "painful"},
        }
    },
    {"thoracic_rotation": {"right": {"angle_deg": 0}}},
    {"beighton": {"total": 0}},
    {"beighton": {"total": 9}, "hypermobility_questionnaire": {"yes_count": 0}},
    {"pain": {}},
    {
        "pain": {
            "at_rest": True,
            "during_tests": ["slr", "beighton"],
            "where": ["hip", "lower_back"],
        }
    },
    {"slr": None, "pain": None},
]


@pytest.mark.parametrize("data", GOOD)
def test_every_documented_form_is_accepted(data: dict[str, Any]) -> None:
    Assessment.model_validate({**DATE, **data})


@pytest.mark.parametrize(
    ("path", "fields"),
    [
        (
            (),
            (
                "date",
                "age",
                "slr",
                "knee_to_wall",
                "standing_hip",
                "tibial_rotation",
                "thoracic_rotation",
                "beighton",
                "hypermobility_questionnaire",
                "pain",
            ),
        ),
        (("slr",), ("left", "right")),
        (("knee_to_wall", "right"), ("distance_cm", "distance_in", "angle_deg")),
        (("tibial_rotation", "left"), ("internal_deg", "external_deg", "feel")),
        (("pain",), ("at_rest", "during_tests", "where")),
        (("slr", "left", "angle_deg"), ()),
        (("nothing",), ()),
    ],
)
def test_fields_at_lists_what_is_allowed(path: tuple[str, ...], fields: tuple[str, ...]) -> None:
    assert fields_at(path) == fields

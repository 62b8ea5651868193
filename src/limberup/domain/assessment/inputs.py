"""What a runner records: the assessment input, validated strictly.

Field names are the JSON scripting contract of ``limberup assess evaluate`` (DESIGN.md). Every
model refuses unknown keys and values of the wrong type (no ``"65"`` for 65, no ``1`` for
``true``); a side that is given must hold exactly one complete way of recording the test.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, Generic, Literal, Self, TypeVar, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

from limberup.domain.values import WHOLE_FLOAT_AS_INT, PlanDate
from limberup.domain.vocabulary import Region

MAX_ANGLE_DEG = 180
"""No joint angle we ask for can exceed a half turn."""
MAX_SHIN_LEAN_DEG = 90
"""A shin cannot lean past horizontal."""
MAX_TIBIAL_ROTATION_DEG = 90
MAX_KNEE_TO_WALL_CM = 50
"""Far beyond anyone's reach (the average is 12 cm): a bigger figure is a typing slip."""
MAX_KNEE_TO_WALL_IN = 20
MIN_AGE = 5
MAX_AGE = 110

Angle = Annotated[float, Field(ge=0, le=MAX_ANGLE_DEG)]
ShinLean = Annotated[float, Field(ge=0, le=MAX_SHIN_LEAN_DEG)]
TibialAngle = Annotated[float, Field(ge=0, le=MAX_TIBIAL_ROTATION_DEG)]
Feel = Literal["free", "stiff", "painful"]
PainfulTest = Literal[
    "slr", "knee_to_wall", "standing_hip", "tibial_rotation", "thoracic_rotation", "beighton"
]


class _Input(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True, allow_inf_nan=False)

    def _given(self, *names: str) -> list[str]:
        return [name for name in names if getattr(self, name) is not None]

    def _one_of(self, *names: str) -> str:
        """The one field of ``names`` that is set; anything else is a clear error."""
        given = self._given(*names)
        if len(given) != 1:
            choices = ", ".join(names[:-1]) + f" or {names[-1]}"
            problem = "nothing was given" if not given else f"got {' and '.join(given)}"
            raise ValueError(f"give exactly one of {choices}; {problem}")
        return given[0]


def _forms_schema(*forms: tuple[tuple[str, ...], tuple[str, ...]]) -> dict[str, Any]:
    """JSON Schema for "exactly one form": each form is (the fields it gives, the fields it
    leaves out or null). The model's validator holds the rule; this lets clients know it."""
    not_null, null = {"not": {"type": "null"}}, {"type": "null"}
    return {
        "oneOf": [
            {
                "required": list(given),
                "properties": {
                    **{name: dict(not_null) for name in given},
                    **{name: dict(null) for name in left_out},
                },
            }
            for given, left_out in forms
        ]
    }


class SlrSide(_Input):
    """One leg's straight-leg raise, recorded one of three ways."""

    model_config = ConfigDict(
        json_schema_extra=_forms_schema(
            (("angle_deg",), ("door_jamb_passed", "fms_score")),
            (("door_jamb_passed",), ("angle_deg", "fms_score")),
            (("fms_score",), ("angle_deg", "door_jamb_passed", "down_leg_moved")),
        )
    )

    angle_deg: Angle | None = None
    """Angle of the raised leg from the floor where the test ended."""
    down_leg_moved: bool | None = None
    """Whether the test ended because the leg on the floor bent, rolled or lifted."""
    door_jamb_passed: bool | None = None
    """Seed 001's doorway test: the ankle bone passed the jamb lined up with mid-thigh."""
    fms_score: Annotated[int, Field(ge=0, le=3), WHOLE_FLOAT_AS_INT] | None = None

    @model_validator(mode="after")
    def _complete(self) -> Self:
        form = self._one_of("angle_deg", "door_jamb_passed", "fms_score")
        if form == "fms_score" and self.down_leg_moved is not None:
            raise ValueError(
                "down_leg_moved goes with angle_deg or door_jamb_passed, not fms_score"
            )
        return self


class KneeToWallSide(_Input):
    """One ankle's knee-to-wall test, as a distance or as the shin's lean."""

    model_config = ConfigDict(
        json_schema_extra=_forms_schema(
            (("distance_cm",), ("distance_in", "angle_deg")),
            (("distance_in",), ("distance_cm", "angle_deg")),
            (("angle_deg",), ("distance_cm", "distance_in")),
        )
    )

    distance_cm: Annotated[float, Field(ge=0, le=MAX_KNEE_TO_WALL_CM)] | None = None
    distance_in: Annotated[float, Field(ge=0, le=MAX_KNEE_TO_WALL_IN)] | None = None
    angle_deg: ShinLean | None = None
    """The shin's forward lean from vertical, read with a phone on the shin."""

    @model_validator(mode="after")
    def _complete(self) -> Self:
        self._one_of("distance_cm", "distance_in", "angle_deg")
        return self


class StandingHipSide(_Input):
    """Seed 002's three standing standards for one hip: each met or not."""

    flexion: bool
    """Thigh reaches the chest."""
    abduction: bool
    """Leg raised sideways to hip height."""
    extension: bool
    """Leg lifted behind to hip height."""


class TibialRotationSide(_Input):
    """One knee's shin rotation: degrees each way, or how the end of the range feels."""

    model_config = ConfigDict(
        json_schema_extra=_forms_schema(
            (("internal_deg", "external_deg"), ("feel",)),
            (("feel",), ("internal_deg", "external_deg")),
        )
    )

    internal_deg: TibialAngle | None = None
    external_deg: TibialAngle | None = None
    feel: Feel | None = None

    @model_validator(mode="after")
    def _complete(self) -> Self:
        degrees = self._given("internal_deg", "external_deg")
        if self.feel is not None and degrees:
            raise ValueError("give either internal_deg and external_deg, or feel, not both")
        if self.feel is None and len(degrees) != 2:
            missing = "external_deg" if degrees == ["internal_deg"] else "internal_deg"
            if not degrees:
                raise ValueError("give internal_deg and external_deg, or feel; nothing was given")
            raise ValueError(f"{missing} is missing: give both internal_deg and external_deg")
        return self


class ThoracicRotationSide(_Input):
    """Upper-back rotation toward one side."""

    angle_deg: Angle


SideT = TypeVar("SideT", bound=_Input)


class Sides(_Input, Generic[SideT]):
    """A two-sided test: either side may be missing, not both."""

    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [
                {"required": [side], "properties": {side: {"not": {"type": "null"}}}}
                for side in ("left", "right")
            ]
        }
    )

    left: SideT | None = None
    right: SideT | None = None

    @model_validator(mode="after")
    def _some_side(self) -> Self:
        if self.left is None and self.right is None:
            raise ValueError("give left, right or both")
        return self


BEIGHTON_ITEMS = (
    "little_finger_left",
    "little_finger_right",
    "thumb_left",
    "thumb_right",
    "elbow_left",
    "elbow_right",
    "knee_left",
    "knee_right",
    "palms_to_floor",
)
QUESTIONNAIRE_ITEMS = (
    "hands_flat_on_floor",
    "thumb_to_forearm",
    "contortions_as_child",
    "dislocations",
    "double_jointed",
)


def _all_or_count(model: _Input, items: tuple[str, ...], count: str) -> None:
    given = model._given(*items)
    if getattr(model, count) is not None:
        if given:
            raise ValueError(f"give either the items or {count}, not both (got {given[0]})")
        return
    if not given:
        raise ValueError(f"give all {len(items)} items or {count}; nothing was given")
    missing = [item for item in items if item not in given]
    if missing:
        raise ValueError(f"missing items: {', '.join(missing)} (give all or {count})")


def _all_or_count_schema(items: tuple[str, ...], count: str) -> dict[str, Any]:
    """The rule of :func:`_all_or_count` in JSON Schema, so that clients can know it."""
    return _forms_schema((items, (count,)), ((count,), items))


class Beighton(_Input):
    """The nine Beighton items (one point each), or their total."""

    model_config = ConfigDict(json_schema_extra=_all_or_count_schema(BEIGHTON_ITEMS, "total"))

    little_finger_left: bool | None = None
    little_finger_right: bool | None = None
    thumb_left: bool | None = None
    thumb_right: bool | None = None
    elbow_left: bool | None = None
    elbow_right: bool | None = None
    knee_left: bool | None = None
    knee_right: bool | None = None
    palms_to_floor: bool | None = None
    total: Annotated[int, Field(ge=0, le=len(BEIGHTON_ITEMS)), WHOLE_FLOAT_AS_INT] | None = None

    @model_validator(mode="after")
    def _complete(self) -> Self:
        _all_or_count(self, BEIGHTON_ITEMS, "total")
        return self

    @property
    def points(self) -> int:
        """The Beighton score, 0-9."""
        if self.total is not None:
            return self.total
        return sum(bool(getattr(self, item)) for item in BEIGHTON_ITEMS)


class Questionnaire(_Input):
    """The five-part hypermobility questionnaire (Hakim & Grahame 2003): answers or a count."""

    model_config = ConfigDict(
        json_schema_extra=_all_or_count_schema(QUESTIONNAIRE_ITEMS, "yes_count")
    )

    hands_flat_on_floor: bool | None = None
    thumb_to_forearm: bool | None = None
    contortions_as_child: bool | None = None
    dislocations: bool | None = None
    double_jointed: bool | None = None
    yes_count: (
        Annotated[int, Field(ge=0, le=len(QUESTIONNAIRE_ITEMS)), WHOLE_FLOAT_AS_INT] | None
    ) = None

    @model_validator(mode="after")
    def _complete(self) -> Self:
        _all_or_count(self, QUESTIONNAIRE_ITEMS, "yes_count")
        return self

    @property
    def yes(self) -> int:
        """How many answers were yes, 0-5."""
        if self.yes_count is not None:
            return self.yes_count
        return sum(bool(getattr(self, item)) for item in QUESTIONNAIRE_ITEMS)


class Pain(_Input):
    """The pain screen: at rest, during which tests, and where."""

    at_rest: bool = False
    during_tests: list[PainfulTest] = Field(default_factory=list)
    where: list[Annotated[Region, Field(strict=False)]] = Field(default_factory=list)


class Assessment(_Input):
    """One self-assessment: the date it was done, the runner's age, and any of the tests."""

    date: Annotated[PlanDate, Field(strict=False)]
    age: Annotated[int, Field(ge=MIN_AGE, le=MAX_AGE), WHOLE_FLOAT_AS_INT] | None = None
    slr: Sides[SlrSide] | None = None
    knee_to_wall: Sides[KneeToWallSide] | None = None
    standing_hip: Sides[StandingHipSide] | None = None
    tibial_rotation: Sides[TibialRotationSide] | None = None
    thoracic_rotation: Sides[ThoracicRotationSide] | None = None
    beighton: Beighton | None = None
    hypermobility_questionnaire: Questionnaire | None = None
    pain: Pain | None = None


def fields_at(path: Sequence[str | int]) -> tuple[str, ...]:
    """The field names an object accepts at ``path`` inside an assessment.

    Used to tell a runner which keys are allowed where an unknown one was given.

    Args:
        path: the keys leading to the object, such as ``("slr", "left")``; ``()`` is the top.

    Returns:
        The allowed field names, or ``()`` if the path does not lead to an object.

    Example:
        >>> fields_at(("knee_to_wall", "left"))
        ('distance_cm', 'distance_in', 'angle_deg')
    """
    model: type[BaseModel] | None = Assessment
    for part in path:
        field = model.model_fields.get(str(part)) if model else None
        model = _model_in(field.annotation) if field else None
    return tuple(model.model_fields) if model else ()


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in get_args(annotation):
        found = _model_in(argument)
        if found is not None:
            return found
    return None

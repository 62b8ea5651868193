"""The self-test wizard's steps: which inputs each test asks for, and reading them back.

Inputs are named by their place in the assessment JSON (``slr.left.angle_deg``), so a
validation error's field path points straight at the input to mark.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from starlette.datastructures import FormData

from limberup.domain.assessment.inputs import BEIGHTON_ITEMS, QUESTIONNAIRE_ITEMS
from limberup.domain.vocabulary import TestId
from limberup.entrypoints.web.pages.forms import number

SIDES = ("left", "right")


@dataclass(frozen=True, slots=True)
class Method:
    """One way of recording a test, and the inputs it needs per side."""

    id: str
    label: str
    fields: tuple[tuple[str, str, str], ...]
    """(input field, label, kind): kind is number, check or yesno or feel."""


METHODS: dict[TestId, tuple[Method, ...]] = {
    TestId.SLR: (
        Method(
            "doorway",
            "Doorway test",
            (("door_jamb_passed", "Ankle passed the door frame?", "yesno"),),
        ),
        Method(
            "angle",
            "Angle (phone inclinometer)",
            (
                ("angle_deg", "Leg angle, degrees", "number"),
                ("down_leg_moved", "The leg on the floor moved", "check"),
            ),
        ),
        Method("fms", "FMS score (0-3)", (("fms_score", "Score 0-3", "number"),)),
    ),
    TestId.KNEE_TO_WALL: (
        Method("cm", "Toe-to-wall distance, cm", (("distance_cm", "Distance, cm", "number"),)),
        Method(
            "in", "Toe-to-wall distance, inches", (("distance_in", "Distance, inches", "number"),)
        ),
        Method("angle", "Shin angle, degrees", (("angle_deg", "Shin angle, degrees", "number"),)),
    ),
    TestId.STANDING_HIP: (
        Method(
            "standards",
            "The three standards",
            (
                ("flexion", "Thigh reaches the chest", "check"),
                ("abduction", "Leg raised sideways to hip height", "check"),
                ("extension", "Leg lifted behind to hip height", "check"),
            ),
        ),
    ),
    TestId.TIBIAL_ROTATION: (
        Method("feel", "How the end of the turn feels", (("feel", "Feel", "feel"),)),
        Method(
            "degrees",
            "Degrees each way",
            (
                ("internal_deg", "Inward, degrees", "number"),
                ("external_deg", "Outward, degrees", "number"),
            ),
        ),
    ),
    TestId.THORACIC_ROTATION: (
        Method("angle", "Rotation, degrees", (("angle_deg", "Rotation, degrees", "number"),)),
    ),
}
STEPS: tuple[TestId, ...] = (
    TestId.SLR,
    TestId.KNEE_TO_WALL,
    TestId.STANDING_HIP,
    TestId.TIBIAL_ROTATION,
    TestId.THORACIC_ROTATION,
    TestId.BEIGHTON,
    TestId.PAIN,
)
FEELS = ("free", "stiff", "painful")


def read_step(test: TestId, form: FormData) -> dict[str, Any] | None:
    """This step's part of the assessment, or None when nothing was entered."""
    if test is TestId.BEIGHTON:
        return _read_hypermobility(form)
    if test is TestId.PAIN:
        return _read_pain(form)
    method = _method(test, str(form.get(f"{test.value}.method") or ""))
    sides = {}
    for side in SIDES:
        values = {
            name: _value(kind, form.get(f"{test.value}.{side}.{name}"))
            for name, _, kind in method.fields
        }
        if method.id == "standards" or any(v not in (None, False) for v in values.values()):
            sides[side] = {k: v for k, v in values.items() if v is not None}
    return sides or None


def chosen_method(
    test: TestId,
    form: FormData | None,
    default: str | None = None,
    draft: dict[str, Any] | None = None,
) -> str:
    """The way of measuring to show: as just picked, else as recorded, else the default."""
    methods = METHODS.get(test, ())
    ids = [m.id for m in methods]
    wanted = str(form.get(f"{test.value}.method") or "") if form is not None else ""
    if wanted in ids:
        return wanted
    recorded = (draft or {}).get(test.value) or {}
    given = {key for side in recorded.values() if isinstance(side, dict) for key in side}
    for method in methods:
        if given & {name for name, _, _ in method.fields}:
            return method.id
    return default if default in ids else (ids[0] if ids else "")


def _method(test: TestId, wanted: str) -> Method:
    methods = METHODS[test]
    return next((m for m in methods if m.id == wanted), methods[0])


def _value(kind: str, raw: object) -> object:
    text = raw if isinstance(raw, str) else None
    if kind == "number":
        return number(text)
    if kind == "check":
        return text == "on"
    if kind == "yesno":
        return {"yes": True, "no": False}.get(text or "")
    return text or None  # feel


def _read_hypermobility(form: FormData) -> dict[str, Any] | None:
    if form.get("beighton.done") != "on":
        return None
    beighton = {item: form.get(f"beighton.{item}") == "on" for item in BEIGHTON_ITEMS}
    answers = {
        item: form.get(f"hypermobility_questionnaire.{item}") == "on"
        for item in QUESTIONNAIRE_ITEMS
    }
    return {"beighton": beighton, "hypermobility_questionnaire": answers}


def _read_pain(form: FormData) -> dict[str, Any]:
    return {
        "at_rest": form.get("pain.at_rest") == "on",
        "during_tests": [str(t) for t in form.getlist("pain.during_tests")],
        "where": [str(r) for r in form.getlist("pain.where")],
    }

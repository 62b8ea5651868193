"""The interactive self-assessment: each test's instructions, then its questions, side by side.

The answers are gathered as the JSON input of the scripting contract, so what the runner typed
is validated, judged and saved exactly as ``assess evaluate`` would read it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any, get_args

from rich.console import Console
from rich.panel import Panel

from limberup.domain.assessment import (
    PROTOCOLS,
    SAFETY_NOTE,
    Assessment,
    Beighton,
    KneeToWallSide,
    Protocol,
    SlrSide,
    ThoracicRotationSide,
    TibialRotationSide,
    UnitSystem,
)
from limberup.domain.assessment.inputs import (
    MAX_AGE,
    MAX_ANGLE_DEG,
    MAX_KNEE_TO_WALL_CM,
    MAX_KNEE_TO_WALL_IN,
    MAX_SHIN_LEAN_DEG,
    MAX_TIBIAL_ROTATION_DEG,
    MIN_AGE,
    Feel,
    PainfulTest,
)
from limberup.domain.assessment.protocols import BEIGHTON_ITEMS_ASKED, QUESTIONNAIRE_ASKED
from limberup.domain.vocabulary import Region, Side, TestId
from limberup.entrypoints.cli.assess.asking import (
    Asker,
    SkipTest,
    choice,
    number,
    several,
    whole,
    yes_no,
)

Answers = dict[str, Any]


class NotReady(Exception):  # noqa: N818 - a choice, not an error
    """The runner chose not to start after reading the safety note."""


def _sides(ask_side: Callable[[str], Answers]) -> Answers:
    return {side.value: ask_side(side.value.capitalize()) for side in Side}


def _slr(ask: Asker, units: UnitSystem) -> Answers:
    method = ask.ask(
        "How did you record it? (angle/doorway/fms)", choice("angle", "doorway", "fms")
    )

    def side(name: str) -> Answers:
        if method == "angle":
            angle = ask.ask(
                f"{name} leg: angle in degrees (0-{MAX_ANGLE_DEG})", number(SlrSide, "angle_deg")
            )
            moved = ask.ask(f"{name} leg: did the leg on the floor move? (y/n)", yes_no)
            return {"angle_deg": angle, "down_leg_moved": moved}
        if method == "doorway":
            return {"door_jamb_passed": ask.ask(f"{name} leg: ankle past the frame? (y/n)", yes_no)}
        return {"fms_score": ask.ask(f"{name} leg: FMS score (0-3)", whole(SlrSide, "fms_score"))}

    return _sides(side)


def _knee_to_wall(ask: Asker, units: UnitSystem) -> Answers:
    method = ask.ask("Distance or shin angle? (distance/angle)", choice("distance", "angle"))
    if method == "angle":
        field, limit, unit = "angle_deg", MAX_SHIN_LEAN_DEG, "degrees"
    elif units is UnitSystem.IMPERIAL:
        field, limit, unit = "distance_in", MAX_KNEE_TO_WALL_IN, "inches"
    else:
        field, limit, unit = "distance_cm", MAX_KNEE_TO_WALL_CM, "cm"
    parse = number(KneeToWallSide, field)
    return _sides(lambda name: {field: ask.ask(f"{name} ankle: {unit} (0-{limit})", parse)})


def _standing_hip(ask: Asker, units: UnitSystem) -> Answers:
    questions = {
        "flexion": "thigh to chest",
        "abduction": "leg raised sideways to hip height",
        "extension": "leg behind at hip height",
    }
    return _sides(
        lambda name: {
            field: ask.ask(f"{name} hip: {text}? (y/n)", yes_no)
            for field, text in questions.items()
        }
    )


def _tibial_rotation(ask: Asker, units: UnitSystem) -> Answers:
    method = ask.ask("Degrees or feel? (degrees/feel)", choice("degrees", "feel"))
    limit = MAX_TIBIAL_ROTATION_DEG

    def side(name: str) -> Answers:
        if method == "feel":
            options = get_args(Feel)
            return {"feel": ask.ask(f"{name} knee: feel ({'/'.join(options)})", choice(*options))}
        return {
            f"{way}_deg": ask.ask(
                f"{name} knee: degrees {way} (0-{limit})",
                number(TibialRotationSide, f"{way}_deg"),
            )
            for way in ("internal", "external")
        }

    return _sides(side)


def _thoracic_rotation(ask: Asker, units: UnitSystem) -> Answers:
    parse = number(ThoracicRotationSide, "angle_deg")
    return _sides(
        lambda name: {
            "angle_deg": ask.ask(f"Turning {name.lower()}: degrees (0-{MAX_ANGLE_DEG})", parse)
        }
    )


def _beighton(ask: Asker, units: UnitSystem) -> Answers:
    method = ask.ask("Score each item or give the total? (items/total)", choice("items", "total"))
    if method == "total":
        return {"total": ask.ask("Beighton total (0-9)", whole(Beighton, "total"))}
    return {item: ask.ask(f"{text} (y/n)", yes_no) for item, text in BEIGHTON_ITEMS_ASKED.items()}


def _questionnaire(ask: Asker) -> Answers:
    return {item: ask.ask(f"{text} (y/n)", yes_no) for item, text in QUESTIONNAIRE_ASKED.items()}


def _listed(options: list[str]) -> str:
    """Options as words (``knee to wall``): the parser takes them with spaces or underscores."""
    return ", ".join(option.replace("_", " ") for option in options)


def _pain(ask: Asker) -> Answers:
    at_rest = ask.ask("Does anything hurt when you are at rest? (y/n)", yes_no)
    tests = list(get_args(PainfulTest))
    during = ask.ask(
        f"Which tests hurt? (comma-separated from {_listed(tests)}; or none)", several(tests)
    )
    answers: Answers = {"at_rest": at_rest, "during_tests": during}
    if at_rest or during:
        regions = [region.value for region in Region]
        answers["where"] = ask.ask(
            f"Where? (comma-separated from {_listed(regions)}; or none)", several(regions)
        )
    return answers


TWO_SIDED: dict[TestId, Callable[[Asker, UnitSystem], Answers]] = {
    TestId.SLR: _slr,
    TestId.KNEE_TO_WALL: _knee_to_wall,
    TestId.STANDING_HIP: _standing_hip,
    TestId.TIBIAL_ROTATION: _tibial_rotation,
    TestId.THORACIC_ROTATION: _thoracic_rotation,
    TestId.BEIGHTON: _beighton,
}
"""Each test before the pain screen, with the questions that record it."""


def show_protocol(console: Console, protocol: Protocol, number: int, of: int) -> None:
    """Print a test's instructions: why, equipment, steps, what to record."""
    console.rule(f"Test {number} of {of}: {protocol.title}")
    console.print(protocol.why)
    if protocol.equipment:
        console.print(f"[bold]You need:[/] {'; '.join(protocol.equipment)}")
    for step, text in enumerate(protocol.steps, start=1):
        console.print(f"  {step}. {text}")
    console.print("[bold]Record:[/]")
    for item in protocol.record:
        console.print(f"  - {item}")
    console.print("[dim]Answer s at any question to skip this test.[/]")


def _skippable(console: Console, ask: Callable[[], Answers]) -> Answers | None:
    try:
        return ask()
    except SkipTest:
        console.print("[dim]Skipped.[/]")
        return None


def interview(
    console: Console, *, units: UnitSystem, date: dt.date, age: int | None = None
) -> Answers:
    """Walk the runner through every test and return the answers in the contract's shape.

    Args:
        console: where to ask and print.
        units: how the runner measures distances.
        date: the assessment's date.
        age: the runner's age from their profile; asked for only when not known.

    Returns:
        The assessment input: skipped tests are left out.

    Raises:
        NotReady: the runner did not want to start after the safety note.
    """
    ask = Asker(console)
    console.print(Panel(SAFETY_NOTE, title="Before you start", border_style="yellow"))
    try:
        ready = ask.ask("Ready to start? (y/n)", yes_no)
    except SkipTest:
        ready = False
    if not ready:
        raise NotReady
    answers: Answers = {"date": date.isoformat()}
    if age is not None:
        console.print(f"Age {age}, from your profile (`limberup init` changes it).")
        answers["age"] = age
    else:
        asked = _skippable(
            console,
            lambda: {"age": ask.ask(f"Your age ({MIN_AGE}-{MAX_AGE})", whole(Assessment, "age"))},
        )
        answers |= asked or {}
    total = len(TWO_SIDED) + 2
    for index, (test, ask_test) in enumerate(TWO_SIDED.items(), start=1):
        show_protocol(console, PROTOCOLS[test], index, total)
        result = _skippable(console, partial(ask_test, ask, units))
        if result is not None:
            answers[test.value] = result
    console.rule(f"Test {total - 1} of {total}: the five questions")
    questionnaire = _skippable(console, lambda: _questionnaire(ask))
    if questionnaire is not None:
        answers["hypermobility_questionnaire"] = questionnaire
    show_protocol(console, PROTOCOLS[TestId.PAIN], total, total)
    pain = _skippable(console, lambda: _pain(ask))
    if pain is not None:
        answers["pain"] = pain
    return answers

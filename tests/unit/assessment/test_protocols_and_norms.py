"""Every test has a protocol a runner can follow, and every norm says where it comes from."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from limberup.domain.assessment import PROTOCOLS, SAFETY_NOTE, Assessment, evaluate, norms
from limberup.domain.assessment.norms import Norm
from limberup.domain.vocabulary import TARGETS, Status, TestId, finding_id
from tests.paths import EXAMPLES

ALL_NORMS = {name: value for name, value in vars(norms).items() if isinstance(value, Norm)}
EXAMPLE = EXAMPLES / "assessment.json"


@pytest.mark.parametrize("test", list(TestId))
def test_every_test_has_a_protocol(test: TestId) -> None:
    protocol = PROTOCOLS[test]
    assert protocol.test is test
    assert protocol.title
    assert protocol.why
    assert len(protocol.steps) >= 2
    assert protocol.record
    if test is not TestId.PAIN:
        assert protocol.equipment
        assert protocol.norms
    assert protocol.two_sided is (test not in {TestId.BEIGHTON, TestId.PAIN})


def test_the_equipment_names_a_doorway_a_wall_a_tape_measure_and_a_phone() -> None:
    equipment = " ".join(item for p in PROTOCOLS.values() for item in p.equipment)
    for thing in ("doorway", "wall", "tape measure", "phone"):
        assert thing in equipment


def test_the_safety_note_never_diagnoses_and_warns_against_pain() -> None:
    assert "do not diagnose" in SAFETY_NOTE
    assert "doctor or physiotherapist" in SAFETY_NOTE
    assert "never into pain" in SAFETY_NOTE


@pytest.mark.parametrize("name", sorted(ALL_NORMS))
def test_every_norm_has_a_value_unit_meaning_and_source(name: str) -> None:
    norm = ALL_NORMS[name]
    assert norm.value >= 0
    assert norm.unit
    assert norm.what
    assert norm.source
    if norm.upper is not None:
        assert norm.upper >= norm.value


def test_the_figures_are_those_of_method_md() -> None:
    figures = {name: dataclasses.astuple(norm)[:2] for name, norm in ALL_NORMS.items()}
    assert figures["SLR_PASSIVE_NORMAL_FROM_DEG"] == (80, "deg")
    assert figures["SLR_ACTIVE_PASS_FROM_DEG"] == (75.6, "deg")
    assert figures["SLR_LEFT_RIGHT_DEG"] == (10.5, "deg")
    assert figures["THORACIC_REAL_CHANGE_DEG"] == (5.6, "deg")
    assert figures["KNEE_TO_WALL_DEG_PER_CM"] == (3.6, "deg/cm")
    assert figures["KNEE_TO_WALL_MEAN_CM"] == (12.0, "cm")
    assert figures["KNEE_TO_WALL_ASYMMETRY_CM"] == (1.5, "cm")
    assert figures["KNEE_TO_WALL_REAL_CHANGE_CM"] == (1.9, "cm")
    assert figures["KNEE_TO_WALL_RISK_DEG"] == (36.5, "deg")
    assert figures["ANKLE_SEED_002_TYPICAL_DEG"] == (15, "deg")
    assert figures["TIBIAL_TOTAL_NORMAL_FROM_DEG"] == (35, "deg")
    assert figures["THORACIC_NORMAL_FROM_DEG"] == (50, "deg")
    assert [
        n.value
        for n in (
            norms.BEIGHTON_CUTOFF_BEFORE_PUBERTY,
            norms.BEIGHTON_CUTOFF_ADULT,
            norms.BEIGHTON_CUTOFF_OVER_50,
        )
    ] == [6, 5, 4]


@pytest.mark.parametrize(
    "name",
    [
        "KNEE_TO_WALL_RISK_CUTOFF_CM",
        "KNEE_TO_WALL_REAL_CHANGE_CM",
        "SLR_ACTIVE_PASS_FROM_DEG",
        "SLR_PASSIVE_NORMAL_FROM_DEG",
        "SLR_LEFT_RIGHT_DEG",
        "THORACIC_REAL_CHANGE_DEG",
        "ANKLE_SEED_002_TYPICAL_DEG",
        "PUBERTY_FROM_AGE",
    ],
)
def test_choices_between_sources_are_explained(name: str) -> None:
    assert len(ALL_NORMS[name].note) > 80


def test_limited_and_asymmetric_ids_are_catalogue_targets() -> None:
    for test in (
        TestId.SLR,
        TestId.KNEE_TO_WALL,
        TestId.STANDING_HIP,
        TestId.TIBIAL_ROTATION,
        TestId.THORACIC_ROTATION,
    ):
        for status in (Status.LIMITED, Status.ASYMMETRIC):
            assert finding_id(test, status) in TARGETS
    assert finding_id(TestId.BEIGHTON, Status.HYPERMOBILE) in TARGETS


def test_the_shared_example_evaluates_to_the_contract_shape() -> None:
    data = json.loads(Path(EXAMPLE).read_text(encoding="utf-8"))
    result = evaluate(Assessment.model_validate(data)).model_dump(mode="json")
    assert set(result) == {"findings", "hypermobile", "refer", "fms_aslr"}
    assert result["hypermobile"] is False
    assert result["refer"] is False
    assert result["fms_aslr"] == {"left": None, "right": 3}
    keys = {"id", "test", "side", "status", "value", "unit", "norm", "source", "message"}
    for finding in result["findings"]:
        assert set(finding) == keys
        assert finding["id"] == finding_id(TestId(finding["test"]), Status(finding["status"]))
    by_key = {(f["test"], f["side"], f["status"]) for f in result["findings"]}
    assert ("slr", "left", "limited") in by_key
    assert ("knee_to_wall", "left", "asymmetric") in by_key
    assert ("thoracic_rotation", "left", "limited") in by_key
    assert ("beighton", None, "normal") in by_key


def test_messages_suggest_and_never_diagnose() -> None:
    data = json.loads(Path(EXAMPLE).read_text(encoding="utf-8"))
    for finding in evaluate(Assessment.model_validate(data)).findings:
        lowered = finding.message.lower()
        for word in ("diagnos", "you have a", "disorder", "syndrome"):
            assert word not in lowered, finding.message

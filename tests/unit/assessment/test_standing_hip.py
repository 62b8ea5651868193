"""Standing hip: every combination of the three standards on both hips, and asymmetry."""

from __future__ import annotations

import itertools

import pytest

from limberup.domain.assessment import norms
from limberup.domain.vocabulary import Side, Status, TestId
from tests.unit.assessment.helpers import SIDES, found, only, run

COMBINATIONS = list(itertools.product([False, True], repeat=3))
NAMES = ("flexion", "abduction", "extension")


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize("met", COMBINATIONS)
def test_a_hip_is_limited_unless_it_meets_all_three(
    side: Side, met: tuple[bool, bool, bool]
) -> None:
    result = run(standing_hip={side.value: dict(zip(NAMES, met, strict=True))})
    finding = only(result, TestId.STANDING_HIP, side)
    expected = Status.NORMAL if all(met) else Status.LIMITED
    assert finding.status is expected
    assert finding.id == f"standing_hip_{expected.value}"
    assert (finding.value, finding.unit) == (sum(met), "standards")
    assert finding.source == norms.SEED_002_SOURCE
    for name, text in zip(
        NAMES,
        ("thigh to chest", "leg raised sideways to hip height", "leg behind at hip height"),
        strict=True,
    ):
        assert text in finding.norm
        missed = not met[NAMES.index(name)]
        assert (
            "not yet: " in finding.message and text in finding.message.split("not yet:")[1]
        ) is missed


@pytest.mark.parametrize("left", COMBINATIONS)
@pytest.mark.parametrize("right", COMBINATIONS)
def test_a_hip_missing_what_the_other_meets_is_asymmetric(
    left: tuple[bool, bool, bool], right: tuple[bool, bool, bool]
) -> None:
    result = run(
        standing_hip={
            "left": dict(zip(NAMES, left, strict=True)),
            "right": dict(zip(NAMES, right, strict=True)),
        }
    )
    for side, this, that in ((Side.LEFT, left, right), (Side.RIGHT, right, left)):
        only_here = sum(1 for mine, theirs in zip(this, that, strict=True) if theirs and not mine)
        findings = found(result, TestId.STANDING_HIP, side, Status.ASYMMETRIC)
        if only_here:
            (finding,) = findings
            assert finding.id == "standing_hip_asymmetric"
            assert finding.value == only_here
        else:
            assert findings == []

"""A finding's words: values with units, gaps with grammatical counts, sources without seed ids."""

from __future__ import annotations

from limberup.domain.assessment.results import Finding
from limberup.domain.assessment.wording import finding_value, plain_source
from limberup.domain.vocabulary import Side, Status, TestId


def finding(status: Status, value: float, unit: str) -> Finding:
    return Finding(
        id="x",
        test=TestId.STANDING_HIP,
        side=Side.RIGHT,
        status=status,
        value=value,
        unit=unit,
        norm="n",
        source="s",
        message="m",
    )


def test_an_uneven_pair_shows_its_gap_with_a_grammatical_count() -> None:
    assert finding_value(finding(Status.ASYMMETRIC, 1, "standards")) == "1 standard fewer"
    assert finding_value(finding(Status.ASYMMETRIC, 2, "standards")) == "2 standards fewer"
    assert finding_value(finding(Status.ASYMMETRIC, 3, "cm")) == "3 cm apart"
    assert finding_value(finding(Status.LIMITED, 2, "standards")) == "2 of 3"
    assert finding_value(finding(Status.LIMITED, 45, "deg")) == "45°"


def test_a_source_reads_as_a_reference_without_seed_ids() -> None:
    assert (
        plain_source("seed 002") == "Esther Smith, DPT, A Simple Mobility Routine for Happy Joints"
    )
    assert plain_source("seed 001; FMS (Cook et al.)") == "FMS (Cook et al.)"

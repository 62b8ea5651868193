"""The findings page's summary: each tested body region's status per side, for the figure.

A side shows the worst of what its test found there: pain before a limit (a limit includes an
uneven pair, which the weaker side carries), a limit before a pass; a test not done shows as
not tested. Whole-body findings (hypermobility, pain at rest) have no side and no region.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from limberup.domain.assessment import PROTOCOLS, Finding
from limberup.domain.vocabulary import Side, Status, TestId

REGIONS: tuple[tuple[TestId, str], ...] = (
    (TestId.THORACIC_ROTATION, "upper back"),
    (TestId.STANDING_HIP, "hip"),
    (TestId.SLR, "back of the thigh"),
    (TestId.TIBIAL_ROTATION, "shin"),
    (TestId.KNEE_TO_WALL, "ankle"),
)
"""The region of the figure each one-sided test speaks for, top to bottom."""

SHOWN = {
    Status.PAINFUL: "pain",
    Status.LIMITED: "limited",
    Status.ASYMMETRIC: "limited",
    Status.NORMAL: "passed",
    Status.HYPERMOBILE: "passed",
}
"""How the figure names a finding's status."""

STATUS_WORDS = {
    Status.NORMAL.value: "passed",
    Status.LIMITED.value: "limited",
    Status.ASYMMETRIC.value: "uneven",
    Status.HYPERMOBILE.value: "very mobile",
    Status.PAINFUL.value: "painful",
}
"""A finding's status in the words of the findings page."""


def status_word(finding: Finding) -> str:
    """A finding's status in the page's words; a hypermobility screen under its cutoff is not
    a test passed but a runner who is not hypermobile."""
    if finding.test is TestId.BEIGHTON and finding.status is Status.NORMAL:
        return "not hypermobile"
    return STATUS_WORDS[finding.status.value]


RANK = ("not tested", "passed", "limited", "pain")
"""Worse comes later: a side shows the worst of its findings."""


@dataclass(frozen=True, slots=True)
class RegionStatus:
    test: TestId
    region: str
    title: str
    left: str
    right: str

    def of(self, side: str) -> str:
        return self.left if side == "left" else self.right


def region_statuses(findings: Sequence[Finding]) -> tuple[RegionStatus, ...]:
    """For each region of the figure, what each side showed (see the module's docstring)."""
    shown: dict[tuple[TestId, Side], str] = {}
    for finding in findings:
        if finding.side is None:
            continue
        key = (finding.test, finding.side)
        status = SHOWN[finding.status]
        if RANK.index(status) > RANK.index(shown.get(key, "not tested")):
            shown[key] = status
    return tuple(
        RegionStatus(
            test,
            region,
            PROTOCOLS[test].title,
            shown.get((test, Side.LEFT), "not tested"),
            shown.get((test, Side.RIGHT), "not tested"),
        )
        for test, region in REGIONS
    )

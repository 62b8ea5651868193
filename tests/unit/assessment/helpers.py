"""Small builders shared by the assessment tests: an assessment from parts, findings by key."""

from __future__ import annotations

from typing import Any

from limberup.domain.assessment import Assessment, AssessmentResult, Finding, UnitSystem, evaluate
from limberup.domain.vocabulary import Side, Status, TestId

DATE = "2026-01-05"
SIDES = (Side.LEFT, Side.RIGHT)


def assessment(**tests: Any) -> Assessment:
    """A validated assessment dated ``DATE`` with the given tests."""
    return Assessment.model_validate({"date": DATE, **tests})


def run(*, units: UnitSystem = UnitSystem.METRIC, **tests: Any) -> AssessmentResult:
    """Evaluate an assessment built from ``tests``."""
    return evaluate(assessment(**tests), units=units)


def found(
    result: AssessmentResult, test: TestId, side: Side | None, status: Status | None = None
) -> list[Finding]:
    """The findings of ``test`` on ``side``, optionally of one ``status``."""
    return [
        finding
        for finding in result.findings
        if finding.test is test
        and finding.side is side
        and (status is None or finding.status is status)
    ]


def only(result: AssessmentResult, test: TestId, side: Side | None) -> Finding:
    """The one non-asymmetry finding of ``test`` on ``side``."""
    findings = [f for f in found(result, test, side) if f.status is not Status.ASYMMETRIC]
    assert len(findings) == 1, findings
    return findings[0]


def other(side: Side) -> Side:
    return Side.RIGHT if side is Side.LEFT else Side.LEFT

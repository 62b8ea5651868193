"""What an assessment finds: findings per test and side, and the result as a whole.

Field names are the output of the JSON scripting contract (DESIGN.md), so
``AssessmentResult.model_dump(mode="json")`` is exactly what ``assess evaluate --json`` prints.
A finding's ``id`` is :func:`~limberup.domain.vocabulary.finding_id` of its test and status:
the catalogue's drills name those ids as their targets.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from limberup.domain.vocabulary import Side, Status, TestId, finding_id

Value = bool | int | float | str | None
"""A measured value: degrees or centimetres, a score, a count, yes/no or a feel."""


class _Output(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Finding(_Output):
    """One thing a test found on one side (``side`` is null for whole-body findings)."""

    id: str
    test: TestId
    side: Side | None
    status: Status
    value: Value
    unit: str | None
    norm: str
    """The reference the value was judged against, in plain words."""
    source: str
    message: str
    """What it suggests, in plain words; never a diagnosis."""


def make_finding(
    test: TestId,
    side: Side | None,
    status: Status,
    *,
    value: Value,
    unit: str | None,
    norm: str,
    source: str,
    message: str,
) -> Finding:
    """A finding whose id follows the shared rule, ``finding_id(test, status)``."""
    return Finding(
        id=finding_id(test, status),
        test=test,
        side=side,
        status=status,
        value=value,
        unit=unit,
        norm=norm,
        source=source,
        message=message,
    )


class FmsAslr(_Output):
    """The FMS active straight-leg-raise score per side, 0-3, or null where not derivable."""

    left: int | None
    right: int | None


class AssessmentResult(_Output):
    """Everything one assessment found."""

    findings: tuple[Finding, ...]
    hypermobile: bool
    refer: bool
    """Pain was reported: see a clinician before training into that area."""
    fms_aslr: FmsAslr | None
    """Null when no straight-leg raise was recorded."""

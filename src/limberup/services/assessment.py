"""Use cases of the self-assessment: read one, judge it, compare two, keep one as a file.

Storing assessments (through a unit of work) is ``services.assessment_records``; here an
assessment can also be kept as a JSON file in the contract's input shape, which
``assess evaluate`` reads back. Nothing is written for an assessment that fails validation:
callers validate first.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from limberup.domain.assessment import (
    Assessment,
    AssessmentResult,
    RetestChange,
    UnitSystem,
    compare,
    evaluate,
)


class AssessmentFileError(Exception):
    """An assessment file could not be read as JSON: missing, unreadable or malformed."""


def parse_assessment(data: Any) -> Assessment:
    """Validate an assessment given as parsed JSON.

    Raises:
        pydantic.ValidationError: naming each bad field, the value and what is allowed.
    """
    return Assessment.model_validate(data)


def read_assessment_file(path: Path) -> Assessment:
    """Read and validate an assessment from a JSON file.

    Args:
        path: the file, in the input shape of the JSON contract.

    Raises:
        AssessmentFileError: the file is missing, unreadable or not JSON.
        pydantic.ValidationError: the JSON is not a valid assessment.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AssessmentFileError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise AssessmentFileError(f"{path}: cannot be read ({reason})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise AssessmentFileError(
            f"{path}: not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})"
        ) from None
    return parse_assessment(data)


def assess(assessment: Assessment, *, units: UnitSystem = UnitSystem.METRIC) -> AssessmentResult:
    """Judge a validated assessment.

    Args:
        assessment: what the runner recorded.
        units: how distances are shown in the findings.

    Returns:
        The findings, the hypermobility and referral flags and the FMS scores.
    """
    return evaluate(assessment, units=units)


def assess_file(
    path: Path, *, units: UnitSystem = UnitSystem.METRIC
) -> tuple[Assessment, AssessmentResult]:
    """Read, validate and judge an assessment file; errors as :func:`read_assessment_file`."""
    assessment = read_assessment_file(path)
    return assessment, assess(assessment, units=units)


def compare_assessments(
    previous: Assessment, current: Assessment, *, units: UnitSystem = UnitSystem.METRIC
) -> tuple[RetestChange, ...]:
    """The change of each side of each test recorded in both, against its smallest real change.

    Args:
        previous: the earlier assessment.
        current: the later one.
        units: how distances are shown.
    """
    return compare(previous, current, units=units)


def export_assessment(assessment: Assessment, path: Path) -> None:
    """Write an assessment as JSON in the contract's input shape, for ``assess evaluate``.

    Args:
        assessment: a validated assessment.
        path: the file to write (replaced if it exists).
    """
    data = assessment.model_dump(mode="json", exclude_none=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

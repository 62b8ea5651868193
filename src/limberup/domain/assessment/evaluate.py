"""From an assessment to its result: every side read, sides compared, hypermobility and pain."""

from __future__ import annotations

from limberup.domain.assessment.hypermobility import hypermobility_finding
from limberup.domain.assessment.inputs import Assessment, Sides, SideT
from limberup.domain.assessment.knee_to_wall import knee_to_wall_asymmetry, read_knee_to_wall
from limberup.domain.assessment.norms import SLR_FMS_PAIN_SCORE, SLR_LEFT_RIGHT_DEG
from limberup.domain.assessment.pain import needs_referral, pain_findings
from limberup.domain.assessment.reading import Reading
from limberup.domain.assessment.results import AssessmentResult, Finding, FmsAslr
from limberup.domain.assessment.slr import read_slr
from limberup.domain.assessment.standing_hip import read_standing_hip, standing_hip_asymmetry
from limberup.domain.assessment.symmetry import (
    angle_gap_asymmetry,
    fms_asymmetry,
    status_asymmetry,
)
from limberup.domain.assessment.thoracic_rotation import read_thoracic_rotation
from limberup.domain.assessment.tibial_rotation import read_tibial_rotation
from limberup.domain.assessment.units import UnitSystem
from limberup.domain.vocabulary import Side, Status, TestId

Readings = dict[TestId, dict[Side, Reading]]


def given_sides(sides: Sides[SideT] | None) -> list[tuple[Side, SideT]]:
    """The sides of a two-sided test that were recorded, left first."""
    if sides is None:
        return []
    pairs = ((Side.LEFT, sides.left), (Side.RIGHT, sides.right))
    return [(side, data) for side, data in pairs if data is not None]


def read_all(assessment: Assessment, *, units: UnitSystem = UnitSystem.METRIC) -> Readings:
    """Every recorded side of every two-sided test, judged against its norm.

    Args:
        assessment: the validated input.
        units: how distances are shown in values and messages.

    Returns:
        Readings by test and side, in the order the tests are done; tests not recorded are absent.
    """
    a = assessment
    readings: Readings = {
        TestId.SLR: {side: read_slr(data, side) for side, data in given_sides(a.slr)},
        TestId.KNEE_TO_WALL: {
            side: read_knee_to_wall(data, side, units=units)
            for side, data in given_sides(a.knee_to_wall)
        },
        TestId.STANDING_HIP: {
            side: read_standing_hip(data, side) for side, data in given_sides(a.standing_hip)
        },
        TestId.TIBIAL_ROTATION: {
            side: read_tibial_rotation(data, side) for side, data in given_sides(a.tibial_rotation)
        },
        TestId.THORACIC_ROTATION: {
            side: read_thoracic_rotation(data, side)
            for side, data in given_sides(a.thoracic_rotation)
        },
    }
    return {test: sides for test, sides in readings.items() if sides}


def _asymmetry(
    test: TestId, sides: dict[Side, Reading], assessment: Assessment, units: UnitSystem
) -> list[Finding]:
    left, right = sides.get(Side.LEFT), sides.get(Side.RIGHT)
    if left is None or right is None:
        return []
    found: Finding | None
    ankles, hips = assessment.knee_to_wall, assessment.standing_hip
    if test is TestId.KNEE_TO_WALL and ankles and ankles.left and ankles.right:
        found = knee_to_wall_asymmetry(ankles.left, ankles.right, units=units)
    elif test is TestId.STANDING_HIP and hips and hips.left and hips.right:
        return standing_hip_asymmetry(hips.left, hips.right)
    elif test is TestId.SLR and left.unit == right.unit == "deg":
        found = angle_gap_asymmetry(left, right, SLR_LEFT_RIGHT_DEG, part="leg")
    elif left.fms is not None and right.fms is not None:
        found = fms_asymmetry(left, right)
    else:
        found = status_asymmetry(left, right)
    return [found] if found else []


def _fms_aslr(assessment: Assessment, readings: Readings) -> FmsAslr | None:
    slr_hurt = assessment.pain is not None and "slr" in assessment.pain.during_tests
    if assessment.slr is None and not slr_hurt:
        return None
    if slr_hurt:  # FMS: any pain during the test scores 0
        return FmsAslr(left=SLR_FMS_PAIN_SCORE, right=SLR_FMS_PAIN_SCORE)
    sides = readings.get(TestId.SLR, {})
    scores = {side: reading.fms for side, reading in sides.items()}
    return FmsAslr(left=scores.get(Side.LEFT), right=scores.get(Side.RIGHT))


def evaluate(assessment: Assessment, *, units: UnitSystem = UnitSystem.METRIC) -> AssessmentResult:
    """Judge an assessment: findings per test and side, hypermobility, referral, FMS scores.

    Args:
        assessment: the validated input (any test may be missing).
        units: how distances are shown; the default is the JSON contract's metric.

    Returns:
        The result: findings in test order (each side, then any asymmetry), then the
        hypermobility finding, then pain.

    Example:
        >>> import datetime
        >>> evaluate(Assessment(date=datetime.date(2026, 1, 5))).findings
        ()
    """
    readings = read_all(assessment, units=units)
    findings: list[Finding] = []
    for test, sides in readings.items():
        findings.extend(reading.finding() for reading in sides.values())
        findings.extend(_asymmetry(test, sides, assessment, units))
    if assessment.beighton is not None:
        findings.append(
            hypermobility_finding(
                assessment.beighton, assessment.hypermobility_questionnaire, assessment.age
            )
        )
    painful_tests = {
        test
        for test, sides in readings.items()
        if any(r.status is Status.PAINFUL for r in sides.values())
    }
    if assessment.pain is not None:
        findings.extend(pain_findings(assessment.pain, painful_tests))
    return AssessmentResult(
        findings=tuple(findings),
        hypermobile=any(f.status is Status.HYPERMOBILE for f in findings),
        refer=bool(painful_tests) or needs_referral(assessment.pain),
        fms_aslr=_fms_aslr(assessment, readings),
    )

"""The self-assessment: what a runner records, how each test is done, and what it finds.

Public surface:

- :class:`Assessment` and its parts: the validated input (the JSON scripting contract).
- :data:`PROTOCOLS`: how to do each test, what to record, its norms.
- :func:`evaluate`: an assessment to an :class:`AssessmentResult` of :class:`Finding` s.
- :func:`compare`: two assessments to one :class:`RetestChange` per test and side.
- :class:`UnitSystem` and the conversions in :mod:`.units`.

The figures themselves live in :mod:`limberup.domain.assessment.norms`.
"""

from limberup.domain.assessment.evaluate import evaluate
from limberup.domain.assessment.inputs import (
    BEIGHTON_ITEMS,
    QUESTIONNAIRE_ITEMS,
    Assessment,
    Beighton,
    KneeToWallSide,
    Pain,
    Questionnaire,
    Sides,
    SlrSide,
    StandingHipSide,
    ThoracicRotationSide,
    TibialRotationSide,
)
from limberup.domain.assessment.protocols import PROTOCOLS, SAFETY_NOTE, Protocol
from limberup.domain.assessment.results import AssessmentResult, Finding, FmsAslr
from limberup.domain.assessment.retest import Outcome, RetestChange, compare
from limberup.domain.assessment.units import UnitSystem

__all__ = [
    "BEIGHTON_ITEMS",
    "PROTOCOLS",
    "QUESTIONNAIRE_ITEMS",
    "SAFETY_NOTE",
    "Assessment",
    "AssessmentResult",
    "Beighton",
    "Finding",
    "FmsAslr",
    "KneeToWallSide",
    "Outcome",
    "Pain",
    "Protocol",
    "Questionnaire",
    "RetestChange",
    "Sides",
    "SlrSide",
    "StandingHipSide",
    "ThoracicRotationSide",
    "TibialRotationSide",
    "UnitSystem",
    "compare",
    "evaluate",
]

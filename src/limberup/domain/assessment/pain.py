"""The pain screen: pain at rest or during a test means a clinician first, never drills into it.

FMS scores any pain 0 and refers the person on (Cook et al.); METHOD.md's rule is the same for
LimberUp: pain at rest or during a test raises the ``refer`` flag.
"""

from __future__ import annotations

from collections.abc import Iterable

from limberup.domain.assessment.inputs import Pain
from limberup.domain.assessment.norms import FMS
from limberup.domain.assessment.protocols import PROTOCOLS
from limberup.domain.assessment.results import Finding, make_finding
from limberup.domain.vocabulary import Status, TestId

_SEE_SOMEONE = "Please have it checked by a doctor or physiotherapist"
_SOURCE = f"LimberUp's safety rule (METHOD.md); {FMS}"


def _where(pain: Pain) -> str:
    if not pain.where:
        return ""
    return f" (where: {', '.join(region.value.replace('_', ' ') for region in pain.where)})"


def pain_findings(pain: Pain, already_painful: Iterable[TestId] = ()) -> list[Finding]:
    """Findings for pain at rest and for each test that hurt.

    Args:
        pain: the pain screen.
        already_painful: tests whose side findings already say which side hurt; they get no
            second, side-less finding.

    Returns:
        One finding for pain at rest, and one per painful test, in the order given.
    """
    findings = []
    if pain.at_rest:
        findings.append(
            make_finding(
                TestId.PAIN,
                None,
                Status.PAINFUL,
                value=True,
                unit=None,
                norm="no pain at rest",
                source=_SOURCE,
                message=(
                    f"You have pain at rest{_where(pain)}. {_SEE_SOMEONE} before mobility "
                    "training; LimberUp never prescribes drills into pain."
                ),
            )
        )
    skip = set(already_painful)
    for test in dict.fromkeys(TestId(name) for name in pain.during_tests):
        if test in skip:
            continue
        findings.append(
            make_finding(
                test,
                None,
                Status.PAINFUL,
                value=True,
                unit=None,
                norm="no pain during the test",
                source=_SOURCE,
                message=(
                    f"The {PROTOCOLS[test].title.lower()} test hurt{_where(pain)}. Stop it and "
                    f"its drills. {_SEE_SOMEONE} before training that area."
                ),
            )
        )
    return findings


def needs_referral(pain: Pain | None) -> bool:
    """Whether the pain screen alone calls for a clinician."""
    return pain is not None and (pain.at_rest or bool(pain.during_tests))

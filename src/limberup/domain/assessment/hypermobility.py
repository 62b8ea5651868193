"""General joint hypermobility: the Beighton score, its age cutoffs and the questionnaire rule."""

from __future__ import annotations

from limberup.domain.assessment.inputs import Beighton, Questionnaire
from limberup.domain.assessment.norms import (
    BEIGHTON,
    BEIGHTON_CUTOFF_ADULT,
    BEIGHTON_CUTOFF_BEFORE_PUBERTY,
    BEIGHTON_CUTOFF_OVER_50,
    BEIGHTON_MAX_POINTS,
    OLDER_FROM_AGE,
    PUBERTY_FROM_AGE,
    QUESTIONNAIRE_YES_FOR_ONE_POINT,
    Norm,
)
from limberup.domain.assessment.results import Finding, make_finding
from limberup.domain.vocabulary import Status, TestId


def beighton_cutoff(age: int | None) -> Norm:
    """The Beighton score from which joints count as hypermobile at ``age``.

    Args:
        age: in whole years; None uses the adult cutoff (5).

    Example:
        >>> beighton_cutoff(60).value
        4
    """
    if age is None:
        return BEIGHTON_CUTOFF_ADULT
    if age < PUBERTY_FROM_AGE.value:
        return BEIGHTON_CUTOFF_BEFORE_PUBERTY
    if age >= OLDER_FROM_AGE.value:
        return BEIGHTON_CUTOFF_OVER_50
    return BEIGHTON_CUTOFF_ADULT


def is_hypermobile(points: int, age: int | None, questionnaire_yes: int | None) -> bool:
    """Whether a Beighton score counts as hypermobile, with the questionnaire's extra point.

    Args:
        points: the Beighton score, 0-9.
        age: in whole years, or None for the adult cutoff.
        questionnaire_yes: yes answers on the five-part questionnaire, or None if not asked.
    """
    cutoff = int(beighton_cutoff(age).value)
    if points >= cutoff:
        return True
    enough_yes = (questionnaire_yes or 0) >= QUESTIONNAIRE_YES_FOR_ONE_POINT.value
    return enough_yes and points == cutoff - 1


def hypermobility_finding(
    beighton: Beighton, questionnaire: Questionnaire | None, age: int | None
) -> Finding:
    """The whole-body finding of the Beighton test: hypermobile or normal.

    Args:
        beighton: the nine items or the total.
        questionnaire: the five-part questionnaire, if answered.
        age: in whole years, or None.
    """
    points = beighton.points
    cutoff = int(beighton_cutoff(age).value)
    yes = questionnaire.yes if questionnaire else None
    hypermobile = is_hypermobile(points, age, yes)
    at_age = f"at age {age}" if age is not None else "(age not given: the adult cutoff)"
    norm = (
        f"hypermobile from {cutoff} of {BEIGHTON_MAX_POINTS} {at_age}, or from {cutoff - 1} "
        f"with {QUESTIONNAIRE_YES_FOR_ONE_POINT.value:g} or more yes answers on the questionnaire"
    )
    scored = f"Your joints scored {points} of {BEIGHTON_MAX_POINTS}"
    if hypermobile and points < cutoff:
        message = (
            f"{scored}, one under the cutoff of {cutoff}, and your questionnaire answers add "
            "the missing point. "
        )
    elif hypermobile:
        message = f"{scored}, at or above the cutoff of {cutoff}. "
    else:
        message = f"{scored}, under the {cutoff} that suggests general joint hypermobility."
    if hypermobile:
        message += (
            "This suggests your joints are looser than most. Chase stability and strength "
            "rather than more stretch: your plan leaves out static holds, end-range and "
            "swinging stretches and anything that pushes a joint toward overstraightening. It is "
            "not a diagnosis; if joints often hurt or slip, a doctor can look further."
        )
    return make_finding(
        TestId.BEIGHTON,
        None,
        Status.HYPERMOBILE if hypermobile else Status.NORMAL,
        value=points,
        unit="points",
        norm=norm,
        source=BEIGHTON,
        message=message,
    )

"""Every reference figure the self-assessment judges against, with its unit and its source.

This is the one place a threshold lives: the assessment, its messages, the CLI and the docs
read these records and never repeat a number. Each record says what the figure means, where it
comes from (``../shared/METHOD.md`` lists the sources) and, where sources differ or a figure is
ours, why we chose it.

Cutoffs are written as "normal from": a value at or above the figure meets the norm, a value
below it is limited. Asymmetry figures are "more than": a left-right difference must exceed them.
Each record says what kind of figure it is (:class:`NormKind`), so that what healthy people
typically reach is never shown as a risk cutoff, nor a risk cutoff as typical.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum


class NormKind(StrEnum):
    """What a figure is, as every page and CLI line that shows it names it."""

    TYPICAL = "typical"
    """What healthy adults usually reach (an average or a range)."""
    RISK_CUTOFF = "risk cutoff"
    """Below it, a studied group had more injuries: not what is typical."""
    PASS_MARK = "pass mark"
    """A screen's landmark or a standard to reach (FMS score 3, seed 002's standards)."""
    LEFT_RIGHT_LIMIT = "left-right limit"
    """The largest gap between the sides that healthy people show."""
    REAL_CHANGE = "smallest real change"
    """The least change between two tests that is more than measurement error."""
    CONVERSION = "conversion"
    """A factor that turns one measure into another."""
    CONTEXT = "for context only"
    """Quoted beside a result, never used to judge it (another form of the test)."""


@dataclass(frozen=True)
class Norm:
    """One reference figure.

    Attributes:
        value: the figure itself, in ``unit``.
        kind: what the figure is: typical, a risk cutoff, a pass mark, a limit or a change.
        unit: ``deg``, ``cm``, ``score``, ``points``, ``answers``, ``years`` or ``deg/cm``.
        what: what the figure means, in plain words.
        source: who published it, as shown to a user next to a finding.
        note: why we chose this figure where sources differ, or how we derived it.
        upper: the top of a typical range, where the source gives a range.
    """

    value: float
    unit: str
    what: str
    source: str
    kind: NormKind
    note: str = ""
    upper: float | None = None

    @property
    def figure(self) -> str:
        """The figure as a person reads it: ``75.6°``, ``10 cm``, ``score 3``, ``15-30°``."""
        span = f"{self.value:g}" if self.upper is None else f"{self.value:g}-{self.upper:g}"
        if self.unit == "score":
            return f"score {span}"
        mark = {"deg": "°", "deg/cm": "° per cm"}.get(self.unit, f" {self.unit}")
        return f"{span}{mark}"


FMS = "Cook, Burton & Hoogenboom, Functional Movement Screen (IJSPT 2006/2014)"

# --- Straight-leg raise --------------------------------------------------------------------
# The self-test is the FMS active straight-leg raise: the runner lifts the leg, ankle pulled up,
# and stops when the other leg moves. Its published pass mark is a landmark (the ankle bone past
# mid-thigh), so the angle form is judged against the angle at which the ankle reaches that
# landmark, and the doorway and angle forms agree. The passive 80° norm is another test.

THIGH_PER_HEIGHT = 0.245
"""Hip joint to knee joint as a share of standing height (Winter 2009, segment lengths)."""
SHANK_PER_HEIGHT = 0.246
"""Knee joint to ankle as a share of standing height (Winter 2009, segment lengths)."""


def mid_thigh_pass_angle(thigh: float, shank: float) -> float:
    """The leg angle from the floor at which the ankle bone is level with mid-thigh.

    Lying on the back, a straight leg of length ``thigh + shank`` raised to ``a`` degrees puts
    the ankle ``(thigh + shank) * cos(a)`` along the floor from the hip; the doorway's edge
    (FMS: halfway from the hip bone to the knee) sits ``thigh / 2`` along. The ankle passes it
    once the first is no more than the second.

    Example:
        >>> round(mid_thigh_pass_angle(0.245, 0.246), 2)
        75.55
    """
    return math.degrees(math.acos(thigh / 2 / (thigh + shank)))


SLR_ACTIVE_PASS_FROM_DEG = Norm(
    math.ceil(mid_thigh_pass_angle(THIGH_PER_HEIGHT, SHANK_PER_HEIGHT) * 10) / 10,
    "deg",
    "active raise, ankle pulled up: the leg angle at which the ankle bone passes mid-thigh, "
    "the FMS pass (score 3), for average leg proportions",
    "FMS landmark (Cook et al. 2006/2014) as an angle via Winter 2009 leg proportions "
    "(our derivation)",
    kind=NormKind.PASS_MARK,
    note=(
        "The FMS names a landmark, not an angle. With average proportions (thigh 24.5% and "
        "shin 24.6% of height) the ankle bone reaches mid-thigh at 75.6°, so an angle of 75.6° "
        "or more passes, as the doorway test does. Relatively longer shins need a "
        "little more angle and longer thighs a little less; the doorway form reads the "
        "runner's own proportions."
    ),
)
SLR_PASSIVE_NORMAL_FROM_DEG = Norm(
    80,
    "deg",
    "passive raise (someone else lifts the leg, ankle relaxed): 80° or more is typical; "
    "less suggests short hamstrings",
    "Ayala et al. 2013; Magee",
    kind=NormKind.CONTEXT,
    note=(
        "Not used to judge our self-test: that raise is active and the pulled-up ankle alone "
        "takes about 10° off the angle reached (Boyd et al. 2009), so an 80° bar would fail "
        "legs that pass the doorway form of the same test."
    ),
)
SLR_LEFT_RIGHT_DEG = Norm(
    10.5,
    "deg",
    "left-right gap in the straight-leg raise beyond what healthy adults show",
    "Boyd & Villa 2012 (BMC Musculoskelet Disord)",
    kind=NormKind.LEFT_RIGHT_LIMIT,
    note=(
        "Healthy adults' legs differed by 4.1 ± 3.2° with the ankle pulled up (5.0 ± 3.5° "
        "with it pointed). Mean + 2 SD of the ankle-up form, the one our test uses, is 10.5°: "
        "a larger gap is beyond what nearly every healthy person shows, and beyond the 7° "
        "smallest real change of one angle (Neto et al. 2015), so not measurement error."
    ),
)
SLR_FMS_PASS_SCORE = Norm(
    3,
    "score",
    "FMS active straight-leg raise: 3 = ankle bone passes mid-thigh with the other leg flat; "
    "2 = between mid-thigh and the knee joint line; 1 = below the joint line; 0 = pain",
    FMS,
    kind=NormKind.PASS_MARK,
    note=(
        "Seed 001's doorway test lines the door jamb up with mid-thigh, so passing it is the FMS "
        "score of 3. Failing it is a 1 or a 2, which the doorway cannot tell apart, and an angle "
        "cannot be turned into a score without the runner's thigh and leg lengths: for those "
        "the score is left empty rather than guessed."
    ),
)
SLR_FMS_PAIN_SCORE = 0
"""Any pain during the FMS active straight-leg raise scores 0 and calls for referral (FMS)."""

# --- Knee-to-wall (weight-bearing lunge) ----------------------------------------------------

KNEE_TO_WALL_DEG_PER_CM = Norm(
    3.6,
    "deg/cm",
    "each centimetre of toe-to-wall distance is about 3.6 degrees of shin lean",
    "Bennell et al. 1998",
    kind=NormKind.CONVERSION,
    note="An average over many people: a converted figure is approximate and is labelled so.",
)
KNEE_TO_WALL_MEAN_CM = Norm(
    12.0,
    "cm",
    "typical toe-to-wall distance: healthy adults average 12 cm (SD 2.8 cm)",
    "Hoch & McKeon 2011",
    kind=NormKind.TYPICAL,
)
KNEE_TO_WALL_RISK_DEG = Norm(
    36.5,
    "deg",
    "shin lean below which jumping athletes had more patellar tendinopathy",
    "Backman & Danielson 2011",
    kind=NormKind.RISK_CUTOFF,
)
KNEE_TO_WALL_RISK_CUTOFF_CM = Norm(
    10.0,
    "cm",
    "toe-to-wall distance (knee touching, heel down) below which jumping athletes had more "
    "patellar tendinopathy; a risk cutoff, not typical",
    "Backman & Danielson 2011 (36.5°), at 3.6°/cm (Bennell et al. 1998)",
    kind=NormKind.RISK_CUTOFF,
    note=(
        "Sources give a typical figure (12 cm, SD 2.8) but no cutoff in centimetres. We judge "
        "against the one cutoff tied to an outcome, 36.5° in young basketball players (about "
        "10.1 cm), rounded to the 10 cm a tape measure reads; it sits near one SD under the "
        "typical 12 cm. A shin angle is judged against the same 10 cm, 36°, after conversion. "
        "Every message names it a risk cutoff and quotes the typical 12 cm beside it."
    ),
)
KNEE_TO_WALL_NORMAL_FROM_CM = KNEE_TO_WALL_RISK_CUTOFF_CM
"""The same figure under its earlier name, for the callers outside the assessment."""
KNEE_TO_WALL_ASYMMETRY_CM = Norm(
    1.5,
    "cm",
    "left-right difference that most healthy adults stay within; more than this is meaningful",
    "Hoch & McKeon 2011",
    kind=NormKind.LEFT_RIGHT_LIMIT,
)
KNEE_TO_WALL_REAL_CHANGE_CM = Norm(
    1.9,
    "cm",
    "smallest change between two tests that is more than measurement error",
    "Powden et al. 2015",
    kind=NormKind.REAL_CHANGE,
    note=(
        "The review gives 1.6-1.9 cm across studies; we take the top of the range so that a "
        "change we call real is beyond the error of every study."
    ),
)
KNEE_TO_WALL_REAL_CHANGE_DEG = Norm(
    4.7,
    "deg",
    "smallest real change when the test is measured as a shin angle",
    "Powden et al. 2015",
    kind=NormKind.REAL_CHANGE,
    note="The review gives 4.6-4.7°; the top of the range, as for centimetres.",
)
SEED_002_SOURCE = "Esther Smith, DPT, A Simple Mobility Routine for Happy Joints (seed 002)"
"""How a norm from seed 002 names its source to a runner."""

ANKLE_SEED_002_TYPICAL_DEG = Norm(
    15,
    "deg",
    "weight-bearing ankle bend the article calls typical (15-30°; under 15 limited)",
    SEED_002_SOURCE,
    kind=NormKind.CONTEXT,
    upper=30,
    note=(
        "Not used as a cutoff. The article's angle is how far the ankle bends, a different "
        "measure from the shin lean a phone reads on the knee-to-wall test: an average adult "
        "(12 cm) leans about 43°, so 15-30° would call almost everyone fine. We judge the shin "
        "angle against the studies' 36° and quote the article for context only."
    ),
)

# --- Standing hip range of motion (seed 002) ------------------------------------------------

STANDING_HIP_STANDARDS = Norm(
    3,
    "standards",
    "standing on one leg: thigh to chest; leg raised sideways to hip height; "
    "leg lifted behind at hip height",
    SEED_002_SOURCE,
    kind=NormKind.PASS_MARK,
    note=(
        "These are movement standards in which the trunk and pelvis help; they ask more than a "
        "clinician's joint range (Wilson 2014: abduction 30-50°, extension 10-15°), so missing "
        "one is common and is not a joint restriction on its own."
    ),
)
HIP_FLEXION_DEG = Norm(110, "deg", "hip flexion", "Wilson 2014", kind=NormKind.TYPICAL, upper=125)
HIP_EXTENSION_DEG = Norm(10, "deg", "hip extension", "Wilson 2014", kind=NormKind.TYPICAL, upper=15)
HIP_ABDUCTION_DEG = Norm(30, "deg", "hip abduction", "Wilson 2014", kind=NormKind.TYPICAL, upper=50)
HIP_ADDUCTION_DEG = Norm(20, "deg", "hip adduction", "Wilson 2014", kind=NormKind.TYPICAL, upper=30)
HIP_EXTERNAL_ROTATION_DEG = Norm(
    40, "deg", "hip external rotation", "Wilson 2014", kind=NormKind.TYPICAL, upper=60
)
HIP_INTERNAL_ROTATION_DEG = Norm(
    30, "deg", "hip internal rotation", "Wilson 2014", kind=NormKind.TYPICAL, upper=40
)

# --- Tibial (knee) rotation -----------------------------------------------------------------

TIBIAL_TOTAL_NORMAL_FROM_DEG = Norm(
    35,
    "deg",
    "total shin rotation, inward plus outward, with the knee bent to 90°",
    "Mossberg & Smith 1983",
    kind=NormKind.TYPICAL,
    upper=45,
    note="Above 45° is beyond the typical range but not a finding on its own.",
)
TIBIAL_EXTERNAL_PER_INTERNAL = Norm(
    2.0,
    "ratio",
    "outward rotation is about twice inward rotation",
    "Mossberg & Smith 1983",
    kind=NormKind.TYPICAL,
)
TIBIAL_INTERNAL_NORMAL_FROM_DEG = Norm(
    TIBIAL_TOTAL_NORMAL_FROM_DEG.value / (1 + TIBIAL_EXTERNAL_PER_INTERNAL.value),
    "deg",
    "inward shin rotation",
    "derived from Mossberg & Smith 1983",
    kind=NormKind.TYPICAL,
    note="Our derivation: the lowest typical total (35°) split 1:2, so about 11.7° inward.",
)
TIBIAL_EXTERNAL_NORMAL_FROM_DEG = Norm(
    TIBIAL_TOTAL_NORMAL_FROM_DEG.value
    * TIBIAL_EXTERNAL_PER_INTERNAL.value
    / (1 + TIBIAL_EXTERNAL_PER_INTERNAL.value),
    "deg",
    "outward shin rotation",
    "derived from Mossberg & Smith 1983",
    kind=NormKind.TYPICAL,
    note="Our derivation: the lowest typical total (35°) split 1:2, so about 23.3° outward.",
)

# --- Thoracic rotation ----------------------------------------------------------------------

THORACIC_NORMAL_FROM_DEG = Norm(
    50,
    "deg",
    "upper-back rotation to one side with the lower back locked (kneeling, hips on heels): "
    "under 50° counts as restricted",
    "Whetstone et al. 2024 (IJSPT); Johnson et al. 2012",
    kind=NormKind.PASS_MARK,
    note="A screening cutoff (restricted or not), not an average of healthy adults.",
)
THORACIC_REAL_CHANGE_DEG = Norm(
    5.6,
    "deg",
    "smallest change in upper-back rotation between two tests on different days that is more "
    "than measurement error",
    "Johnson et al. 2012 (J Athl Train)",
    kind=NormKind.REAL_CHANGE,
    note=(
        "Johnson et al. give a between-day minimal detectable change of 3.9-5.6° across five "
        "rotation tests, the lumbar-locked one among them; a retest is a week later, so we "
        "take the between-day top of the range, beyond the error of every form."
    ),
)

# --- Hypermobility --------------------------------------------------------------------------

BEIGHTON = "Malfait et al. 2017 (hEDS criteria); Hakim & Grahame 2003"
BEIGHTON_MAX_POINTS = 9
BEIGHTON_CUTOFF_BEFORE_PUBERTY = Norm(
    6,
    "points",
    "Beighton score that counts as hypermobile before puberty",
    BEIGHTON,
    kind=NormKind.PASS_MARK,
)
BEIGHTON_CUTOFF_ADULT = Norm(
    5,
    "points",
    "Beighton score that counts as hypermobile from puberty to 50",
    BEIGHTON,
    kind=NormKind.PASS_MARK,
)
BEIGHTON_CUTOFF_OVER_50 = Norm(
    4,
    "points",
    "Beighton score that counts as hypermobile over 50",
    BEIGHTON,
    kind=NormKind.PASS_MARK,
)
PUBERTY_FROM_AGE = Norm(
    12,
    "years",
    "age from which the adult Beighton cutoff applies",
    "LimberUp's choice",
    kind=NormKind.PASS_MARK,
    note=(
        "The criteria name puberty, not an age; puberty starts between about 8 and 14, and 12 "
        "is a middle value. Runners under 12 are rare in our audience."
    ),
)
OLDER_FROM_AGE = Norm(
    51,
    "years",
    "age from which the over-50 Beighton cutoff applies ('over 50')",
    BEIGHTON,
    kind=NormKind.PASS_MARK,
)
QUESTIONNAIRE_YES_FOR_ONE_POINT = Norm(
    2,
    "answers",
    "yes answers on the five-part questionnaire that let a score one point under the cutoff "
    "count as hypermobile",
    "Hakim & Grahame 2003; Malfait et al. 2017",
    kind=NormKind.PASS_MARK,
)
QUESTIONNAIRE_QUESTIONS = 5

"""Every reference figure the self-assessment judges against, with its unit and its source.

This is the one place a threshold lives: the assessment, its messages, the CLI and the docs
read these records and never repeat a number. Each record says what the figure means, where it
comes from (``../shared/METHOD.md`` lists the sources) and, where sources differ or a figure is
ours, why we chose it.

Cutoffs are written as "normal from": a value at or above the figure meets the norm, a value
below it is limited. Asymmetry figures are "more than": a left-right difference must exceed them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Norm:
    """One reference figure.

    Attributes:
        value: the figure itself, in ``unit``.
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
    note: str = ""
    upper: float | None = None


FMS = "Cook, Burton & Hoogenboom, Functional Movement Screen (IJSPT 2006/2014)"

# --- Straight-leg raise --------------------------------------------------------------------

SLR_NORMAL_FROM_DEG = Norm(
    80,
    "deg",
    "leg raised with a straight knee, angle from the floor; below this suggests short hamstrings",
    "Ayala et al. 2013; Magee",
    note=(
        "The published figure is for a passive raise (someone else lifts the leg). Our self-test "
        "is active and stops when the other leg moves, which tends to read a few degrees lower, "
        "so a result just under 80 may be a conservative call. We keep 80 because it is the one "
        "published angle; the doorway test (the FMS landmark) is the other way to pass."
    ),
)
SLR_FMS_PASS_SCORE = Norm(
    3,
    "score",
    "FMS active straight-leg raise: 3 = ankle bone passes mid-thigh with the other leg flat; "
    "2 = between mid-thigh and the knee joint line; 1 = below the joint line; 0 = pain",
    FMS,
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
    note="An average over many people: a converted figure is approximate and is labelled so.",
)
KNEE_TO_WALL_MEAN_CM = Norm(
    12.0,
    "cm",
    "average toe-to-wall distance in healthy adults (SD 2.8 cm)",
    "Hoch & McKeon 2011",
)
KNEE_TO_WALL_RISK_DEG = Norm(
    36.5,
    "deg",
    "shin lean below which athletes had a raised risk of patellar tendinopathy",
    "Backman & Danielson 2011",
)
KNEE_TO_WALL_NORMAL_FROM_CM = Norm(
    10.0,
    "cm",
    "toe-to-wall distance with the knee still touching and the heel down",
    "Backman & Danielson 2011 (36.5°), at 3.6°/cm (Bennell et al. 1998)",
    note=(
        "Sources give an average (12 cm, SD 2.8) but no cutoff in centimetres. We take the one "
        "cutoff tied to an outcome in athletes, 36.5° (about 10.1 cm), and round it to 10 cm, "
        "the figure a tape measure reads; it sits close to one SD under the average (9.2 cm). "
        "A shin angle is judged against the same 10 cm, 36°, after conversion."
    ),
)
KNEE_TO_WALL_ASYMMETRY_CM = Norm(
    1.5,
    "cm",
    "left-right difference that most healthy adults stay within; more than this is meaningful",
    "Hoch & McKeon 2011",
)
KNEE_TO_WALL_REAL_CHANGE_CM = Norm(
    1.9,
    "cm",
    "smallest change between two tests that is more than measurement error",
    "Powden et al. 2015",
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
    note="The review gives 4.6-4.7°; the top of the range, as for centimetres.",
)
SEED_002_SOURCE = "Esther Smith, DPT, A Simple Mobility Routine for Happy Joints (seed 002)"
"""How a norm from seed 002 names its source to a runner."""

ANKLE_SEED_002_TYPICAL_DEG = Norm(
    15,
    "deg",
    "weight-bearing ankle bend the article calls typical (15-30°; under 15 limited)",
    SEED_002_SOURCE,
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
    "standing on one leg: thigh to chest; leg held out to the side at hip height; "
    "leg lifted behind at hip height",
    SEED_002_SOURCE,
    note=(
        "These are movement standards in which the trunk and pelvis help; they ask more than a "
        "clinician's joint range (Wilson 2014: abduction 30-50°, extension 10-15°), so missing "
        "one is common and is not a joint restriction on its own."
    ),
)
HIP_FLEXION_DEG = Norm(110, "deg", "hip flexion", "Wilson 2014", upper=125)
HIP_EXTENSION_DEG = Norm(10, "deg", "hip extension", "Wilson 2014", upper=15)
HIP_ABDUCTION_DEG = Norm(30, "deg", "hip abduction", "Wilson 2014", upper=50)
HIP_ADDUCTION_DEG = Norm(20, "deg", "hip adduction", "Wilson 2014", upper=30)
HIP_EXTERNAL_ROTATION_DEG = Norm(40, "deg", "hip external rotation", "Wilson 2014", upper=60)
HIP_INTERNAL_ROTATION_DEG = Norm(30, "deg", "hip internal rotation", "Wilson 2014", upper=40)

# --- Tibial (knee) rotation -----------------------------------------------------------------

TIBIAL_TOTAL_NORMAL_FROM_DEG = Norm(
    35,
    "deg",
    "total shin rotation, inward plus outward, with the knee bent to 90°",
    "Mossberg & Smith 1983",
    upper=45,
    note="Above 45° is beyond the typical range but not a finding on its own.",
)
TIBIAL_EXTERNAL_PER_INTERNAL = Norm(
    2.0,
    "ratio",
    "outward rotation is about twice inward rotation",
    "Mossberg & Smith 1983",
)
TIBIAL_INTERNAL_NORMAL_FROM_DEG = Norm(
    TIBIAL_TOTAL_NORMAL_FROM_DEG.value / (1 + TIBIAL_EXTERNAL_PER_INTERNAL.value),
    "deg",
    "inward shin rotation",
    "derived from Mossberg & Smith 1983",
    note="Our derivation: the lowest typical total (35°) split 1:2, so about 11.7° inward.",
)
TIBIAL_EXTERNAL_NORMAL_FROM_DEG = Norm(
    TIBIAL_TOTAL_NORMAL_FROM_DEG.value
    * TIBIAL_EXTERNAL_PER_INTERNAL.value
    / (1 + TIBIAL_EXTERNAL_PER_INTERNAL.value),
    "deg",
    "outward shin rotation",
    "derived from Mossberg & Smith 1983",
    note="Our derivation: the lowest typical total (35°) split 1:2, so about 23.3° outward.",
)

# --- Thoracic rotation ----------------------------------------------------------------------

THORACIC_NORMAL_FROM_DEG = Norm(
    50,
    "deg",
    "upper-back rotation to one side with the lower back locked (kneeling, hips on heels)",
    "Whetstone et al. 2024 (IJSPT); Johnson et al. 2012",
)

# --- Hypermobility --------------------------------------------------------------------------

BEIGHTON = "Malfait et al. 2017 (hEDS criteria); Hakim & Grahame 2003"
BEIGHTON_MAX_POINTS = 9
BEIGHTON_CUTOFF_BEFORE_PUBERTY = Norm(
    6, "points", "Beighton score that counts as hypermobile before puberty", BEIGHTON
)
BEIGHTON_CUTOFF_ADULT = Norm(
    5, "points", "Beighton score that counts as hypermobile from puberty to 50", BEIGHTON
)
BEIGHTON_CUTOFF_OVER_50 = Norm(
    4, "points", "Beighton score that counts as hypermobile over 50", BEIGHTON
)
PUBERTY_FROM_AGE = Norm(
    12,
    "years",
    "age from which the adult Beighton cutoff applies",
    "LimberUp's choice",
    note=(
        "The criteria name puberty, not an age; puberty starts between about 8 and 14, and 12 "
        "is a middle value. Runners under 12 are rare in our audience."
    ),
)
OLDER_FROM_AGE = Norm(
    51, "years", "age from which the over-50 Beighton cutoff applies ('over 50')", BEIGHTON
)
QUESTIONNAIRE_YES_FOR_ONE_POINT = Norm(
    2,
    "answers",
    "yes answers on the five-part questionnaire that let a score one point under the cutoff "
    "count as hypermobile",
    "Hakim & Grahame 2003; Malfait et al. 2017",
)
QUESTIONNAIRE_QUESTIONS = 5

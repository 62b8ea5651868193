"""How to do each self-test: equipment, steps, what to record per side, and the norms it uses.

The steps are LimberUp's own words for the tests of seeds 001 and 002 and the clinical tests
METHOD.md adds. They are shown by the interactive ``limberup assess`` and the web onboarding.
"""

from __future__ import annotations

from dataclasses import dataclass

from limberup.domain.assessment import norms
from limberup.domain.assessment.norms import Norm
from limberup.domain.assessment.slr import SLR_REAL_CHANGE_DEG
from limberup.domain.vocabulary import TestId

SAFETY_NOTE = (
    "LimberUp is a coach, not a clinician: these self-tests do not diagnose anything. If you "
    "have an injury, a health condition or any doubt, talk to a doctor or physiotherapist "
    "before you start. Move only as far as is comfortable and never into pain; if a test hurts, "
    "stop it and say so in the pain questions at the end."
)

PHONE_LEVEL = "a phone with a level (inclinometer) app"


@dataclass(frozen=True)
class Protocol:
    """One self-test as a runner does it.

    Attributes:
        test: the test's id, as used in the assessment input.
        title: a short name.
        why: what it tells a runner, in one sentence.
        equipment: what to have at hand.
        steps: how to do it, one instruction per step.
        record: what to write down (for each side when ``two_sided``).
        norms: the reference figures the result is judged against.
        two_sided: whether it is done and recorded for the left and the right.
    """

    test: TestId
    title: str
    why: str
    equipment: tuple[str, ...]
    steps: tuple[str, ...]
    record: tuple[str, ...]
    norms: tuple[Norm, ...]
    two_sided: bool = True


SLR = Protocol(
    TestId.SLR,
    "Straight-leg raise",
    "How far a straight leg lifts: the back of that leg, the front of the other hip and your "
    "control of the pelvis, all of which a running stride needs.",
    ("a doorway", f"{PHONE_LEVEL}, if you want an angle"),
    (
        "Lie on your back in a doorway: one leg through the opening, flat on the floor; the "
        "leg you test lies along the door frame.",
        "Shuffle until the edge of the frame is level with the middle of your thigh, halfway "
        "between the bony bump at the front of your hip and your knee joint.",
        "Arms by your sides, toes of both feet pointing up, the back of the floor knee pressed "
        "down.",
        "Pull the toes of the test leg toward you and slowly lift it with the knee straight, "
        "only as high as it goes without pain.",
        "Stop the moment the leg on the floor bends, rolls out or lifts: where the raised leg "
        "is then is your result.",
        "Look: did the ankle bone of the raised leg pass the door frame? For an angle, have a "
        "helper lay the phone along the raised shin and read it from the floor.",
        "Turn around and test the other leg.",
    ),
    (
        "the angle in degrees, and whether the leg on the floor moved; or",
        "whether the ankle bone passed the door frame; or",
        "an FMS active straight-leg-raise score of 0-3 if a coach scored you",
    ),
    (
        norms.SLR_FMS_PASS_SCORE,
        norms.SLR_ACTIVE_PASS_FROM_DEG,
        norms.SLR_LEFT_RIGHT_DEG,
        SLR_REAL_CHANGE_DEG,
        norms.SLR_PASSIVE_NORMAL_FROM_DEG,
    ),
)

KNEE_TO_WALL = Protocol(
    TestId.KNEE_TO_WALL,
    "Knee-to-wall",
    "How far your ankle bends with your weight on it, which every landing and uphill step uses.",
    ("a wall", "a tape measure or ruler", f"{PHONE_LEVEL}, if you want an angle"),
    (
        "Barefoot, face a wall. Lay the tape on the floor at a right angle to the wall, zero "
        "at the wall.",
        "Put the test foot on the tape, big toe a few centimetres from the wall, the other "
        "foot behind you; a hand on the wall for balance is fine.",
        "Bend the front knee to touch the wall, the knee over your middle toes and the heel "
        "flat on the floor.",
        "If it touches, move the foot back a little and try again; if the heel lifts, move "
        "it forward. Find the farthest spot where the knee still touches with the heel down.",
        "Read the distance from the wall to the tip of your big toe.",
        "For an angle instead: in that farthest spot, lay the phone along the front of the "
        "shin just below the knee and read its lean from upright.",
        "Test the other ankle; take the best of three tries on each.",
    ),
    ("the distance (cm or inches), or", "the shin's lean in degrees"),
    (
        norms.KNEE_TO_WALL_RISK_CUTOFF_CM,
        norms.KNEE_TO_WALL_MEAN_CM,
        norms.KNEE_TO_WALL_DEG_PER_CM,
        norms.KNEE_TO_WALL_ASYMMETRY_CM,
        norms.KNEE_TO_WALL_REAL_CHANGE_CM,
        norms.ANKLE_SEED_002_TYPICAL_DEG,
    ),
)

STANDING_HIP = Protocol(
    TestId.STANDING_HIP,
    "Standing hip range of motion",
    "Whether each hip moves freely forward, out to the side and back while you balance.",
    ("a wall or chair to hold for balance",),
    (
        "Stand on one leg; a hand on a wall or chair is fine.",
        "Forward: pull the free knee up toward your chest. Standard: the thigh reaches the "
        "chest (your hands may help).",
        "Side: lower the thigh to level, swing it out to the side and straighten the knee. "
        "Standard: the straight leg stays up, level with the hip, while your trunk stays "
        "upright.",
        "Back: turn the leg in so the toes point down and sweep it behind you, tipping forward "
        "only enough to keep a straight line from head to heel. Standard: the foot reaches "
        "hip height behind you.",
        "Stand on the other leg and repeat.",
    ),
    (
        "for each hip: thigh to chest, yes or no",
        "leg raised sideways to hip height, yes or no",
        "leg behind at hip height, yes or no",
    ),
    (norms.STANDING_HIP_STANDARDS, norms.HIP_FLEXION_DEG, norms.HIP_ABDUCTION_DEG),
)

TIBIAL_ROTATION = Protocol(
    TestId.TIBIAL_ROTATION,
    "Knee (shin) rotation",
    "Whether the shin turns freely on the thigh, which the knee does a little on every stride.",
    ("a chair", "a phone with a compass or angle app, if you want degrees"),
    (
        "Sit with the knee bent to a right angle and the foot flat; socks on a smooth floor "
        "let the foot pivot.",
        "Find the bony bump at the top of your shin, below the kneecap, and watch it move.",
        "Keep the thigh still. Turn the shin inward, the foot pivoting on its heel, then "
        "outward. Do not twist at the ankle.",
        "Notice the end of each turn: springy and free, stiff like old leather, or painful. "
        "Stop at pain.",
        "For degrees: lay the phone flat on top of the foot, zero it with the toes straight "
        "ahead, and read it at the inward end and at the outward end.",
        "Test the other knee.",
    ),
    ("degrees inward and outward, or", "the feel: free, stiff or painful"),
    (
        norms.TIBIAL_TOTAL_NORMAL_FROM_DEG,
        norms.TIBIAL_EXTERNAL_PER_INTERNAL,
        norms.TIBIAL_INTERNAL_NORMAL_FROM_DEG,
        norms.TIBIAL_EXTERNAL_NORMAL_FROM_DEG,
    ),
)

THORACIC_ROTATION = Protocol(
    TestId.THORACIC_ROTATION,
    "Thoracic (upper-back) rotation",
    "How far the upper back turns, which lets the arms swing and the trunk counter the legs.",
    ("a mat or carpet", PHONE_LEVEL, "a helper to read the phone makes it easier"),
    (
        "Kneel, sit back on your heels and lower your chest toward your thighs, forearms on "
        "the floor: this locks the lower back so only the upper back turns.",
        "To test the left side, put your left hand on your lower back; the right forearm "
        "stays on the floor.",
        "Keeping your hips on your heels, turn your chest to open toward the ceiling on the "
        "left, as far as it goes without pain.",
        "The helper lays the phone across your upper back, at the top of the shoulder blades, "
        "and reads the angle from level.",
        "Swap hands and test the right side.",
    ),
    ("the angle in degrees toward each side",),
    (norms.THORACIC_NORMAL_FROM_DEG, norms.THORACIC_REAL_CHANGE_DEG),
)

BEIGHTON = Protocol(
    TestId.BEIGHTON,
    "Joint hypermobility (Beighton score)",
    "Whether your joints are looser than most, which changes what a plan should give you: "
    "stability and strength rather than more stretch.",
    ("a table", "a mirror or a phone camera for the elbows and knees"),
    (
        "Little fingers: with the palm on a table, lift the little finger backward. A point "
        "for each hand if it goes past a right angle with the back of the hand.",
        "Thumbs: with the other hand, press the thumb down toward the inside of the forearm. "
        "A point for each thumb that touches the forearm.",
        "Elbows: straighten the arms fully, palms up. A point for each elbow that bends "
        "backward more than 10°.",
        "Knees: stand with straight knees and look from the side. A point for each knee that "
        "bends backward more than 10°.",
        "Forward bend: with straight knees, bend forward. A point if both palms lie flat on "
        "the floor.",
        "Then answer the five questions about your joints now and as a child.",
    ),
    ("each of the nine points, yes or no, or the total", "the five questions, yes or no"),
    (
        norms.BEIGHTON_CUTOFF_BEFORE_PUBERTY,
        norms.BEIGHTON_CUTOFF_ADULT,
        norms.BEIGHTON_CUTOFF_OVER_50,
        norms.QUESTIONNAIRE_YES_FOR_ONE_POINT,
    ),
    two_sided=False,
)

PAIN = Protocol(
    TestId.PAIN,
    "Pain screen",
    "Pain is the one result that changes everything: it calls for a clinician, not a drill.",
    (),
    (
        "Think about the last few days and about the tests you just did.",
        "Say whether anything hurts at rest, which tests hurt, and where.",
    ),
    ("pain at rest, yes or no", "the tests that hurt", "where it hurt"),
    (),
    two_sided=False,
)

PROTOCOLS: dict[TestId, Protocol] = {
    protocol.test: protocol
    for protocol in (
        SLR,
        KNEE_TO_WALL,
        STANDING_HIP,
        TIBIAL_ROTATION,
        THORACIC_ROTATION,
        BEIGHTON,
        PAIN,
    )
}
"""Every test, in the order a runner does them."""

BEIGHTON_ITEMS_ASKED: dict[str, str] = {
    "little_finger_left": "Left little finger bends back past a right angle?",
    "little_finger_right": "Right little finger bends back past a right angle?",
    "thumb_left": "Left thumb touches the forearm?",
    "thumb_right": "Right thumb touches the forearm?",
    "elbow_left": "Left elbow bends backward more than 10°?",
    "elbow_right": "Right elbow bends backward more than 10°?",
    "knee_left": "Left knee bends backward more than 10°?",
    "knee_right": "Right knee bends backward more than 10°?",
    "palms_to_floor": "Both palms flat on the floor with straight knees?",
}
"""Each Beighton item, keyed by its input field, as a yes-or-no question."""

QUESTIONNAIRE_ASKED: dict[str, str] = {
    "hands_flat_on_floor": "Can you now, or could you ever, lay your palms flat on the floor "
    "with straight knees?",
    "thumb_to_forearm": "Can you now, or could you ever, bend your thumb back to your forearm?",
    "contortions_as_child": "As a child, did you twist into odd shapes to amuse friends, or "
    "could you do the splits?",
    "dislocations": "As a child or teenager, did a shoulder or kneecap slip out of place more "
    "than once?",
    "double_jointed": "Do you think of yourself as double-jointed?",
}
"""The five-part questionnaire (Hakim & Grahame 2003), keyed by input field, in our words."""

"""The words every part of LimberUp shares: body regions, planes, equipment, contexts, tests.

Each vocabulary is a ``StrEnum`` whose values are the ids used in data files, the JSON contract
and the database, so a value written anywhere can be checked against one list.
"""

from __future__ import annotations

from enum import StrEnum


class Region(StrEnum):
    """Parts of the body a drill moves, stretches or strengthens."""

    FOOT = "foot"
    ANKLE = "ankle"
    CALF = "calf"
    SHIN = "shin"
    KNEE = "knee"
    HAMSTRINGS = "hamstrings"
    QUADRICEPS = "quadriceps"
    HIP = "hip"
    HIP_FLEXORS = "hip_flexors"
    GROIN = "groin"
    GLUTES = "glutes"
    CORE = "core"
    LOWER_BACK = "lower_back"
    THORACIC_SPINE = "thoracic_spine"
    SHOULDERS = "shoulders"
    CHEST = "chest"
    NECK = "neck"
    ARMS = "arms"


RUNNING_REGIONS: frozenset[Region] = frozenset(
    {
        Region.ANKLE,
        Region.CALF,
        Region.KNEE,
        Region.HAMSTRINGS,
        Region.HIP,
        Region.HIP_FLEXORS,
        Region.GLUTES,
        Region.CORE,
        Region.THORACIC_SPINE,
    }
)
"""Regions a runner's week should reach: the ankles, hips and trunk of seed 003, and the legs."""


class Plane(StrEnum):
    """Planes of motion; running uses all three (seed 003)."""

    SAGITTAL = "sagittal"
    """Front to back."""
    FRONTAL = "frontal"
    """Side to side."""
    TRANSVERSE = "transverse"
    """Rotation."""


class Modality(StrEnum):
    """What kind of work a drill is; the planner's pre-run rule reads it."""

    DYNAMIC = "dynamic"
    """Moving in and out of a range, holding about a second at most."""
    ACTIVE_ROM = "active_rom"
    """Muscles move the joint to its end range and may hold it there briefly."""
    STATIC_HOLD = "static_hold"
    """A position held for seconds or breaths, passive or band-assisted."""
    STRENGTH = "strength"
    ACTIVATION = "activation"
    """Waking a muscle up (glutes, quads) with low load."""
    SOFT_TISSUE = "soft_tissue"
    """Foam rolling and similar."""


class Position(StrEnum):
    STANDING = "standing"
    WALKING = "walking"
    KNEELING = "kneeling"
    HALF_KNEELING = "half_kneeling"
    SEATED = "seated"
    SUPINE = "supine"
    SIDE_LYING = "side_lying"
    PRONE = "prone"
    VARIOUS = "various"


class Risk(StrEnum):
    """What makes a drill wrong for a hypermobile runner (seed 004; METHOD.md's rules).

    Static holds are a ``Modality``; these are the other kinds of stretching a drill may do.
    """

    END_RANGE = "end_range"
    """Takes a tissue to the end of its range to stretch it, held or driven into."""
    BALLISTIC = "ballistic"
    """Swings or kicks a limb into its range with momentum."""
    HYPEREXTENSION = "hyperextension"
    """Locks or presses a joint toward hyperextension (a knee pushed straight)."""


class Laterality(StrEnum):
    EACH_SIDE = "each_side"
    """Done on one side, then the other: reps count per side."""
    ALTERNATING = "alternating"
    """Sides take turns rep by rep: reps or steps count in total."""
    BILATERAL = "bilateral"
    """Both sides at once."""


class Equipment(StrEnum):
    WALL = "wall"
    DOORWAY = "doorway"
    LIGHT_BAND = "light_band"
    HEAVY_BAND = "heavy_band"
    STRAP = "strap"
    TOWEL = "towel"
    FOAM_ROLLER = "foam_roller"
    STEP = "step"
    BENCH = "bench"
    ADJUSTABLE_BENCH = "adjustable_bench"
    BED_OR_COUCH = "bed_or_couch"
    KETTLEBELL = "kettlebell"
    BARBELL = "barbell"
    DUMBBELL = "dumbbell"
    CHAIR = "chair"
    POOL = "pool"
    MAT = "mat"
    BAND_ANCHOR = "band_anchor"
    ROOM_CORNER = "room_corner"
    SQUAT_RACK = "squat_rack"


EVERYDAY_KIT = frozenset(
    {
        Equipment.WALL,
        Equipment.DOORWAY,
        Equipment.ROOM_CORNER,
        Equipment.TOWEL,
        Equipment.CHAIR,
        Equipment.BED_OR_COUCH,
    }
)
"""Things nearly every home has: assumed to hand unless the runner says one is missing, so
"no equipment" means nothing bought, not no wall to lean on."""


class Context(StrEnum):
    """When in a runner's week a session happens."""

    PRE_RUN = "pre_run"
    REST_DAY = "rest_day"
    DAILY = "daily"
    MICRO_BREAK = "micro_break"
    GYM_WARMUP = "gym_warmup"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


class TestId(StrEnum):
    """The self-tests of the assessment."""

    __test__ = False  # not a pytest test class

    SLR = "slr"
    KNEE_TO_WALL = "knee_to_wall"
    STANDING_HIP = "standing_hip"
    TIBIAL_ROTATION = "tibial_rotation"
    THORACIC_ROTATION = "thoracic_rotation"
    BEIGHTON = "beighton"
    PAIN = "pain"


class Status(StrEnum):
    """What a test found on one side."""

    NORMAL = "normal"
    LIMITED = "limited"
    ASYMMETRIC = "asymmetric"
    HYPERMOBILE = "hypermobile"
    PAINFUL = "painful"


def finding_id(test: TestId, status: Status) -> str:
    """The id of a finding, shared by the assessment's output and the catalogue's targets.

    Example:
        >>> finding_id(TestId.SLR, Status.LIMITED)
        'slr_limited'
    """
    if status is Status.HYPERMOBILE:
        return "hypermobile"
    return f"{test.value}_{status.value}"


TARGETS: frozenset[str] = frozenset(
    {
        finding_id(test, status)
        for test in (
            TestId.SLR,
            TestId.KNEE_TO_WALL,
            TestId.STANDING_HIP,
            TestId.TIBIAL_ROTATION,
            TestId.THORACIC_ROTATION,
        )
        for status in (Status.LIMITED, Status.ASYMMETRIC)
    }
    | {"hypermobile"}
)
"""Finding ids a drill may serve (``Exercise.targets``). Pain is never a target: it is avoided."""

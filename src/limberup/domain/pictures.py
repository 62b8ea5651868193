"""Drill pictures as data: the key positions of each drill and variant, posed by segment angles.

A pose file (``catalog/poses/<exercise id>.toml``) holds picture sets; each set covers one or
more variants (none: the drill itself) and lists positions in order. A position sets the body by
the direction each segment points, in degrees in the picture's plane: 0 points the way the
figure faces (right in a side view, toward the figure's working side in a front view), 90 up,
-90 down. Pairs are ``[working side, other side]``. A position leaves out what stays as it was
in the position before it; the first starts from a named posture (``POSTURES``). The working
side is drawn strong and the other side light; the player mirrors a picture for the other side.

Example:
    >>> position = Position(label="Start", step=0, posture="stand")
    >>> resolve([position])[0].thigh
    (-90.0, -90.0)
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Angle = Annotated[float, Field(ge=-360, le=360)]
Pair = tuple[Angle, Angle]
Coordinate = Annotated[float, Field(ge=-150, le=250)]
Point = tuple[Coordinate, Coordinate]


class View(StrEnum):
    """Where the camera stands: at the working side, in front of the runner, or above."""

    SIDE = "side"
    FRONT = "front"
    TOP = "top"
    """From above a runner lying on their side: a side view without a floor."""


class Role(StrEnum):
    """What a position is for in the player: shown while getting ready, moving, or holding."""

    START = "start"
    MOVE = "move"
    END = "end"


class PropKind(StrEnum):
    """The equipment a picture can show."""

    WALL = "wall"
    DOORWAY = "doorway"
    BAND = "band"
    STRAP = "strap"
    TOWEL = "towel"
    BENCH = "bench"
    STEP = "step"
    FOAM_ROLLER = "foam_roller"
    KETTLEBELL = "kettlebell"
    BARBELL = "barbell"
    BED = "bed"
    CHAIR = "chair"
    WATER = "water"
    MAT = "mat"


BODY_POINTS = frozenset(
    f"{side}_{joint}"
    for side in ("near", "far")
    for joint in ("hip", "knee", "ankle", "heel", "toe", "shoulder", "elbow", "hand")
) | {"pelvis", "neck", "head"}
"""Where a band, strap or weight can attach to the body."""


class _Value(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Pose(_Value):
    """A whole body: the hip joint's place and every segment's direction."""

    pelvis: Point
    trunk: Angle
    head: Angle
    thigh: Pair
    shin: Pair
    foot: Pair
    upper_arm: Pair
    forearm: Pair
    turn: Pair = (0, 0)
    """How far each foot is turned out (+) or in (-) from straight ahead, seen as a shorter foot."""
    side_step: tuple[Coordinate, Coordinate] = (0, 0)
    """How far each foot is placed out (+) or across (-) from under its hip, in centimetres."""


POSTURES: dict[str, Pose] = {
    "stand": Pose(
        pelvis=(0, 92),
        trunk=90,
        head=90,
        thigh=(-90, -90),
        shin=(-90, -90),
        foot=(0, 0),
        upper_arm=(-90, -90),
        forearm=(-80, -80),
    ),
    "half_kneel": Pose(
        pelvis=(0, 50),
        trunk=90,
        head=90,
        thigh=(0, -100),
        shin=(-90, 180),
        foot=(0, -160),
        upper_arm=(-80, -100),
        forearm=(-60, -60),
    ),
    "supine": Pose(
        pelvis=(0, 12),
        trunk=180,
        head=180,
        thigh=(0, 0),
        shin=(0, 0),
        foot=(90, 90),
        upper_arm=(0, 0),
        forearm=(0, 0),
    ),
    "side_lying": Pose(
        pelvis=(0, 22),
        trunk=180,
        head=170,
        thigh=(-30, -30),
        shin=(-110, -110),
        foot=(-20, -20),
        upper_arm=(-90, -90),
        forearm=(0, 0),
    ),
    "all_fours": Pose(
        pelvis=(0, 58),
        trunk=0,
        head=10,
        thigh=(-90, -90),
        shin=(180, 180),
        foot=(-160, -160),
        upper_arm=(-90, -90),
        forearm=(-90, -90),
    ),
    "sit": Pose(
        pelvis=(0, 12),
        trunk=90,
        head=90,
        thigh=(0, 0),
        shin=(0, 0),
        foot=(90, 90),
        upper_arm=(-100, -100),
        forearm=(-90, -90),
    ),
}
"""Starting bodies a set's first position names, so a pose file lists only what differs."""


class Position(_Value):
    """One key position: what it shows, the step it illustrates, and what changed."""

    label: Annotated[str, Field(min_length=1, max_length=60)]
    step: Annotated[int, Field(ge=0)]
    role: Role = Role.MOVE
    view: View | None = None
    """This position only, seen from elsewhere than the set's view (not carried on)."""
    posture: Literal["stand", "half_kneel", "supine", "side_lying", "all_fours", "sit"] | None = (
        None
    )
    pelvis: Point | None = None
    trunk: Angle | None = None
    head: Angle | None = None
    thigh: Pair | None = None
    shin: Pair | None = None
    foot: Pair | None = None
    upper_arm: Pair | None = None
    forearm: Pair | None = None
    turn: Pair | None = None
    side_step: tuple[Coordinate, Coordinate] | None = None


class Prop(_Value):
    """A piece of kit in the scene: at a place, from a place to a body point, or held."""

    kind: PropKind
    at: Point | None = None
    size: Point | None = None
    to: str | None = None
    to_other: str | None = None
    angle: Angle = 0

    @model_validator(mode="after")
    def _placed(self) -> Prop:
        for name in ("to", "to_other"):
            point = getattr(self, name)
            if point is not None and point not in BODY_POINTS:
                allowed = ", ".join(sorted(BODY_POINTS))
                raise ValueError(f"{name}: unknown body point {point!r}; allowed: {allowed}")
        if self.at is None and self.to is None:
            raise ValueError("a prop needs 'at' (a place) or 'to' (a body point)")
        return self


class PictureSet(_Value):
    """The positions of one drill, or of some of its variants, seen from one side."""

    variants: tuple[str, ...] = ()
    view: View = View.SIDE
    floor: Annotated[float, Field(ge=0, le=120)] = 0
    """Where the body rests: the figure is lowered until its lowest point touches it."""
    footprints: bool = False
    """Add a small view of the feet from above, for drills where where they point matters."""
    grounded: bool = True
    """False: the positions' ``pelvis`` places the body as given (on a step, in the air)."""
    props: tuple[Prop, ...] = ()
    positions: Annotated[tuple[Position, ...], Field(min_length=2)]

    @model_validator(mode="after")
    def _starts_somewhere(self) -> PictureSet:
        if self.positions[0].posture is None:
            raise ValueError("positions[0] needs a posture to start from")
        return self


class PoseFile(_Value):
    """Every picture set of one exercise (the file's name is the exercise id)."""

    sets: Annotated[tuple[PictureSet, ...], Field(min_length=1)]


def resolve(positions: Sequence[Position]) -> tuple[Pose, ...]:
    """Each position as a whole body: what a position leaves out carries on from the one before."""
    poses: list[Pose] = []
    for position in positions:
        base = POSTURES[position.posture] if position.posture else poses[-1]
        changes = {
            name: getattr(position, name)
            for name in Pose.model_fields
            if getattr(position, name, None) is not None
        }
        poses.append(base.model_copy(update=changes))
    return tuple(poses)


def picture_name(exercise_id: str, picture_set: PictureSet, index: int) -> str:
    """The file name of one position's picture, e.g. ``hip_flexor_matrix.forward.1.svg``.

    A set shared by several variants is named after its first.
    """
    shown = picture_set.variants[0] if picture_set.variants else "drill"
    return f"{exercise_id}.{shown}.{index + 1}.svg"


def set_for(pose_file: PoseFile, variant_id: str | None) -> PictureSet:
    """The set that shows ``variant_id``; the first set when none names it (or none is asked)."""
    for picture_set in pose_file.sets:
        if variant_id in picture_set.variants:
            return picture_set
    return pose_file.sets[0]

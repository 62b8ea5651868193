"""Draw one drill position as SVG: forward kinematics from segment angles to a figure with volume.

Units are centimetres of a 175 cm runner, y up, the floor at 0. Every limb is a tapered capsule
(a quadrilateral between two joint circles); the working side is drawn in the strong colour, the
other side light, the trunk and head in between. Colours are mid-tones chosen to read on light
and dark pages alike, because an SVG shown through <img> cannot follow the page's CSS.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from limberup.domain.pictures import Pose, Prop, PropKind, View

WIDTH, HEIGHT = 250, 220
LEFT, TOP = -120, 212  # the scene's x at the left edge and y at the top edge
NEAR, FAR, BODY, GHOST = "#e06c2c", "#a7b6c6", "#4f6d8a", "#8a96a3"
PROP, PROP_DARK, BAND, WATER = "#9aa3ad", "#6d7782", "#2fa36b", "#4aa3df"
MAT = "#7f9a8f"
THIGH, SHIN, TRUNK, UPPER_ARM, FOREARM = 44.0, 43.0, 50.0, 29.0, 25.0


def _dir(degrees: float) -> tuple[float, float]:
    radians = math.radians(degrees)
    return math.cos(radians), math.sin(radians)


def _at(point: tuple[float, float], degrees: float, length: float) -> tuple[float, float]:
    dx, dy = _dir(degrees)
    return point[0] + dx * length, point[1] + dy * length


@dataclass(frozen=True)
class Body:
    """Every joint's place, found from a pose."""

    points: dict[str, tuple[float, float]]
    pose: Pose
    view: View

    def lowest(self) -> float:
        """The lowest edge of any body part (joints with their radius)."""
        chest = _at(self.points["neck"], self.pose.trunk, -12)
        edges = [self.points["head"][1] - 10.5, self.points["pelvis"][1] - 12, chest[1] - 12]
        edges += [
            y - _RADIUS[name.split("_")[1]] for name, (_, y) in self.points.items() if "_" in name
        ]
        return min(edges)


_RADIUS = {
    "hip": 7.5,
    "knee": 5.2,
    "ankle": 3.4,
    "heel": 3.6,
    "toe": 2.6,
    "shoulder": 4.6,
    "elbow": 3.6,
    "wrist": 2.7,
    "hand": 4.2,
}


def solve(pose: Pose, view: View, lift: float = 0.0) -> Body:
    """Joint places for ``pose``; ``lift`` moves the whole body up."""
    hip = (pose.pelvis[0], pose.pelvis[1] + lift)
    neck = _at(hip, pose.trunk, TRUNK)
    points = {"pelvis": hip, "neck": neck, "head": _at(neck, pose.head, 14)}
    across = 9.0 if view is View.FRONT else 0.0
    shoulder_across = 17.0 if view is View.FRONT else 0.0
    for index, side in enumerate(("near", "far")):
        sign = 1 if index == 0 else -1
        joint = _at(hip, pose.trunk - 90, sign * across)
        knee = _at(joint, pose.thigh[index], THIGH)
        ankle = _at(knee, pose.shin[index], SHIN)
        foot = pose.foot[index]
        length = (
            12.0
            if view is View.FRONT
            else max(6.0, 17.0 * math.cos(math.radians(pose.turn[index])))
        )
        heel = _at(_at(ankle, foot, -5), foot - 90, 5)
        toe = _at(_at(ankle, foot, length), foot - 90, 5)
        shoulder = _at(_at(neck, pose.trunk, -5), pose.trunk - 90, sign * shoulder_across)
        elbow = _at(shoulder, pose.upper_arm[index], UPPER_ARM)
        wrist = _at(elbow, pose.forearm[index], FOREARM)
        points |= {
            f"{side}_hip": joint,
            f"{side}_knee": knee,
            f"{side}_ankle": ankle,
            f"{side}_heel": heel,
            f"{side}_toe": toe,
            f"{side}_shoulder": shoulder,
            f"{side}_elbow": elbow,
            f"{side}_wrist": wrist,
            f"{side}_hand": _at(wrist, pose.forearm[index], 4),
        }
    return Body(points, pose, view)


def _xy(point: tuple[float, float]) -> str:
    return f"{point[0] - LEFT:.1f} {TOP - point[1]:.1f}"


def _capsule(a: tuple[float, float], b: tuple[float, float], ra: float, rb: float) -> str:
    return _capsule_raw(_svg(a), _svg(b), ra, rb)


def _svg(point: tuple[float, float]) -> tuple[float, float]:
    return point[0] - LEFT, TOP - point[1]


def _circle(center: tuple[float, float], radius: float) -> str:
    x, y = _xy(center).split()
    return f'<circle cx="{x}" cy="{y}" r="{radius:.1f}"/>'


def _leg(body: Body, side: str) -> str:
    p = body.points
    return (
        _capsule(p[f"{side}_hip"], p[f"{side}_knee"], 7.5, 5.2)
        + _capsule(p[f"{side}_knee"], p[f"{side}_ankle"], 5.2, 3.4)
        + _capsule(p[f"{side}_heel"], p[f"{side}_toe"], 3.6, 2.6)
        + _capsule(p[f"{side}_ankle"], p[f"{side}_heel"], 3.4, 3.4)
    )


def _arm(body: Body, side: str) -> str:
    p = body.points
    return (
        _capsule(p[f"{side}_shoulder"], p[f"{side}_elbow"], 4.6, 3.6)
        + _capsule(p[f"{side}_elbow"], p[f"{side}_wrist"], 3.6, 2.7)
        + _circle(p[f"{side}_hand"], 4.2)
    )


def _trunk(body: Body) -> str:
    p, pose = body.points, body.pose
    chest = _at(p["neck"], pose.trunk, -12)
    wide = body.view is View.FRONT
    hips = 14.0 if wide else 11.5
    shoulders = 17.0 if wide else 12.0
    parts = _capsule(p["pelvis"], chest, hips, shoulders) if not wide else _front_trunk(body)
    parts += _capsule(_at(p["neck"], pose.trunk, -4), p["neck"], 5.0, 4.5)
    parts += _circle(p["head"], 10.5)
    if body.view is not View.FRONT:  # the nose says which way the face looks
        parts += _circle(_at(p["head"], pose.head - 90, 10), 2.6)
    else:  # seen from the front, the nose moves off centre as the head turns
        turned = max(-9.0, min(9.0, (pose.trunk - pose.head) * 0.3))
        if abs(turned) > 1:
            parts += _circle_fill(_at(p["head"], pose.head - 90, turned), 2.4, NEAR)
    return parts


def _front_trunk(body: Body) -> str:
    p, pose = body.points, body.pose
    across = pose.trunk - 90
    corners = [
        _at(p["pelvis"], across, 14),
        _at(_at(p["neck"], pose.trunk, -6), across, 15),
        _at(_at(p["neck"], pose.trunk, -6), across, -15),
        _at(p["pelvis"], across, -14),
    ]
    path = "M" + " L".join(_xy(point) for point in corners) + "Z"
    return f'<path d="{path}" stroke="{BODY}" stroke-width="8" stroke-linejoin="round"/>' + _circle(
        p["pelvis"], 12
    )


def figure(body: Body, *, ghost: bool = False) -> str:
    """The figure's shapes: the far side, the trunk, then the near side on top."""
    if ghost:
        shapes = _leg(body, "far") + _leg(body, "near") + _arm(body, "far") + _arm(body, "near")
        return f'<g fill="{GHOST}" opacity="0.22">{shapes}{_trunk(body)}</g>'
    return (
        f'<g fill="{FAR}">{_arm(body, "far")}{_leg(body, "far")}</g>'
        f'<g fill="{BODY}">{_trunk(body)}</g>'
        f'<g fill="{NEAR}">{_leg(body, "near")}{_arm(body, "near")}</g>'
    )


def _rect(x: float, y: float, w: float, h: float, *, fill: str, rx: float = 1.5) -> str:
    return (
        f'<rect x="{x - LEFT:.1f}" y="{TOP - y - h:.1f}" width="{w:.1f}" height="{h:.1f}"'
        f' rx="{rx}" fill="{fill}"/>'
    )


def _line(a: tuple[float, float], b: tuple[float, float], colour: str, width: float) -> str:
    (x1, y1), (x2, y2) = _xy(a).split(), _xy(b).split()
    return (
        f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{colour}"'
        f' stroke-width="{width}" stroke-linecap="round"/>'
    )


def prop(item: Prop, body: Body) -> tuple[str, str]:
    """A prop's shapes, split into what goes behind the figure and what goes in front."""
    if item.kind in _ATTACHED:
        return _attached(item, body)
    return _placed(item)


_ATTACHED = {
    PropKind.BAND, PropKind.STRAP, PropKind.TOWEL, PropKind.FOAM_ROLLER, PropKind.KETTLEBELL,
    PropKind.BARBELL,
}  # fmt: skip


def _placed(item: Prop) -> tuple[str, str]:
    """Kit that stands in the scene where the pose file puts it."""
    at = item.at or (0.0, 0.0)
    w, h = item.size or (0.0, 0.0)
    kind = item.kind
    if kind is PropKind.WALL:
        return _rect(at[0], 0, w or 6, h or 200, fill=PROP, rx=0), ""
    if kind is PropKind.DOORWAY:
        frame = _rect(at[0], 0, w or 8, h or 200, fill=PROP_DARK, rx=0)
        return frame + _rect(at[0] + (w or 8), 0, 3, h or 200, fill=PROP, rx=0), ""
    if kind is PropKind.MAT:
        mat = _rect(at[0], at[1], w or 180, h or 1.5, fill=MAT, rx=3)
        return mat.replace("/>", ' fill-opacity="0.3"/>'), ""
    if kind is PropKind.WATER:
        return "", (
            f'<rect x="0" y="{TOP - (h or 110):.1f}" width="{WIDTH}" height="{h or 110:.1f}"'
            f' fill="{WATER}" opacity="0.25"/>'
        )
    return _furniture(kind, at, w, h), ""


def _attached(item: Prop, body: Body) -> tuple[str, str]:
    """Kit that follows the body: tied to a hand or foot, held, or lying under a limb."""
    at = item.at or (0.0, 0.0)
    hand = body.points.get(item.to or "", at)
    kind = item.kind
    if kind is PropKind.BAND:
        anchor = _rect(at[0] - 3, at[1] - 3, 6, 6, fill=PROP_DARK, rx=1)
        return anchor, _line(at, hand, BAND, 2.6)
    if kind is PropKind.TOWEL and item.to_other is None:  # rolled up under a body point
        return _circle_fill((hand[0], hand[1] - 7), 4.5, PROP_DARK), ""
    if kind in {PropKind.STRAP, PropKind.TOWEL}:
        other = body.points.get(item.to_other or "", at)
        colour, width = (BAND, 2.2) if kind is PropKind.STRAP else (PROP_DARK, 4.5)
        return "", _line(other, hand, colour, width)
    if kind is PropKind.FOAM_ROLLER:
        center = (hand[0], hand[1] - 13) if item.to else at
        return _circle_fill(center, 7.5, PROP_DARK), ""
    if kind is PropKind.KETTLEBELL:
        bell = (hand[0], hand[1] - 10)
        handle = f'<g fill="none" stroke="{PROP_DARK}" stroke-width="2.2">{_circle(hand, 4)}</g>'
        return "", handle + _circle_fill(bell, 8, PROP_DARK)
    return _circle_fill(hand, 12, PROP), _circle_fill(hand, 3, PROP_DARK)  # a light bar


def _circle_fill(center: tuple[float, float], radius: float, fill: str) -> str:
    return _circle(center, radius).replace("/>", f' fill="{fill}"/>')


def _furniture(kind: PropKind, at: tuple[float, float], w: float, h: float) -> str:
    x = at[0]
    if kind is PropKind.STEP:
        return _rect(x, 0, w or 40, h or 18, fill=PROP, rx=1)
    top = h or (45 if kind is not PropKind.BED else 50)
    width = w or (110 if kind is not PropKind.CHAIR else 42)
    shapes = _rect(x, top - 8, width, 8, fill=PROP, rx=2)
    legs = (x + 10, x + width - 14)
    shapes += "".join(_rect(leg, 0, 4, top - 8, fill=PROP_DARK, rx=0) for leg in legs)
    if kind is PropKind.CHAIR:
        shapes += _rect(x, top, 4, 45, fill=PROP_DARK, rx=0)
    return shapes


def scene(
    body: Body,
    props: tuple[Prop, ...],
    *,
    before: Body | None = None,
    title: str,
    feet: bool = False,
) -> str:
    """One whole picture: floor, props, the position before as a faint ghost, the figure."""
    behind, front = zip(*(prop(item, body) for item in props), strict=True) if props else ((), ())
    floor = "" if body.view is View.TOP else _line((LEFT, 0), (LEFT + WIDTH, 0), PROP, 1.5)
    ghost = figure(before, ghost=True) if before else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}"'
        f' width="{WIDTH}" height="{HEIGHT}" role="img"><title>{title}</title>'
        f"{floor}{''.join(behind)}{ghost}{figure(body)}{''.join(front)}"
        f"{footprints(body) if feet else ''}</svg>\n"
    )


def footprints(body: Body) -> str:
    """Both feet seen from above in the top right corner: ahead is up, the working foot right."""
    p, pose = body.points, body.pose
    middle = (p["near_ankle"][0] + p["far_ankle"][0]) / 2
    spread = abs(p["near_ankle"][0] - p["far_ankle"][0]) if body.view is not View.FRONT else 0
    cx, cy, scale = 219.0, 33.0, min(0.55, 22 / (spread + 1))  # both feet inside the box
    shapes = [
        f'<rect x="193" y="3" width="52" height="56" rx="5" fill="{GHOST}" fill-opacity="0.12"'
        f' stroke="{PROP}"/>',
        f'<path d="M{cx - 3:.1f} 11 L{cx:.1f} 6 L{cx + 3:.1f} 11Z" fill="{PROP}"/>',
    ]
    for index, (side, colour) in enumerate((("near", NEAR), ("far", FAR))):
        outward = 1 if index == 0 else -1
        ahead = 0.0 if body.view is View.FRONT else (p[f"{side}_ankle"][0] - middle) * scale
        across = (9 + pose.side_step[index]) * outward * scale
        turn = math.radians(pose.turn[index] * outward)
        heel = (cx + across - 3 * math.sin(turn), cy - ahead + 3 * math.cos(turn))
        toe = (cx + across + 11 * math.sin(turn), cy - ahead - 11 * math.cos(turn))
        shapes.append(f'<g fill="{colour}">' + _capsule_raw(heel, toe, 2.4, 2.9) + "</g>")
    return "".join(shapes)


def _capsule_raw(a: tuple[float, float], b: tuple[float, float], ra: float, rb: float) -> str:
    """A capsule in the picture's own coordinates (y down), for the insets."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length, dx / length
    quad = [
        (a[0] + nx * ra, a[1] + ny * ra),
        (b[0] + nx * rb, b[1] + ny * rb),
        (b[0] - nx * rb, b[1] - ny * rb),
        (a[0] - nx * ra, a[1] - ny * ra),
    ]
    path = "M" + " L".join(f"{x:.1f} {y:.1f}" for x, y in quad) + "Z"
    ends = "".join(
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}"/>' for (x, y), r in ((a, ra), (b, rb))
    )
    return f'<path d="{path}"/>{ends}'

"""The gates that keep a drill out of a week outright, each with its reason.

Pain is matched to what a drill loads (its movement and its position, ``Exercise.loads``), not
to the regions it works; a hypermobile runner gets no static hold and no end-range, ballistic
or hyperextending work (``Exercise.risks``). The first gate that closes is the reason a note
gives, so a drill kept out by pain is never said to need kit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

from limberup.domain.catalog import Exercise
from limberup.domain.planning.week import Findings, Profile
from limberup.domain.progression.decisions import DrillPain
from limberup.domain.vocabulary import Equipment, Region


class Gate(StrEnum):
    """Why a drill is not in the week, most serious first."""

    PAIN_UNPLACED = "pain_unplaced"
    """Pain at rest with no place: every drill loads something, so none goes in."""
    PAINFUL_REGION = "painful_region"
    """It loads a region that hurts (at rest, or in a test)."""
    HURT_IN_DRILL = "hurt_in_drill"
    """It hurt when done this week: off the rest of the week."""
    STRETCHES_HURT_TISSUE = "stretches_hurt_tissue"
    """It stretches a tissue that hurt in a drill this week."""
    HYPERMOBILE = "hypermobile"
    """A static hold, or end-range, ballistic or hyperextending work, for loose joints."""
    AVOIDED = "avoided"
    """The runner does not want it."""
    KIT = "kit"
    """It needs kit the runner does not have."""


PAIN_GATES = frozenset(
    {Gate.PAIN_UNPLACED, Gate.PAINFUL_REGION, Gate.HURT_IN_DRILL, Gate.STRETCHES_HURT_TISSUE}
)


def hurt_tissues(hurt: Mapping[str, DrillPain]) -> frozenset[Region]:
    """Where pain was logged in drills this week."""
    return frozenset(region for pain in hurt.values() for region in pain.regions)


def gate(
    exercise: Exercise,
    profile: Profile,
    findings: Findings,
    hurt: Mapping[str, DrillPain] | None = None,
) -> Gate | None:
    """The reason ``exercise`` stays out of the week, or None when it may go in."""
    hurt = hurt or {}
    hypermobile = findings.hypermobile or bool(profile.hypermobile)
    closed = {
        Gate.PAIN_UNPLACED: findings.pain_unplaced,
        Gate.PAINFUL_REGION: bool(exercise.loaded() & findings.painful_regions),
        Gate.HURT_IN_DRILL: exercise.id in hurt,
        Gate.STRETCHES_HURT_TISSUE: bool(exercise.stretched() & hurt_tissues(hurt)),
        Gate.HYPERMOBILE: hypermobile and exercise.stretches_a_hypermobile_joint(),
        Gate.AVOIDED: exercise.id in profile.avoid,
        Gate.KIT: not exercise.can_be_done_with(week_kit(profile)),
    }
    return next((reason for reason in Gate if closed[reason]), None)


def week_kit(profile: Profile) -> frozenset[Equipment]:
    """What the week may use: the runner's kit, and a pool if they are at one on some day
    (``candidates`` keeps water drills to those days)."""
    return profile.kit | ({Equipment.POOL} if profile.pool_days else set())


def gates(
    exercises: Iterable[Exercise],
    profile: Profile,
    findings: Findings,
    hurt: Mapping[str, DrillPain] | None = None,
) -> dict[str, Gate]:
    """Each closed gate, by drill id: what the week's notes report."""
    closed = {e.id: gate(e, profile, findings, hurt) for e in exercises}
    return {drill: reason for drill, reason in closed.items() if reason is not None}

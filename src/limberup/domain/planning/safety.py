"""What a week says about pain and loose joints: the notes that give the true reason, and
whether it calls for a clinician.

The gates (``gates``) keep drills out; this module tells the runner which ones and why, so
a drill kept out by pain or hypermobility is never put down to kit or minutes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

from limberup.domain.catalog import Catalogue
from limberup.domain.planning.gates import Gate
from limberup.domain.planning.notes import NoteCode, PlanNote
from limberup.domain.planning.week import TEST_REGIONS, Findings, Profile
from limberup.domain.progression.decisions import DrillPain, safe_regression
from limberup.domain.vocabulary import Region, TestId


class Asked(Protocol):
    """The parts of a plan request the safety notes read."""

    @property
    def profile(self) -> Profile: ...
    @property
    def findings(self) -> Findings: ...
    @property
    def hurt(self) -> Mapping[str, DrillPain]: ...


def left_out_of_retest(findings: Findings) -> dict[TestId, tuple[Region, ...]]:
    """Tests the weekly retest leaves out while pain lasts, each with the painful regions it
    loads (none listed for a test that itself hurt, or for pain with no place)."""
    left_out: dict[TestId, tuple[Region, ...]] = {}
    for test, regions in TEST_REGIONS.items():
        hurt = tuple(sorted(regions & findings.painful_regions))
        if findings.pain_unplaced or test in findings.painful_tests:
            left_out[test] = ()
        elif hurt:
            left_out[test] = hurt
    return left_out


def needs_referral(request: Asked) -> bool:
    """Pain anywhere the week had to plan around, or a drill stopped for pain."""
    findings = request.findings
    return (
        findings.refer
        or findings.pain_unplaced
        or bool(findings.painful_regions)
        or any(pain.stops for pain in request.hurt.values())
    )


def safety_notes(
    request: Asked,
    catalogue: Catalogue,
    closed: Mapping[str, Gate],
    retested: Iterable[TestId] = (),
) -> list[PlanNote]:
    """One note per reason pain or hypermobility changed the week, in order of weight.

    Args:
        retested: the tests the week would retest without pain.
    """
    retested = frozenset(retested)
    findings, profile = request.findings, request.profile
    notes: list[PlanNote] = []
    count = {gate: sum(1 for g in closed.values() if g is gate) for gate in Gate}
    if findings.pain_unplaced:
        notes.append(PlanNote(code=NoteCode.PAIN_UNPLACED))
    elif findings.painful_regions:
        notes.append(
            PlanNote(
                code=NoteCode.PAINFUL_REGIONS,
                count=count[Gate.PAINFUL_REGION],
                regions=tuple(sorted(findings.painful_regions)),
            )
        )
    known = catalogue.by_id()
    for pain in request.hurt.values():
        drill = known.get(pain.exercise_id)
        name = drill.name if drill else pain.exercise_id
        common = {"drill": name, "count": pain.worst, "regions": tuple(sorted(pain.regions))}
        if pain.stops:
            notes.append(PlanNote(code=NoteCode.DRILL_STOPPED, date=pain.first_day, **common))
            continue
        easier = safe_regression(drill, pain.regions, catalogue) if drill else None
        if easier is not None and easier.id in closed:
            easier = None  # kept out itself (kit, pain elsewhere): nothing takes the place
        notes.append(
            PlanNote(
                code=NoteCode.DRILL_HURT,
                date=pain.first_day,
                detail=easier.name if easier else None,
                **common,
            )
        )
    if findings.hypermobile or profile.hypermobile:
        notes.append(PlanNote(code=NoteCode.HYPERMOBILE, count=count[Gate.HYPERMOBILE]))
    if not findings.pain_unplaced:  # that note already says the week holds nothing
        notes.extend(
            PlanNote(code=NoteCode.TEST_NOT_RETESTED, test=test, regions=regions)
            for test, regions in left_out_of_retest(findings).items()
            if test in retested
        )
    return notes

"""A runner's week: what they bring (profile, findings) and the plan they get back.

The rules and the optimisation live beside this module in ``limberup.domain.planning``; this
one holds the values that cross the boundary, in the shape of the JSON scripting contract.
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from limberup.domain.planning.notes import StoredNote
from limberup.domain.values import DrillId, IsoTime, PlanDate, YesNo
from limberup.domain.vocabulary import (
    EVERYDAY_KIT,
    Context,
    Equipment,
    Region,
    Side,
    Status,
    TestId,
)


class Weekday(StrEnum):
    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"

    @classmethod
    def of(cls, day: dt.date) -> Weekday:
        return list(cls)[day.weekday()]


WORK_WEEK = (Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI)

Minutes = Annotated[float, Field(ge=0, le=240, strict=True)]
"""Strict: a yes/no or a string is no number of minutes."""


class _Input(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Budgets(_Input):
    """Minutes available for each kind of session; zero means no such session."""

    pre_run: Minutes = 0
    post_run: Minutes = 0
    rest_day: Minutes = 0
    daily: Minutes = 0
    micro_break: Minutes = 0

    def of(self, context: Context) -> float:
        minutes: float = getattr(self, context.value, 0.0)
        return minutes


class Profile(_Input):
    """What the planner needs to know about a runner's week."""

    run_days: Annotated[tuple[Weekday, ...], Field(json_schema_extra={"uniqueItems": True})] = ()
    runs: tuple[PlanDate, ...] = ()
    """Dates of runs; used instead of ``run_days`` when given."""
    run_times: dict[Weekday, IsoTime] = Field(default_factory=dict)
    age: Annotated[int, Field(ge=5, le=110)] | None = None
    equipment: tuple[Equipment, ...] = ()
    """What the runner has bought or has access to (a band, a foam roller, a kettlebell)."""
    lacks: tuple[Equipment, ...] = ()
    """Everyday things (``EVERYDAY_KIT``) the runner does not have to hand."""
    pool_days: tuple[Weekday, ...] = ()
    """Days the runner is at a pool: the only days a drill done in water is planned."""
    minutes: Budgets = Budgets()
    avoid: tuple[DrillId, ...] = ()
    """Exercise ids the runner does not want."""
    prefer: tuple[DrillId, ...] = ()
    """Exercise ids the runner enjoys; they get a small bonus."""
    work_days: tuple[Weekday, ...] = WORK_WEEK
    """Days with work breaks, for the micro-break drills."""
    units: Literal["metric", "imperial"] = "metric"
    hypermobile: YesNo | None = None

    @model_validator(mode="after")
    def _distinct_days(self) -> Self:
        if len(set(self.run_days)) != len(self.run_days):
            raise ValueError(f"run_days repeat a day: {[d.value for d in self.run_days]}")
        return self

    @property
    def kit(self) -> frozenset[Equipment]:
        """Everything the runner can use: what they listed, and the everyday things they have.

        A pool counts only on the days they are at one (``at_pool``), not as owned kit.
        """
        return (frozenset(self.equipment) | (EVERYDAY_KIT - set(self.lacks))) - {Equipment.POOL}

    def at_pool(self, day: dt.date) -> bool:
        return Weekday.of(day) in self.pool_days

    def runs_on(self, day: dt.date) -> bool:
        if self.runs:
            return day in self.runs
        return Weekday.of(day) in self.run_days


class FindingInput(_Input):
    """A finding the plan should serve or respect (from the assessment)."""

    id: str
    test: TestId
    side: Side | None = None
    status: Status
    severity: Literal["mild", "moderate", "marked"] | None = None
    """How far short of its norm, in the test's smallest real change (optional: a plan
    request without it starts every dose at the bottom of its range)."""


class Findings(_Input):
    """The latest assessment as the planner sees it."""

    items: tuple[FindingInput, ...] = ()
    hypermobile: bool = False
    refer: bool = False
    painful_regions: frozenset[Region] = frozenset()
    pain_unplaced: bool = False
    """Pain at rest with no place given: no drill that loads the body until the runner says
    where it hurts or that it has gone."""
    painful_tests: frozenset[TestId] = frozenset()
    """Tests that hurt: left out of the weekly retest until the pain is marked gone."""

    def has(self, finding_id: str) -> bool:
        return any(item.id == finding_id for item in self.items)


class ItemPart(BaseModel):
    """One block of an item: the drill, or one of its variants, with concrete numbers."""

    model_config = ConfigDict(frozen=True)

    variant_id: str | None
    name: str
    sets: int
    reps: int
    reps_unit: str
    hold_s: float | None
    hold_breaths: int | None
    rest_s: float | None = None
    """Rest after each held rep, where the article gives one."""
    hold_at: tuple[str, ...] = ()
    """Positions held in turn in each rep (each gets its own hold); empty: one hold."""
    hold_per_set: bool = False
    """One pause per set and side instead of one per rep."""
    limited_side: Side | None = None
    """The side that gets extra work, where a finding limits only one."""
    extra_reps: int = 0
    """Reps the limited side does on top of ``reps`` in each set."""


class Item(BaseModel):
    """One drill in a session, with its prescribed dose and the reason it is there.

    ``sets``, ``reps`` and the holds are those of the first part; ``parts`` lists every
    variant the drill goes through, in order, each with its own numbers.
    """

    model_config = ConfigDict(frozen=True)

    exercise_id: str
    variant_id: str | None
    name: str
    sets: int
    reps: int
    reps_unit: str
    hold_s: float | None
    hold_breaths: int | None
    sides: int
    minutes: float
    level: str
    why: str
    serves: tuple[str, ...] = ()
    """Finding ids this drill works on."""
    parts: tuple[ItemPart, ...] = ()


class Session(BaseModel):
    model_config = ConfigDict(frozen=True)

    context: Context
    minutes: float
    budget_minutes: float
    items: tuple[Item, ...]


class Day(BaseModel):
    model_config = ConfigDict(frozen=True)

    date: dt.date
    weekday: Weekday
    run: bool
    run_time: IsoTime | None = None
    sessions: tuple[Session, ...]
    retest: tuple[TestId, ...] = ()
    """Tests to repeat on this day (the weekly retest)."""


class PlanSource(BaseModel):
    """What a stored plan was made from, so a reader can tell what it reflects."""

    model_config = ConfigDict(frozen=True)

    catalogue_version: str
    profile_updated_at: dt.datetime | None = None
    """The profile's revision: when it was last saved."""
    assessment_uuid: uuid.UUID | None = None
    """The assessment whose findings it read (none before the first)."""
    kept_before: dt.date | None = None
    """Days before this date are those of the version it replaced (planned again mid-week)."""


class WeekPlan(BaseModel):
    """A week of sessions; ``optimal`` is true only when the solver proved it."""

    model_config = ConfigDict(frozen=True)

    week_start: dt.date
    optimal: bool
    solver_status: str
    objective: float
    days: tuple[Day, ...]
    notes: tuple[StoredNote, ...] = ()
    """Rules the budgets could not hold, and other things the runner should know."""
    refer: bool = False
    referral: str | None = None
    catalogue_version: str = ""
    source: PlanSource | None = None

    def keeping_days_before(self, day: dt.date, earlier: WeekPlan) -> WeekPlan:
        """This plan with the days before ``day`` as ``earlier`` planned them: a week planned
        again mid-week never rewrites a day that has passed."""
        if earlier.week_start != self.week_start:
            return self
        days = tuple(
            old if new.date < day else new for new, old in zip(self.days, earlier.days, strict=True)
        )
        return self.model_copy(update={"days": days})


TEST_REGIONS: dict[TestId, frozenset[Region]] = {
    TestId.SLR: frozenset(
        {Region.HAMSTRINGS, Region.HIP, Region.LOWER_BACK, Region.CALF, Region.HIP_FLEXORS}
    ),
    TestId.KNEE_TO_WALL: frozenset({Region.ANKLE, Region.CALF, Region.KNEE, Region.FOOT}),
    TestId.STANDING_HIP: frozenset(
        {Region.HIP, Region.HIP_FLEXORS, Region.GROIN, Region.GLUTES, Region.HAMSTRINGS}
    ),
    TestId.TIBIAL_ROTATION: frozenset({Region.KNEE, Region.SHIN, Region.FOOT}),
    TestId.THORACIC_ROTATION: frozenset(
        {Region.THORACIC_SPINE, Region.LOWER_BACK, Region.SHOULDERS, Region.KNEE, Region.ANKLE}
    ),
    TestId.BEIGHTON: frozenset({Region.ARMS, Region.KNEE, Region.LOWER_BACK, Region.HAMSTRINGS}),
}
"""What each test loads, from its movement and position (the knee-to-wall lunge loads the knee;
kneeling back on the heels for thoracic rotation loads the knees and ankles): pain during a
test with no place given counts these regions as painful."""

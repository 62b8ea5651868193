"""From what was stored (plans, session logs, retests) to each drill's :class:`DrillHistory`.

The progression engine (``progression.decide``) judges one drill from its history; this module
builds that history from the records of the weeks before the one being planned:

- the drills are those on the latest earlier week's plan, and any logged that week;
- the test a drill serves is read from the finding ids it serves (``slr_limited`` -> SLR); it
  passes when the latest assessment that recorded it finds nothing limited, asymmetric or
  painful; the trend is the last two such assessments compared (``assessment.compare``);
  a pass is clear when every side's reading is past its norm by the test's smallest real
  change, and passes in a row count the latest assessments that recorded it and passed;
- practice is what was logged (a drill on the plan and not skipped), and the ease is the mean
  of the ratings the runner gave it in the latest week;
- pain comes from the logged items (pain 1-10 in that drill).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TypeVar

from limberup.domain.assessment import Outcome, compare
from limberup.domain.assessment.evaluate import read_all
from limberup.domain.logbook import SessionLog, StoredAssessment, StoredDecision, StoredPlan
from limberup.domain.progression.decisions import Action, DrillHistory, DrillPain, Trend
from limberup.domain.vocabulary import Region, Status, TestId, finding_id

RETESTED = (
    TestId.SLR,
    TestId.KNEE_TO_WALL,
    TestId.STANDING_HIP,
    TestId.TIBIAL_ROTATION,
    TestId.THORACIC_ROTATION,
)
"""Tests a drill can make pass; hypermobility and pain are not trained away."""
FAILING = frozenset({Status.LIMITED, Status.ASYMMETRIC, Status.PAINFUL})
T = TypeVar("T")

TEST_OF_FINDING = {finding_id(test, status): test for test in RETESTED for status in Status}


def drill_histories(
    week_start: dt.date,
    plans: Sequence[StoredPlan],
    logs: Sequence[SessionLog],
    assessments: Sequence[StoredAssessment],
) -> tuple[DrillHistory, ...]:
    """The history of every drill of the latest week before ``week_start``.

    Args:
        week_start: the week about to be planned; only records from before it count.
        plans: stored plans (any versions; the newest of each week is the one followed).
        logs: session logs.
        assessments: stored assessments and retests.

    Returns:
        One history per drill, in the order the drills first appear; empty before any plan.
    """
    weekly = _newest_by_week(p for p in plans if p.week_start < week_start)
    if not weekly:
        return ()
    last_week = max(weekly)
    done = [log for log in logs if log.day < week_start]
    drills = _drills_of(weekly[last_week], [log for log in done if log.week_start == last_week])
    tested = sorted(
        (a for a in assessments if a.taken_on < week_start),
        key=lambda a: (a.taken_on, a.recorded_at),
    )
    histories = []
    for exercise_id, serves in drills.items():
        tests = sorted({TEST_OF_FINDING[f] for f in serves if f in TEST_OF_FINDING})
        trends = _trends(tests, tested)
        painful = _pain_by_session(exercise_id, done)
        last_week_logs = [log for log in done if log.week_start == last_week]
        histories.append(
            DrillHistory(
                exercise_id=exercise_id,
                test_passed=_passed(tests, tested),
                trend=trends[-1] if trends else None,
                weeks_practised=_weeks_practised(exercise_id, weekly, done, last_week),
                weeks_without_change=_trailing(trends, Trend.NO_REAL_CHANGE),
                pain_reports=sum(
                    hurt for log, hurt in painful if log.week_start == last_week and hurt
                ),
                pain_sessions_in_a_row=_trailing([hurt for _, hurt in painful], True),
                worst_pain=max(_pains(exercise_id, last_week_logs), default=0),
                pain_regions=_pain_regions(exercise_id, last_week_logs),
                clear_pass=_clear_pass(tests, tested),
                passes_in_a_row=_passes_in_a_row(tests, tested),
                ease=_mean_ease(exercise_id, last_week_logs),
            )
        )
    return tuple(histories)


def pains_in_week(week_start: dt.date, logs: Sequence[SessionLog]) -> dict[str, DrillPain]:
    """Each drill that hurt in the week of ``week_start``, by id, in the order it first hurt.

    Args:
        week_start: the week being planned (again).
        logs: session logs of any weeks; those after the week are ignored, earlier ones count
            towards the sessions in a row.
    """
    end = week_start + dt.timedelta(days=7)
    upto = [log for log in logs if log.day < end]
    this_week = sorted(
        (log for log in upto if log.day >= week_start), key=lambda log: (log.day, log.started_at)
    )
    found: dict[str, DrillPain] = {}
    for log in this_week:
        for item in log.items:
            if not item.painful or item.exercise_id in found:
                continue
            drill = item.exercise_id
            week_logs = [other for other in this_week if other.day >= log.day]
            found[drill] = DrillPain(
                exercise_id=drill,
                first_day=log.day,
                worst=max(_pains(drill, week_logs), default=0),
                regions=_pain_regions(drill, week_logs),
                sessions_in_a_row=_trailing(
                    [hurt for _, hurt in _pain_by_session(drill, upto)], True
                ),
            )
    return found


def _pains(exercise_id: str, logs: Iterable[SessionLog]) -> list[int]:
    return [
        item.pain or 0
        for log in logs
        for item in log.items
        if item.exercise_id == exercise_id and item.painful
    ]


def _pain_regions(exercise_id: str, logs: Iterable[SessionLog]) -> frozenset[Region]:
    return frozenset(
        item.pain_region
        for log in logs
        for item in log.items
        if item.exercise_id == exercise_id and item.painful and item.pain_region is not None
    )


@dataclass(frozen=True, slots=True)
class Standing:
    """Where the runner stands on the drill ladders after the decisions of earlier weeks.

    Attributes:
        retired: drills they moved past to a progression (left out of later plans).
        reached: progressions they moved on to (kept open in later plans).
    """

    retired: frozenset[str]
    reached: frozenset[str]


def standing(decisions: Iterable[StoredDecision], before: dt.date) -> Standing:
    """Replay the advances and step-backs of the weeks before ``before``, oldest first."""
    retired: set[str] = set()
    reached: set[str] = set()
    for decision in sorted(decisions, key=lambda d: (d.week_start, d.exercise_id)):
        if decision.week_start >= before or decision.replacement_id is None:
            continue
        if decision.action is Action.ADVANCE:
            retired.add(decision.exercise_id)
            reached.add(decision.replacement_id)
            retired.discard(decision.replacement_id)
        elif decision.action is Action.REGRESS:
            retired.discard(decision.replacement_id)
    return Standing(frozenset(retired), frozenset(reached - retired))


def _newest_by_week(plans: Iterable[StoredPlan]) -> dict[dt.date, StoredPlan]:
    newest: dict[dt.date, StoredPlan] = {}
    for plan in plans:
        if plan.week_start not in newest or plan.version > newest[plan.week_start].version:
            newest[plan.week_start] = plan
    return newest


def _drills_of(plan: StoredPlan, logs: Sequence[SessionLog]) -> dict[str, tuple[str, ...]]:
    drills: dict[str, set[str]] = {}
    for day in plan.plan.days:
        for session in day.sessions:
            for item in session.items:
                drills.setdefault(item.exercise_id, set()).update(item.serves)
    for log in logs:
        for logged in log.items:
            drills.setdefault(logged.exercise_id, set())
    return {drill: tuple(sorted(serves)) for drill, serves in drills.items()}


def _failing(assessment: StoredAssessment, test: TestId) -> bool | None:
    """Whether ``test`` fails in ``assessment``; None when it was not recorded."""
    found = [f for f in assessment.result.findings if f.test is test]
    if not found:
        return None
    return any(f.status in FAILING for f in found)


def _passed(tests: Sequence[TestId], tested: Sequence[StoredAssessment]) -> bool | None:
    verdicts = []
    for test in tests:
        latest = next((v for a in reversed(tested) if (v := _failing(a, test)) is not None), None)
        if latest is not None:
            verdicts.append(not latest)
    return all(verdicts) if verdicts else None


def _latest_recording(test: TestId, tested: Sequence[StoredAssessment]) -> StoredAssessment | None:
    return next((a for a in reversed(tested) if _failing(a, test) is not None), None)


def _clear_pass(tests: Sequence[TestId], tested: Sequence[StoredAssessment]) -> bool:
    """Every test's latest recording passes beyond measurement error on each side."""
    if not tests:
        return False
    for test in tests:
        latest = _latest_recording(test, tested)
        if latest is None or _failing(latest, test):
            return False
        sides = read_all(latest.inputs).get(test, {}).values()
        if not sides or not all(r.scale is not None and r.scale.clear_pass for r in sides):
            return False
    return True


def _passes_in_a_row(tests: Sequence[TestId], tested: Sequence[StoredAssessment]) -> int:
    """Assessments in a row, up to the latest that recorded the tests, in which all passed."""
    recorded = [a for a in tested if any(_failing(a, test) is not None for test in tests)]
    verdicts = [
        not any(_failing(a, test) for test in tests if _failing(a, test) is not None)
        for a in recorded
    ]
    return _trailing(verdicts, True)


def _mean_ease(exercise_id: str, logs: Iterable[SessionLog]) -> float | None:
    rated = [
        item.ease
        for log in logs
        for item in log.items
        if item.exercise_id == exercise_id and item.ease is not None and not item.skipped
    ]
    return round(sum(rated) / len(rated), 1) if rated else None


def _trends(tests: Sequence[TestId], tested: Sequence[StoredAssessment]) -> list[Trend]:
    """The trend between each pair of consecutive assessments that recorded the tests."""
    recorded = [a for a in tested if any(_failing(a, test) is not None for test in tests)]
    trends = []
    for previous, current in pairwise(recorded):
        outcomes = {
            change.outcome
            for change in compare(previous.inputs, current.inputs)
            if change.test in tests
        }
        if outcomes:
            trends.append(_overall(outcomes))
    return trends


def _overall(outcomes: set[Outcome]) -> Trend:
    # A side that got worse outweighs one that improved: it is the one to watch.
    if Outcome.WORSE in outcomes:
        return Trend.WORSE
    if Outcome.IMPROVED in outcomes:
        return Trend.IMPROVED
    return Trend.NO_REAL_CHANGE


def _pain_by_session(exercise_id: str, logs: Sequence[SessionLog]) -> list[tuple[SessionLog, bool]]:
    """Each session in which the drill was logged, oldest first, and whether it hurt."""
    ordered = sorted(logs, key=lambda log: (log.day, log.started_at))
    found = []
    for log in ordered:
        items = [item for item in log.items if item.exercise_id == exercise_id]
        if items:
            found.append((log, any(item.painful for item in items)))
    return found


def _weeks_practised(
    exercise_id: str,
    weekly: dict[dt.date, StoredPlan],
    logs: Sequence[SessionLog],
    last_week: dt.date,
) -> int:
    """Weeks in a row, back from ``last_week``, with the drill on the plan and done."""
    done_weeks = {
        log.week_start
        for log in logs
        for item in log.items
        if item.exercise_id == exercise_id and not item.skipped
    }
    weeks = 0
    week = last_week
    while week in weekly and week in done_weeks and _planned(weekly[week], exercise_id):
        weeks += 1
        week -= dt.timedelta(days=7)
    return weeks


def _planned(plan: StoredPlan, exercise_id: str) -> bool:
    return any(
        item.exercise_id == exercise_id
        for day in plan.plan.days
        for session in day.sessions
        for item in session.items
    )


def _trailing(values: Sequence[T], wanted: T) -> int:
    count = 0
    for value in reversed(values):
        if value != wanted:
            break
        count += 1
    return count

"""From weekly retests and session logs, decide what happens to each drill next week.

Seed 001's loop, with METHOD.md's rules. Only practice that was logged counts: a drill not
done last week changes nothing. A failed test that improved by at least its smallest real
change, or stayed flat over two weeks of practice, steps up to the drill's progression; a test
passed by more than its measurement error, or passed twice in a row, drops to the maintenance
dose (the fewest days of its range); pain in a drill steps it back (its regression, or a
smaller range and load). The runner's ease rating moves the dose within the range: a drill
rated hard stays at the bottom, one rated easy goes to the top. Otherwise hold, and say why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from limberup.domain.catalog import Catalogue, Exercise
from limberup.domain.vocabulary import Region


class Action(StrEnum):
    ADVANCE = "advance"
    HOLD = "hold"
    MAINTAIN = "maintain"
    REGRESS = "regress"
    STOP = "stop"
    """Pain that persists across sessions: leave the drill out and see a clinician."""


class Trend(StrEnum):
    """The retest against the one before, judged by the test's smallest real change."""

    IMPROVED = "improved"
    NO_REAL_CHANGE = "no_real_change"
    WORSE = "worse"


@dataclass(frozen=True, slots=True)
class DrillHistory:
    """What happened with one drill and the test it serves.

    Args:
        exercise_id: the drill.
        test_passed: whether the latest retest of the test it serves passed (None: no test).
        trend: the latest retest against the previous one (None: fewer than two retests).
        weeks_practised: weeks in a row the drill was on the plan and done.
        weeks_without_change: weeks in a row the retest showed no real change.
        pain_reports: sessions in the latest week where pain was logged in this drill.
        pain_sessions_in_a_row: consecutive sessions, up to the latest, with pain in it.
        worst_pain: the highest pain logged in it in the latest week (0-10).
        pain_regions: where it hurt in the latest week.
        clear_pass: the latest pass is beyond the test's measurement error on every side.
        passes_in_a_row: retests in a row, up to the latest, in which the test passed.
        ease: the mean ease the runner rated it in the latest week (1 very hard - 5 very
            easy), None when not rated.
    """

    exercise_id: str
    test_passed: bool | None = None
    trend: Trend | None = None
    weeks_practised: int = 0
    weeks_without_change: int = 0
    pain_reports: int = 0
    pain_sessions_in_a_row: int = 0
    worst_pain: int = 0
    pain_regions: frozenset[Region] = field(default_factory=frozenset)
    clear_pass: bool = False
    passes_in_a_row: int = 0
    ease: float | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    exercise_id: str
    action: Action
    reason: str
    replacement_id: str | None = None
    """The drill that takes this one's place (its progression or regression)."""
    weeks_practised: int = 0
    """Weeks in a row the drill was done: its dose moves up its range with them."""


PERSISTENT_PAIN_SESSIONS = 2
"""Pain in this many sessions in a row counts as persisting: stop and refer (METHOD.md)."""
STOP_PAIN_LEVEL = 6
"""Ours: pain of 6/10 or more in a drill stops it and calls for a clinician, at once. Below
it, pain steps the drill back (METHOD.md: reduce range, force or load). On the usual 0-10
scale, 5 and under is read as acceptable in graded loading, so 6 is the first clear excess."""


@dataclass(frozen=True, slots=True)
class DrillPain:
    """Pain logged in a drill during the week being planned.

    Args:
        exercise_id: the drill that hurt.
        first_day: the first day this week it hurt; the plan changes from then on.
        worst: the highest level logged (1-10).
        regions: where it hurt.
        sessions_in_a_row: consecutive sessions, up to the latest, with pain in it (earlier
            weeks included).
    """

    exercise_id: str
    first_day: dt.date
    worst: int
    regions: frozenset[Region]
    sessions_in_a_row: int = 1

    @property
    def stops(self) -> bool:
        """Pain this strong, or in this many sessions, stops the drill and refers."""
        return self.worst >= STOP_PAIN_LEVEL or self.sessions_in_a_row >= PERSISTENT_PAIN_SESSIONS


def safe_regression(
    exercise: Exercise, hurt: frozenset[Region], catalogue: Catalogue
) -> Exercise | None:
    """The first easier drill that stretches none of the tissues that hurt, if any.

    A regression works with less range or load; one that stretches the painful tissue (a
    passive hamstring stretch after hamstring pain) is no step back but a push into it.
    """
    for regression_id in exercise.regressions:
        easier = catalogue.get(regression_id)
        if not easier.stretched() & hurt:
            return easier
    return None


FLAT_WEEKS_BEFORE_ADVANCING = 2
"""Seed 001 expects marked change within a couple of weeks; flat for two means step up."""
PASSES_BEFORE_MAINTENANCE = 2
"""A pass inside measurement error counts once it is repeated (METHOD.md: passed twice)."""
HARD_EASE = 2
"""Ours: rated 2/5 (hard) or 1/5 (very hard): the dose stays at the bottom of its range."""
EASY_EASE = 4
"""Ours: rated 4/5 (easy) or 5/5 (very easy): the dose goes to the top of its range."""


def decide(history: DrillHistory, catalogue: Catalogue) -> Decision:
    """The decision for one drill, with the reason in plain words."""
    return replace(_decide(history, catalogue), weeks_practised=history.weeks_practised)


def _stop_for_pain(exercise: Exercise, history: DrillHistory) -> Decision | None:
    """Pain that persists or is strong: leave the drill out and refer."""
    if history.pain_sessions_in_a_row >= PERSISTENT_PAIN_SESSIONS:
        return Decision(
            exercise.id,
            Action.STOP,
            f"pain in {history.pain_sessions_in_a_row} sessions in a row: this drill is left "
            "out; please have it looked at by a physiotherapist or doctor",
        )
    if history.worst_pain >= STOP_PAIN_LEVEL:
        return Decision(
            exercise.id,
            Action.STOP,
            f"pain of {history.worst_pain}/10 in it: this drill is left out; please have it "
            "looked at by a physiotherapist or doctor",
        )
    return None


def _decide(history: DrillHistory, catalogue: Catalogue) -> Decision:
    exercise = catalogue.get(history.exercise_id)
    stopped = _stop_for_pain(exercise, history)
    if stopped is not None:
        return stopped
    if history.pain_reports > 0:
        return _regress(exercise, history.pain_regions, catalogue)
    if history.weeks_practised == 0:
        return Decision(
            exercise.id,
            Action.HOLD,
            "not done last week, so nothing to judge: the same drill at the same dose",
        )
    if history.test_passed:
        return _maintain_or_hold(exercise, history)
    if history.test_passed is False:
        return _advance_or_hold(exercise, history)
    return Decision(exercise.id, Action.HOLD, "no retest to go by yet: keep the same dose")


def decide_all(histories: Sequence[DrillHistory], catalogue: Catalogue) -> tuple[Decision, ...]:
    return tuple(decide(history, catalogue) for history in histories)


def _regress(exercise: Exercise, hurt: frozenset[Region], catalogue: Catalogue) -> Decision:
    easier = safe_regression(exercise, hurt, catalogue)
    if easier is not None:
        return Decision(
            exercise.id,
            Action.REGRESS,
            "pain was reported in it: back to an easier drill",
            easier.id,
        )
    return Decision(
        exercise.id,
        Action.REGRESS,
        "pain was reported in it: smaller range, less force or load, lowest dose",
    )


def _maintain_or_hold(exercise: Exercise, history: DrillHistory) -> Decision:
    if history.clear_pass or history.passes_in_a_row >= PASSES_BEFORE_MAINTENANCE:
        why = (
            "the test it serves now passes by more than its measurement error"
            if history.clear_pass
            else f"the test it serves passed {history.passes_in_a_row} times in a row"
        )
        return Decision(
            exercise.id,
            Action.MAINTAIN,
            f"{why}: the same drill at the maintenance dose, fewest days a week",
        )
    return Decision(
        exercise.id,
        Action.HOLD,
        "the test passes, but by less than its measurement error: the same dose until a "
        "second pass confirms it",
    )


def _advance_or_hold(exercise: Exercise, history: DrillHistory) -> Decision:
    practised = min(history.weeks_practised, history.weeks_without_change)
    flat = history.trend is Trend.NO_REAL_CHANGE and practised >= FLAT_WEEKS_BEFORE_ADVANCING
    if history.ease is not None and history.ease <= HARD_EASE:
        return Decision(
            exercise.id,
            Action.REGRESS,
            f"you rated it hard ({history.ease:g}/5): the bottom of its dose range until it "
            "feels easier",
        )
    if history.trend is Trend.IMPROVED or flat:
        why = (
            "the retest improved by more than measurement error but does not pass yet"
            if history.trend is Trend.IMPROVED
            else f"{practised} weeks of practice without a real change"
        )
        if exercise.progressions:
            return Decision(
                exercise.id,
                Action.ADVANCE,
                f"{why}: on to the next level",
                exercise.progressions[0],
            )
        return Decision(
            exercise.id,
            Action.ADVANCE,
            f"{why}: the full dose of its range",
        )
    if history.trend is Trend.WORSE:
        return Decision(
            exercise.id,
            Action.HOLD,
            "the retest got worse without pain: keep the dose and check the technique",
        )
    if history.ease is not None and history.ease >= EASY_EASE:
        return Decision(
            exercise.id,
            Action.ADVANCE,
            f"you rated it easy ({history.ease:g}/5): the top of its dose range",
        )
    return Decision(
        exercise.id, Action.HOLD, "still failing, not yet flat for two weeks: keep going"
    )

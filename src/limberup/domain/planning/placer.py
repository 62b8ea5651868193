"""One greedy placer: fill a week after the optimum, or build one when the solver fails.

Every placement goes through the same ledger, which keeps the hard rules the integer model
keeps as constraints: a session's time budget, a drill's days a week, a drill at most once a
day, and the corrective pair only together, first then second. The candidates themselves
already obey the filtering rules (kit, pre-run holds, hypermobility, pain).

After an optimum the objective only counts what is covered, so adding a drill can never lower
it, and at an optimum it cannot raise it either. Filling and dosing are therefore tie-breaks
among optimal weeks. A budget is a ceiling, not a target: a session grows only by a drill that
serves a finding it does not serve yet (or a pre-run step it lacks), within its shape
(``session_shape``), most useful first; then doses rise wherever the time allows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from limberup.domain.catalog import Exercise
from limberup.domain.planning.candidates import Candidate, Slot
from limberup.domain.planning.prep import prep_step
from limberup.domain.planning.score import PairRule, severities
from limberup.domain.planning.session_shape import MAX_DRILLS, one_per_pattern, patterns_repeated
from limberup.domain.planning.week import Findings, Profile
from limberup.domain.vocabulary import Context


class _Ledger:
    """The week placed so far, and whether one more candidate keeps the rules."""

    def __init__(self, week: Iterable[Candidate]) -> None:
        self.week: list[Candidate] = []
        self.seconds: defaultdict[int, float] = defaultdict(float)
        self.days: defaultdict[str, set[int]] = defaultdict(set)
        self.sessions: defaultdict[int, list[Exercise]] = defaultdict(list)
        self.served: defaultdict[int, set[str]] = defaultdict(set)
        self.steps: defaultdict[int, set[int]] = defaultdict(set)
        for candidate in week:
            self.add(candidate)

    def fits(self, candidate: Candidate, *, extra_s: float = 0.0, extra_drills: int = 0) -> bool:
        drill = candidate.drill.exercise.id
        days = self.days[drill]
        slot = candidate.slot
        session = self.sessions[slot.index]
        return (
            slot.day not in days
            and len(days) < candidate.drill.max_days
            and self.seconds[slot.index] + candidate.seconds + extra_s <= slot.budget_s
            and len(session) + 1 + extra_drills <= MAX_DRILLS[slot.context]
            and not (
                one_per_pattern(slot.context, slot.budget_s)
                and patterns_repeated((*session, candidate.drill.exercise))
            )
        )

    def add(self, candidate: Candidate) -> None:
        self.week.append(candidate)
        self.seconds[candidate.slot.index] += candidate.seconds
        self.days[candidate.drill.exercise.id].add(candidate.slot.day)
        self.sessions[candidate.slot.index].append(candidate.drill.exercise)
        self.served[candidate.slot.index] |= set(candidate.drill.serves)
        if (step := prep_step(candidate.drill.exercise.id)) is not None:
            self.steps[candidate.slot.index].add(step)

    def adds_something(self, candidate: Candidate, findings: Iterable[str]) -> bool:
        """Whether ``candidate`` serves one of ``findings`` its session does not serve yet,
        or is a preparation step its pre-run lacks: the only reasons to grow a session."""
        slot = candidate.slot.index
        if set(candidate.drill.serves) & set(findings) - self.served[slot]:
            return True
        step = prep_step(candidate.drill.exercise.id)
        return (
            candidate.slot.context is Context.PRE_RUN
            and step is not None
            and step not in self.steps[slot]
        )


def fill_week(
    chosen: Sequence[Candidate],
    options: Sequence[Candidate],
    *,
    findings: Findings,
    profile: Profile,
    pair: PairRule | None,
) -> list[Candidate]:
    """``chosen`` plus the drills that still keep the rules and add to their session (a
    finding it does not serve yet, a preparation step it lacks), most useful first."""
    ledger = _Ledger(chosen)
    weights = severities(findings)
    paired = {pair.first, pair.second} if pair else set()

    def priority(c: Candidate) -> tuple[float, int, int, float, int]:
        serves = sum(weights.get(f, 0.0) for f in c.drill.serves)
        preferred = int(c.drill.exercise.id in profile.prefer)
        return (-serves, -preferred, len(ledger.days[c.drill.exercise.id]), c.seconds, c.index)

    for slot_index in sorted({c.slot.index for c in options}):
        pool = [c for c in options if c.slot.index == slot_index]
        for c in sorted(pool, key=priority):
            if (
                c.drill.exercise.id not in paired
                and ledger.adds_something(c, weights)
                and ledger.fits(c)
            ):
                ledger.add(c)
    return ledger.week


def greedy_week(
    options: Sequence[Candidate],
    slots: Sequence[Slot],
    *,
    findings: Findings,
    profile: Profile,
    pair: PairRule | None,
) -> list[Candidate]:
    """A week without the solver: the corrective pair where it fits, the lightest drill that
    keeps the rules before each run, then :func:`fill_week`."""
    ledger = _Ledger(())
    if pair is not None:
        for day in sorted(pair.days):
            for candidate in _pair_on(day, options, pair, ledger):
                ledger.add(candidate)
    for slot in slots:
        if slot.context is not Context.PRE_RUN:
            continue
        here = sorted((c for c in options if c.slot.index == slot.index), key=lambda c: c.seconds)
        lightest = next((c for c in here if ledger.fits(c)), None)
        if lightest is not None:
            ledger.add(lightest)
    return fill_week(ledger.week, options, findings=findings, profile=profile, pair=pair)


def _pair_on(
    day: int, options: Sequence[Candidate], pair: PairRule, ledger: _Ledger
) -> list[Candidate]:
    for slot_index in sorted({c.slot.index for c in options if c.slot.day == day}):
        here = [c for c in options if c.slot.index == slot_index]
        first = next((c for c in here if c.drill.exercise.id == pair.first), None)
        second = next((c for c in here if c.drill.exercise.id == pair.second), None)
        if (
            first
            and second
            and ledger.fits(first, extra_s=second.seconds, extra_drills=1)
            and ledger.fits(second)
        ):
            return [first, second]
    return []


def raise_doses(
    week: Sequence[Candidate],
    fuller: Mapping[tuple[int, str], Sequence[Candidate]],
    *,
    findings: Findings,
    pair: PairRule | None,
) -> list[Candidate]:
    """Swap in the fullest dose of each drill its session has the minutes for."""
    weights = severities(findings)
    paired = {pair.first, pair.second} if pair else set()
    used = _Ledger(week).seconds
    result = list(week)

    def priority(i: int) -> tuple[int, float, int]:
        c = result[i]
        serves = sum(weights.get(f, 0.0) for f in c.drill.serves)
        return (-int(c.drill.exercise.id in paired), -serves, c.index)

    for i in sorted(range(len(result)), key=priority):
        current = result[i]
        room = current.slot.budget_s - used[current.slot.index]
        heavier = [
            c
            for c in fuller.get((current.slot.index, current.drill.exercise.id), ())
            if current.seconds < c.seconds <= current.seconds + room
        ]
        if heavier:
            better = max(heavier, key=lambda c: c.seconds)
            result[i] = better
            used[current.slot.index] += better.seconds - current.seconds
    return result

"""Change each hard planner rule and progression constant in turn; show which fast test fails.

Run by hand, never in CI (it runs the unit suite once per mutation, up to a minute each):

    nice -n 10 .venv/bin/python tools/rule_mutations.py            # every mutation
    nice -n 10 .venv/bin/python tools/rule_mutations.py --only pair  # names containing "pair"
    nice -n 10 .venv/bin/python tools/rule_mutations.py --number 8 12  # as numbered by --list
    .venv/bin/python tools/rule_mutations.py --list                  # the table, nothing run

It copies the repository's tracked files into a temporary folder once, then for each mutation
patches one file there (stopping if the old text is not found exactly once), runs
``pytest -x -q -p no:randomly`` over tests/unit (planning and rules first, so a caught
mutation stops early) with a time limit, restores the file, and records the first failing
test, or SURVIVED. The working tree is never touched. It prints a Markdown table and the time.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TIMEOUT_S = 300
FIRST = (
    "tests/unit/planning",
    "tests/unit/rules",
    "tests/unit/dosing",
    "tests/unit/progression",
    "tests/unit/storage",
)
"""Run first: the tests closest to the rules, so a caught mutation fails fast."""

CAND = "src/limberup/domain/planning/candidates.py"
MODEL = "src/limberup/domain/planning/model.py"
PLACER = "src/limberup/domain/planning/placer.py"
SCORE = "src/limberup/domain/planning/score.py"
PLANNER = "src/limberup/domain/planning/planner.py"
EXPLAIN = "src/limberup/domain/planning/explain.py"
DECIDE = "src/limberup/domain/progression/decisions.py"
HISTORY = "src/limberup/domain/progression/history.py"
DOSING = "src/limberup/domain/dosing.py"
FIT = "src/limberup/domain/dose_fit.py"
TIMELINE = "src/limberup/domain/session/timeline.py"
READING = "src/limberup/domain/assessment/reading.py"
SLR = "src/limberup/domain/assessment/slr.py"
PREP = "src/limberup/domain/planning/prep.py"
SHAPE = "src/limberup/domain/planning/session_shape.py"
WEEK = "src/limberup/domain/planning/week.py"
VOCAB = "src/limberup/domain/vocabulary.py"
COACH_WEEK = "tests/integration/planning/test_coach_week.py"


@dataclass(frozen=True, slots=True)
class Mutation:
    rule: str
    path: str
    old: str
    new: str
    what: str


M = Mutation
MUTATIONS: tuple[Mutation, ...] = (
    # --- Filtering rules (candidates.py) -------------------------------------------------
    M(
        "pre-run hold < 60 s",
        CAND,
        "part.hold_s < MAX_PRE_RUN_HOLD_S and",
        "part.hold_s <= MAX_PRE_RUN_HOLD_S and",
        "hold `<` -> `<=`",
    ),
    M(
        "pre-run hold < 60 s (breaths)",
        CAND,
        "part.hold_breaths * BREATH_S < MAX_PRE_RUN_HOLD_S",
        "part.hold_breaths * BREATH_S <= MAX_PRE_RUN_HOLD_S",
        "breath hold `<` -> `<=`",
    ),
    M(
        "pre-run hold limit",
        CAND,
        "MAX_PRE_RUN_HOLD_S = 60.0",
        "MAX_PRE_RUN_HOLD_S = 90.0",
        "60 s -> 90 s",
    ),
    M(
        "pre-run modalities",
        CAND,
        "{Modality.DYNAMIC, Modality.ACTIVATION, Modality.SOFT_TISSUE, Modality.STRENGTH}",
        "{Modality.DYNAMIC, Modality.ACTIVATION, Modality.SOFT_TISSUE, Modality.STRENGTH, "
        "Modality.STATIC_HOLD}",
        "static holds allowed",
    ),
    M(
        "pre-run modalities",
        CAND,
        "{Modality.DYNAMIC, Modality.ACTIVATION, Modality.SOFT_TISSUE, Modality.STRENGTH}",
        "{Modality.DYNAMIC, Modality.ACTIVATION, Modality.SOFT_TISSUE}",
        "strength dropped",
    ),
    M(
        "pre-run modalities",
        CAND,
        "    if exercise.modality not in PRE_RUN_MODALITIES:\n        return False\n",
        "",
        "modality check removed",
    ),
    M(
        "pre-run filter applied",
        CAND,
        "if slot.context is Context.PRE_RUN and not pre_run_safe(",
        "if False and not pre_run_safe(",
        "filter skipped in candidates()",
    ),
    M(
        "budget per session (alone)",
        CAND,
        "if dosed.seconds <= slot.budget_s:",
        "if True:",
        "a drill longer than the session offered",
    ),
    M(
        "budget per context",
        CAND,
        "budget = profile.minutes.of(context) * 60",
        "budget = profile.minutes.of(context) * 90",
        "minutes x 90 s",
    ),
    M(
        "budget per context",
        CAND,
        "if budget > 0:",
        "if budget >= 0:",
        "zero-minute sessions exist",
    ),
    M(
        "sessions per day",
        CAND,
        "Context.PRE_RUN if profile.runs_on(date) else Context.REST_DAY",
        "Context.PRE_RUN if not profile.runs_on(date) else Context.REST_DAY",
        "pre-run on rest days",
    ),
    M(
        "sessions per day",
        CAND,
        "if Weekday.of(date) in profile.work_days:",
        "if True:",
        "micro breaks every day",
    ),
    M(
        "days a week from dose",
        CAND,
        "return int(days.max) if days is not None else 7",
        "return int(days.max) + 1 if days is not None else 7",
        "dose max + 1",
    ),
    M(
        "equipment filter",
        CAND,
        "if exercise.id in profile.avoid or not exercise.can_be_done_with(owned):",
        "if exercise.id in profile.avoid:",
        "kit ignored",
    ),
    M(
        "avoid list",
        CAND,
        "if exercise.id in profile.avoid or not exercise.can_be_done_with(owned):",
        "if not exercise.can_be_done_with(owned):",
        "avoided drills kept",
    ),
    M(
        "hypermobility filter",
        CAND,
        "if hypermobile and exercise.modality is Modality.STATIC_HOLD:",
        "if False:",
        "static holds kept",
    ),
    M(
        "hypermobility filter",
        CAND,
        "hypermobile = findings.hypermobile or bool(profile.hypermobile)",
        "hypermobile = findings.hypermobile",
        "profile's yes ignored",
    ),
    M(
        "pain filter",
        CAND,
        "return not set(exercise.regions) & findings.painful_regions",
        "return True",
        "painful regions kept",
    ),
    M(
        "maintenance days",
        CAND,
        "DEFAULT_MAINTENANCE_DAYS = 2",
        "DEFAULT_MAINTENANCE_DAYS = 3",
        "2 -> 3",
    ),
    M(
        "maintenance days",
        CAND,
        "return int(days.min)",
        "return int(days.max)",
        "range max, not min",
    ),
    M(
        "maintenance days",
        CAND,
        "if days is not None and 1 <= days.min < days.max:",
        "if days is not None and 1 <= days.min <= days.max:",
        "single figure kept",
    ),
    M(
        "maintenance dose",
        CAND,
        "if decision.action in (Action.REGRESS, Action.MAINTAIN):",
        "if decision.action in (Action.REGRESS,):",
        "maintain at full range",
    ),
    M(
        "regress dose",
        CAND,
        "if decision.action in (Action.REGRESS, Action.MAINTAIN):",
        "if decision.action in (Action.MAINTAIN,):",
        "regress at full range",
    ),
    M(
        "advance dose",
        CAND,
        "        return (DoseLevel.HIGH,)\n",
        "        return (DoseLevel.LOW, DoseLevel.HIGH)\n",
        "advance may stay low",
    ),
    M(
        "stopped drill left out",
        CAND,
        "if exercise.id in locked or (decision and decision.action is Action.STOP):",
        "if exercise.id in locked:",
        "STOP ignored",
    ),
    M(
        "progressions locked",
        CAND,
        "locked = (locked_progressions(catalogue) - reached) | retired",
        "locked = retired",
        "next levels open",
    ),
    M(
        "retired drills",
        CAND,
        "locked = (locked_progressions(catalogue) - reached) | retired",
        "locked = locked_progressions(catalogue) - reached",
        "retired drills return",
    ),
    M(
        "corrective pair drills",
        CAND,
        'SLR_FINDING = "slr_limited"',
        'SLR_FINDING = "slr_asymmetric"',
        "wrong finding",
    ),
    # --- The model's hard constraints (model.py) -----------------------------------------
    M(
        "model: session budget",
        MODEL,
        "if sum(c.seconds for c in members) > members[0].slot.budget_s:",
        "if False:",
        "no budget row",
    ),
    M(
        "model: session budget",
        MODEL,
        "ip.add_row({c.index: c.seconds for c in members}, upper=members[0].slot.budget_s)",
        "ip.add_row({c.index: c.seconds for c in members}, upper=2 * members[0].slot.budget_s)",
        "budget doubled",
    ),
    M(
        "model: once a day",
        MODEL,
        "ip.add_row(dict.fromkeys(members, 1.0), upper=1.0)",
        "ip.add_row(dict.fromkeys(members, 1.0), upper=2.0)",
        "twice a day",
    ),
    M(
        "model: days a week",
        MODEL,
        "if days > limits[drill]:",
        "if days > limits[drill] + 1:",
        "row only above limit + 1",
    ),
    M(
        "model: days a week",
        MODEL,
        "ip.add_row(dict.fromkeys(members, 1.0), upper=float(limits[drill]))",
        "ip.add_row(dict.fromkeys(members, 1.0), upper=float(limits[drill] + 1))",
        "limit + 1",
    ),
    M(
        "model: pair together",
        MODEL,
        "ip.add_row(row, lower=0.0, upper=0.0)",
        "ip.add_row(row, lower=-1.0, upper=1.0)",
        "pair apart",
    ),
    M(
        "model: pair every day",
        MODEL,
        '_indicator(ip, f"pair{day}", RULE_GAIN, members)',
        '_indicator(ip, f"pair{day}", 0.0, members)',
        "pair day worth 0",
    ),
    M(
        "model: pre-run every run day",
        MODEL,
        '_indicator(ip, f"pre_run{slot.index}", RULE_GAIN, members)',
        '_indicator(ip, f"pre_run{slot.index}", 0.0, members)',
        "pre-run worth 0",
    ),
    M(
        "model: finding severity",
        MODEL,
        "FINDING_DAY_GAIN * weights[finding], members)",
        "FINDING_DAY_GAIN, members)",
        "severity ignored in model",
    ),
    # --- Pair days (planner.py) ------------------------------------------------------------
    M(
        "pair not before a run",
        PLANNER,
        "        if slot.context is Context.PRE_RUN:\n            continue\n        needed",
        "        needed",
        "pair asked for pre-run",
    ),
    M(
        "pair only where both fit",
        PLANNER,
        "if None not in needed and sum(n for n in needed if n is not None) <= slot.budget_s:",
        "if None not in needed:",
        "pair asked where it cannot fit",
    ),
    M(
        "pair days a week",
        PLANNER,
        "limit = min(first.max_days, second.max_days)",
        "limit = max(first.max_days, second.max_days)",
        "min -> max",
    ),
    # --- The fallback placer's ledger and order (placer.py) ------------------------------
    M("ledger: once a day", PLACER, "candidate.slot.day not in days\n", "True\n", "same day twice"),
    M(
        "ledger: days a week",
        PLACER,
        "and len(days) < candidate.drill.max_days",
        "and len(days) <= candidate.drill.max_days",
        "`<` -> `<=`",
    ),
    M(
        "ledger: session budget",
        PLACER,
        "            <= candidate.slot.budget_s\n",
        "            <= candidate.slot.budget_s + 60\n",
        "budget + 60 s",
    ),
    M(
        "ledger: pair never halved",
        PLACER,
        "if c.drill.exercise.id not in paired and ledger.fits(c):",
        "if ledger.fits(c):",
        "fill adds half a pair",
    ),
    M(
        "ledger: pair fits together",
        PLACER,
        "ledger.fits(first, extra_s=second.seconds)",
        "ledger.fits(first)",
        "second's time not counted",
    ),
    M(
        "ledger: raise within budget",
        PLACER,
        "if used[current.slot.index] + extra <= current.slot.budget_s:",
        "if True:",
        "doses raised past budget",
    ),
    M(
        "fill order: findings first",
        PLACER,
        "return (-serves, -preferred, len(ledger.days[c.drill.exercise.id]), c.seconds, c.index)",
        "return (-preferred, -serves, len(ledger.days[c.drill.exercise.id]), c.seconds, c.index)",
        "preference before findings",
    ),
    M(
        "fill order: fewest days",
        PLACER,
        "return (-serves, -preferred, len(ledger.days[c.drill.exercise.id]), c.seconds, c.index)",
        "return (-serves, -preferred, -len(ledger.days[c.drill.exercise.id]), c.seconds, c.index)",
        "most days first",
    ),
    M(
        "fill order: shortest",
        PLACER,
        "return (-serves, -preferred, len(ledger.days[c.drill.exercise.id]), c.seconds, c.index)",
        "return (-serves, -preferred, len(ledger.days[c.drill.exercise.id]), -c.seconds, c.index)",
        "longest first",
    ),
    M(
        "fill order: slots in week order",
        PLACER,
        "for slot_index in sorted({c.slot.index for c in options}):",
        "for slot_index in sorted({c.slot.index for c in options}, reverse=True):",
        "last slot first",
    ),
    M(
        "fallback: lightest pre-run",
        PLACER,
        "key=lambda c: c.seconds)",
        "key=lambda c: -c.seconds)",
        "heaviest pre-run",
    ),
    M(
        "fallback: pre-run before fill",
        PLACER,
        "        if lightest is not None:\n            ledger.add(lightest)\n",
        "",
        "no pre-run step",
    ),
    M(
        "fallback: pair first",
        PLACER,
        "            for candidate in _pair_on(day, options, pair, ledger):\n"
        "                ledger.add(candidate)\n",
        "            pass\n",
        "no pair step",
    ),
    M(
        "raise order: pair first",
        PLACER,
        "return (-int(c.drill.exercise.id in paired), -serves, c.index)",
        "return (int(c.drill.exercise.id in paired), -serves, c.index)",
        "pair raised last",
    ),
    # --- Session order (explain.py) ------------------------------------------------------
    M(
        "session order: seed 004 phases",
        EXPLAIN,
        "(Modality.SOFT_TISSUE, Modality.ACTIVATION, Modality.STRENGTH, Modality.DYNAMIC)",
        "(Modality.ACTIVATION, Modality.SOFT_TISSUE, Modality.STRENGTH, Modality.DYNAMIC)",
        "activate before rolling",
    ),
    M(
        "session order: ground up",
        EXPLAIN,
        "    Region.FOOT,\n    Region.ANKLE,\n",
        "    Region.ANKLE,\n    Region.FOOT,\n",
        "ankle before foot",
    ),
    M(
        "session order: by context",
        EXPLAIN,
        "return (phase, region) if context is Context.PRE_RUN else (region, phase)",
        "return (region, phase)",
        "pre-run ground up",
    ),
    M(
        "session order: pair adjacent",
        EXPLAIN,
        "            out.extend(seconds)\n            seconds = []\n",
        "            pass\n",
        "second at the end",
    ),
    # --- Objective weights (score.py) ----------------------------------------------------
    M(
        "objective: asymmetry weight",
        SCORE,
        "Status.ASYMMETRIC: 0.8",
        "Status.ASYMMETRIC: 0.0",
        "0.8 -> 0",
    ),
    M(
        "objective: asymmetry weight",
        SCORE,
        "Status.ASYMMETRIC: 0.8",
        "Status.ASYMMETRIC: 1.0",
        "0.8 -> 1.0",
    ),
    M("objective: limited weight", SCORE, "Status.LIMITED: 1.0", "Status.LIMITED: 0.0", "1 -> 0"),
    M(
        "objective: hypermobile weight",
        SCORE,
        "Status.HYPERMOBILE: 1.0",
        "Status.HYPERMOBILE: 0.0",
        "1 -> 0",
    ),
    M(
        "objective: severity per side",
        SCORE,
        "weights[item.id] = weights.get(item.id, 0.0) + SEVERITY.get(item.status, 0.0)",
        "weights[item.id] = max(weights.get(item.id, 0.0), SEVERITY.get(item.status, 0.0))",
        "sides not summed",
    ),
    M("objective: RULE_GAIN", SCORE, "RULE_GAIN = 100_000.0", "RULE_GAIN = 10.0", "100 000 -> 10"),
    M(
        "objective: FINDING_DAY_GAIN",
        SCORE,
        "FINDING_DAY_GAIN = 10.0",
        "FINDING_DAY_GAIN = 0.0",
        "10 -> 0",
    ),
    M("objective: REGION_GAIN", SCORE, "REGION_GAIN = 4.0", "REGION_GAIN = 0.0", "4 -> 0"),
    M("objective: PLANE_GAIN", SCORE, "PLANE_GAIN = 4.0", "PLANE_GAIN = 0.0", "4 -> 0"),
    M("objective: VARIETY_GAIN", SCORE, "VARIETY_GAIN = 2.0", "VARIETY_GAIN = 0.0", "2 -> 0"),
    M("objective: PREFERRED_GAIN", SCORE, "PREFERRED_GAIN = 1.0", "PREFERRED_GAIN = 0.0", "1 -> 0"),
    M(
        "objective: ACTIVE_DAY_GAIN",
        SCORE,
        "ACTIVE_DAY_GAIN = 3.0",
        "ACTIVE_DAY_GAIN = 0.0",
        "3 -> 0",
    ),
    # --- Progression (decisions.py, history.py, planner.py) ------------------------------
    M(
        "FLAT_WEEKS_BEFORE_ADVANCING",
        DECIDE,
        "FLAT_WEEKS_BEFORE_ADVANCING = 2",
        "FLAT_WEEKS_BEFORE_ADVANCING = 3",
        "2 -> 3",
    ),
    M(
        "flat weeks compare",
        DECIDE,
        "and practised >= FLAT_WEEKS_BEFORE_ADVANCING",
        "and practised > FLAT_WEEKS_BEFORE_ADVANCING",
        "`>=` -> `>`",
    ),
    M(
        "flat means no real change",
        DECIDE,
        "flat = history.trend is Trend.NO_REAL_CHANGE and practised",
        "flat = practised",
        "worse counts as flat",
    ),
    M(
        "improved advances",
        DECIDE,
        "if history.trend is Trend.IMPROVED or flat:",
        "if flat:",
        "improved holds",
    ),
    M(
        "PERSISTENT_PAIN_SESSIONS",
        DECIDE,
        "PERSISTENT_PAIN_SESSIONS = 2",
        "PERSISTENT_PAIN_SESSIONS = 3",
        "2 -> 3",
    ),
    M(
        "persistent pain compare",
        DECIDE,
        "if history.pain_sessions_in_a_row >= PERSISTENT_PAIN_SESSIONS:",
        "if history.pain_sessions_in_a_row > PERSISTENT_PAIN_SESSIONS:",
        "`>=` -> `>`",
    ),
    M(
        "regress on pain",
        DECIDE,
        "if history.pain_reports > 0:",
        "if history.pain_reports > 1:",
        "one report ignored",
    ),
    M(
        "regress to the regression",
        DECIDE,
        "    if exercise.regressions:\n",
        "    if False:\n",
        "no easier drill",
    ),
    M(
        "maintenance entry",
        DECIDE,
        "    if history.test_passed:\n",
        "    if history.test_passed and history.weeks_practised > 99:\n",
        "pass does not maintain",
    ),
    M(
        "maintenance entry",
        DECIDE,
        "if history.test_passed is False:",
        "if not history.test_passed:",
        "no retest advances",
    ),
    M(
        "advance to the progression",
        DECIDE,
        "                exercise.progressions[0],\n",
        "                None,\n",
        "no next level",
    ),
    M(
        "retest list (history)",
        HISTORY,
        "    TestId.THORACIC_ROTATION,\n)\n",
        ")\n",
        "thoracic dropped",
    ),
    M(
        "failing statuses",
        HISTORY,
        "FAILING = frozenset({Status.LIMITED, Status.ASYMMETRIC, Status.PAINFUL})",
        "FAILING = frozenset({Status.LIMITED, Status.PAINFUL})",
        "asymmetric passes",
    ),
    M(
        "failing statuses",
        HISTORY,
        "FAILING = frozenset({Status.LIMITED, Status.ASYMMETRIC, Status.PAINFUL})",
        "FAILING = frozenset({Status.LIMITED, Status.ASYMMETRIC})",
        "painful passes",
    ),
    M(
        "worse outweighs improved",
        HISTORY,
        "    if Outcome.WORSE in outcomes:\n        return Trend.WORSE\n"
        "    if Outcome.IMPROVED in outcomes:\n        return Trend.IMPROVED\n",
        "    if Outcome.IMPROVED in outcomes:\n        return Trend.IMPROVED\n"
        "    if Outcome.WORSE in outcomes:\n        return Trend.WORSE\n",
        "improved wins",
    ),
    M(
        "pain sessions in a row",
        HISTORY,
        "pain_sessions_in_a_row=_trailing([hurt for _, hurt in painful], True),",
        "pain_sessions_in_a_row=sum(hurt for _, hurt in painful),",
        "total, not in a row",
    ),
    M(
        "pain reports of last week",
        HISTORY,
        "hurt for log, hurt in painful if log.week_start == last_week and hurt",
        "hurt for log, hurt in painful if hurt",
        "any week's pain",
    ),
    M(
        "skipped is not practised",
        HISTORY,
        "if item.exercise_id == exercise_id and not item.skipped",
        "if item.exercise_id == exercise_id",
        "skips count",
    ),
    M(
        "retest list (plan)",
        PLANNER,
        "    TestId.THORACIC_ROTATION,\n)\nSOLVER_TIME_LIMIT_S",
        ")\nSOLVER_TIME_LIMIT_S",
        "thoracic dropped",
    ),
    M(
        "retest day",
        PLANNER,
        "for index in range(6, -1, -1):",
        "for index in range(7):",
        "first rest day",
    ),
    # --- Dosing (dosing.py) --------------------------------------------------------------
    M(
        "dose levels",
        DOSING,
        "at = 1.0 if level is DoseLevel.HIGH else",
        "at = 0.0 if level is DoseLevel.HIGH else",
        "high is the bottom",
    ),
    M(
        "dose fit: the start inside the range",
        DOSING,
        "return span.min + at * (span.max - span.min)",
        "return span.min",
        "always the bottom",
    ),
    M(
        "dose fit: sets grow last",
        DOSING,
        "return max(0.0, 2 * at - 1)",
        "return at",
        "sets move with reps",
    ),
    M(
        "dose fit: older holds",
        DOSING,
        "hold_s = max(hold_s, min(dose.hold_s.max, fit.hold_from_s))",
        "hold_s = hold_s",
        "age ignored",
    ),
    M(
        "dose fit: limited side extra rep",
        DOSING,
        "EXTRA_REPS_ON_LIMITED_SIDE = 1",
        "EXTRA_REPS_ON_LIMITED_SIDE = 0",
        "no extra rep",
    ),
    M(
        "dose fit: limited side only",
        DOSING,
        "extra = self.extra_reps if side is not None and side is self.limited_side else 0",
        "extra = self.extra_reps",
        "both sides get it",
    ),
    M("dose fit: older age", FIT, "OLDER_FROM_AGE = 60", "OLDER_FROM_AGE = 65", "60 -> 65"),
    M("dose fit: older hold", FIT, "OLDER_HOLD_S = 30.0", "OLDER_HOLD_S = 10.0", "30 s -> 10 s"),
    M("dose fit: weekly step", FIT, "STEP_PER_WEEK = 0.25", "STEP_PER_WEEK = 0.0", "no movement"),
    M("dose fit: marked", FIT, "MARKED_FROM_STEPS = 2.0", "MARKED_FROM_STEPS = 3.0", "2 -> 3"),
    M(
        "dose fit: moderate",
        FIT,
        "Severity.MODERATE if shortfall >= 1 else",
        "Severity.MODERATE if shortfall > 1 else",
        "`>=` -> `>`",
    ),
    M(
        "dose fit: start by severity",
        FIT,
        "    Severity.MARKED: 0.5,",
        "    Severity.MARKED: 0.25,",
        "marked as moderate",
    ),
    M(
        "dose fit: step back from the bottom",
        FIT,
        "start = 0.0 if from_bottom else",
        "start = 0.5 if from_bottom else",
        "regress starts halfway",
    ),
    M(
        "dose fit: one limited side",
        FIT,
        "limited_side=next(iter(sides)) if len(sides) == 1 else None,",
        "limited_side=next(iter(sides)) if sides else None,",
        "both sides limited favours one",
    ),
    # --- Named holds (timeline.py) -------------------------------------------------------
    M(
        "named holds: each position",
        TIMELINE,
        "for position in part.hold_at or (None,):",
        "for position in (None,):",
        "one hold per rep",
    ),
    M(
        "named holds: once a set",
        TIMELINE,
        "    if part.hold_per_set:\n",
        "    if False:\n",
        "a pause every rep",
    ),
    M(
        "named holds: limited side's reps",
        TIMELINE,
        "reps = part.reps_on(here.side)",
        "reps = part.reps",
        "same reps both sides",
    ),
    # --- Adherence, measurement error, ease (decisions.py, history.py, slr.py) ----------
    M(
        "adherence: no practice, no change",
        DECIDE,
        "if history.weeks_practised == 0:",
        "if history.weeks_practised < 0:",
        "unpractised advances",
    ),
    M(
        "adherence: flat weeks practised",
        DECIDE,
        "practised = min(history.weeks_practised, history.weeks_without_change)",
        "practised = history.weeks_without_change",
        "flat retests without practice",
    ),
    M(
        "measurement error: clear pass",
        DECIDE,
        "if history.clear_pass or history.passes_in_a_row >= PASSES_BEFORE_MAINTENANCE:",
        "if True:",
        "any pass maintains",
    ),
    M(
        "measurement error: passes twice",
        DECIDE,
        "PASSES_BEFORE_MAINTENANCE = 2",
        "PASSES_BEFORE_MAINTENANCE = 1",
        "2 -> 1",
    ),
    M(
        "measurement error: margin",
        READING,
        "return self.measure - self.passes_from >= self.smallest_real_change",
        "return self.measure >= self.passes_from",
        "any margin",
    ),
    M(
        "measurement error: SLR real change",
        SLR,
        "SLR_REAL_CHANGE_DEG = Norm(\n    7,",
        "SLR_REAL_CHANGE_DEG = Norm(\n    20,",
        "7 -> 20 degrees",
    ),
    M(
        "measurement error: passes in a row",
        HISTORY,
        "passes_in_a_row=_passes_in_a_row(tests, tested),",
        "passes_in_a_row=2,",
        "always twice",
    ),
    M("ease: hard", DECIDE, "HARD_EASE = 2", "HARD_EASE = 1", "2 -> 1"),
    M("ease: easy", DECIDE, "EASY_EASE = 4", "EASY_EASE = 5", "4 -> 5"),
    M(
        "ease: mean of last week",
        HISTORY,
        "ease=_mean_ease(exercise_id, last_week_logs),",
        "ease=None,",
        "ease ignored",
    ),
    M("default reps", DOSING, 'OurDefault(8, "a middle', 'OurDefault(10, "a middle', "8 -> 10"),
    # --- The coach's week (issue 13): pre-run steps, after-run, ceilings, kit -------------
    M("prep step gain", SCORE, "PREP_STEP_GAIN = 6.0", "PREP_STEP_GAIN = 0.0", "gain 6 -> 0"),
    M(
        "walking kicks last",
        EXPLAIN,
        "return (int(exercise.id == LAST_BEFORE_THE_RUN), flow, phase, region)",
        "return (0, flow, phase, region)",
        "kicks not forced last",
    ),
    M(
        "brief prep dose",
        PREP,
        "            sets=1,\n",
        "            sets=part.sets,\n",
        "brief keeps all sets",
    ),
    M(
        "foam roll not a stretch",
        CAND,
        "    if exercise.modality is Modality.SOFT_TISSUE:\n        return True\n",
        "",
        "soft tissue held to the 60 s rule",
    ),
    M(
        "drills per session",
        SHAPE,
        "    Context.DAILY: 4,",
        "    Context.DAILY: 40,",
        "daily cap 4 -> 40",
    ),
    M(
        "one per pattern",
        SHAPE,
        "    return budget_s <= SHORT_SESSION_S",
        "    return False",
        "never one per pattern",
    ),
    M(
        "fill only what adds",
        PLACER,
        "                and ledger.adds_something(c, weights)\n",
        "",
        "fill adds anything that fits",
    ),
    M(
        "after-run session",
        CAND,
        "        contexts = [Context.PRE_RUN, Context.POST_RUN] if runs else [Context.REST_DAY]",
        "        contexts = [Context.PRE_RUN] if runs else [Context.REST_DAY]",
        "no after-run slot",
    ),
    M(
        "our days a week",
        CAND,
        "    days = exercise.dose.days_per_week or _our_days(exercise)",
        "    days = exercise.dose.days_per_week",
        "ours not enforced",
    ),
    M(
        "everyday kit",
        WEEK,
        "(frozenset(self.equipment) | (EVERYDAY_KIT - set(self.lacks)))",
        "(frozenset(self.equipment) | frozenset())",
        "nothing assumed",
    ),
    M(
        "pool days",
        CAND,
        "            if _needs_pool(drill.exercise) and not slot.at_pool:",
        "            if False:",
        "water drills any day",
    ),
)


def tracked_files() -> list[str]:
    out = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    return [name for name in out.split("\0") if name]


def scratch_copy(root: Path) -> Path:
    """The tracked files under ``root/repo``, with the team's shared folder beside it."""
    copy = root / "repo"
    for name in tracked_files():
        target = copy / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, target)
    shared = REPO.parent / "shared"
    if not shared.exists():
        shared = Path("/work/shared")
    if shared.exists():
        (root / "shared").symlink_to(shared)
    return copy


def test_paths(copy: Path) -> list[str]:
    unit = copy / "tests" / "unit"
    rest = sorted(
        str(p.relative_to(copy))
        for p in unit.iterdir()
        if (p.is_dir() and (p / "__init__.py").exists()) or p.name.startswith("test_")
    )
    # The coach's week over the real catalogue: a few seconds, and the home of the pre-run,
    # after-run, ceiling and kit rules.
    return [*FIRST, *(p for p in rest if p not in FIRST), COACH_WEEK]


def check_applies(copy: Path, mutation: Mutation) -> str:
    text = (copy / mutation.path).read_text()
    found = text.count(mutation.old)
    if found != 1:
        raise SystemExit(
            f"{mutation.rule} ({mutation.what}): old text found {found} times in "
            f"{mutation.path}, not once:\n{mutation.old!r}"
        )
    return text


FAILED = re.compile(r"^(?:FAILED|ERROR) (.+?)(?: - .*)?$", re.MULTILINE)


def copy_env(copy: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(copy / "src"), "PYTHONDONTWRITEBYTECODE": "1"}


def check_imports_copy(copy: Path) -> None:
    """The venv's editable install points at the working tree: PYTHONPATH must win over it."""
    where = subprocess.run(
        [sys.executable, "-c", "import limberup; print(limberup.__file__)"],
        cwd=copy,
        env=copy_env(copy),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not Path(where).is_relative_to(copy):
        raise SystemExit(f"the tests would import limberup from {where}, not the copy")


def run_tests(copy: Path, paths: list[str]) -> tuple[str, float]:
    env = copy_env(copy)
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:randomly"]
    command += ["-p", "no:cacheprovider", *paths]
    start = time.monotonic()
    try:
        done = subprocess.run(
            command,
            check=False,
            cwd=copy,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        return f"TIMEOUT after {TIMEOUT_S} s", time.monotonic() - start
    took = time.monotonic() - start
    if done.returncode == 0:
        return "SURVIVED", took
    hit = FAILED.search(done.stdout)
    return (f"`{hit.group(1)}`" if hit else f"pytest exit {done.returncode}"), took


def mutate_and_test(copy: Path, mutation: Mutation, paths: list[str]) -> tuple[str, float]:
    target = copy / mutation.path
    original = check_applies(copy, mutation)
    mutated = original.replace(mutation.old, mutation.new)
    try:
        compile(mutated, mutation.path, "exec")
    except SyntaxError as error:
        raise SystemExit(f"{mutation.rule} ({mutation.what}) breaks the syntax: {error}") from None
    try:
        target.write_text(mutated)
        return run_tests(copy, paths)
    finally:
        target.write_text(original)


def cell(text: str) -> str:
    return text.replace("|", "\\|")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=[], help="rule names containing any")
    parser.add_argument("--number", nargs="*", type=int, default=[], help="numbers from --list")
    parser.add_argument("--list", action="store_true", help="print the table without running")
    parser.add_argument("--no-baseline", action="store_true", help="skip the unmutated run")
    args = parser.parse_args()
    chosen = [
        m
        for number, m in enumerate(MUTATIONS, 1)
        if (not args.only or any(word.lower() in m.rule.lower() for word in args.only))
        and (not args.number or number in args.number)
    ]
    if args.list:
        for number, m in enumerate(MUTATIONS, 1):
            if m in chosen:
                print(f"{number}. {m.rule}: {m.path.rsplit('/', 1)[-1]}: {m.what}")
        return
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="rule-mutations-") as root:
        copy = scratch_copy(Path(root))
        for mutation in chosen:
            check_applies(copy, mutation)  # every mutation applies before any is run
        check_imports_copy(copy)
        paths = test_paths(copy)
        if not args.no_baseline:
            verdict, took = run_tests(copy, paths)
            if verdict != "SURVIVED":
                raise SystemExit(f"the unmutated suite fails in the copy: {verdict}")
            print(f"baseline: tests/unit passes in {took:.0f} s", flush=True)
        print("| rule | mutation | caught by | s |\n|---|---|---|---|", flush=True)
        for mutation in chosen:
            verdict, took = mutate_and_test(copy, mutation, paths)
            where = f"{mutation.path.rsplit('/', 1)[-1]}: {mutation.what}"
            print(f"| {cell(mutation.rule)} | {cell(where)} | {verdict} | {took:.0f} |", flush=True)
    print(f"\n{len(chosen)} mutations in {time.monotonic() - start:.0f} s")


if __name__ == "__main__":
    main()

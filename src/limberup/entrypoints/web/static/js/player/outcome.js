/**
 * The one rule for what a played drill was (done, partly done or skipped) and the log a player
 * stores for it.
 *
 * A mirror, line for line, of limberup/domain/session/outcome.py (`drill_outcome`, `drill_log`),
 * whose docstring states the rule; the terminal's `limberup go` logs by that Python code, and
 * tests/data/player_scripts.json checks both players store the same logs:
 * - done: every counted step (rep, hold, paced breath, every side) ran to its end;
 * - skipped: the player moved past it with nothing counted and no pain of 1 or more;
 * - partial: anything between, pain of 1 or more stopping it, or the session stopping inside it.
 * A resumed drill keeps an earlier visit's counts where those were more.
 */

import * as T from "./timeline.js";

export const DONE = "done";
export const PARTIAL = "partial";
export const SKIPPED = "skipped";

/** Pain of 1 or more ends the drill: never work into pain. */
export const painStops = (pain) => pain != null && pain.pain >= 1;

/** `drill_outcome`: counted and planned are tallies ({reps, holds, worked}). */
export function drillOutcome(counted, planned, { painful, ended }) {
  const every = counted.reps >= planned.reps && counted.holds >= planned.holds;
  if (counted.worked && every) return DONE;
  if (counted.worked || painful || !ended) return PARTIAL;
  return SKIPPED;
}

/** `full_tally`: what the item counts when every one of its steps runs to its end. */
export function fullTally(state, itemIndex) {
  const all = new Set(state.steps.map((_, index) => index));
  return T.tally({ ...state, completed: all }, itemIndex);
}

/** `merged`: this visit's counts, or an earlier visit's stored log where those were more. */
export function merged(counted, earlier) {
  if (!earlier) return counted;
  const reps = Math.max(counted.reps, earlier.reps_done ?? 0);
  const holds = Math.max(counted.holds, earlier.holds_done ?? 0);
  return {
    setsDone: Math.max(counted.setsDone, earlier.sets_done ?? 0),
    reps,
    holds,
    sides: counted.sides.length ? counted.sides : earlier.sides ?? [],
    worked: reps > 0 || holds > 0,
  };
}

/**
 * `drill_log`: the body a player PUTs for item `itemIndex` at `state`.
 *
 * `pain` is {pain, pain_region} reported on this visit, or null; `earlier` what an earlier
 * visit stored of the drill, or undefined; `ended` says the player moved past it.
 */
export function drillLog(state, itemIndex, { drill, ended, pain, earlier, at }) {
  const counted = merged(T.tally(state, itemIndex), earlier);
  const known = pain ?? (earlier?.pain != null ? { pain: earlier.pain, pain_region: earlier.pain_region } : null);
  const outcome = drillOutcome(counted, fullTally(state, itemIndex), { painful: painStops(known), ended });
  return {
    exercise_id: drill.exercise_id,
    variant_id: drill.variant_id,
    sets_done: counted.setsDone,
    reps_done: counted.reps,
    holds_done: counted.holds,
    sides: counted.sides,
    skipped: outcome === SKIPPED,
    pain: known?.pain ?? null,
    pain_region: painStops(known) ? known.pain_region : null,
    finished_at: ended ? at.toISOString() : earlier?.finished_at ?? null,
  };
}

/**
 * The player's controls as pure functions of a state: time, pause, next, back, skip a drill.
 *
 * A mirror of limberup/domain/session/player.py, rule for rule, so the web player and the
 * terminal behave alike (tests/e2e/test_player_browser.py replays the same presses in both):
 * - time only runs while not paused; a step that runs to its end counts as done;
 * - next leaves the current step without counting it; back restarts the current step, or goes
 *   to the previous one when pressed within BACK_RESTARTS_WITHIN_S of its start;
 * - skipItem leaves the whole drill (after a pain report: never push into pain);
 * - an item ends when the player moves past its last step (endedItems).
 *
 * A state is a frozen object {steps, position, into, paused, completed}; steps are the
 * timeline's steps as the API sends them.
 */

export const BACK_RESTARTS_WITHIN_S = 2;
const COUNTED = new Set(["work", "hold", "breathe"]);

const make = (fields) => Object.freeze(fields);
const change = (state, fields) => make({ ...state, ...fields });

/** A player at the first step of item `atItem` (0 for a new session). */
export function start(steps, atItem = 0) {
  const first = steps.findIndex((step) => step.item_index >= atItem);
  return make({
    steps,
    position: first < 0 ? steps.length : first,
    into: 0,
    paused: false,
    completed: new Set(),
  });
}

export const isFinished = (state) => state.position >= state.steps.length;
export const current = (state) => (isFinished(state) ? null : state.steps[state.position]);
export const upcoming = (state) => state.steps[state.position + 1] ?? null;

/** Seconds left in the current step. */
export function remaining(state) {
  const step = current(state);
  return step ? Math.max(0, step.seconds - state.into) : 0;
}

/** The first step of the next drill, for "what comes next". */
export function nextItemStep(state) {
  const step = current(state);
  if (!step) return null;
  return state.steps.slice(state.position + 1).find((s) => s.item_index !== step.item_index) ?? null;
}

/** Let `seconds` pass: finish the steps that run out and move on (nothing when paused). */
export function tick(state, seconds) {
  if (state.paused || isFinished(state) || seconds <= 0) return state;
  let { position } = state;
  let into = state.into + seconds;
  const completed = new Set(state.completed);
  while (position < state.steps.length && into >= state.steps[position].seconds) {
    into -= state.steps[position].seconds;
    completed.add(position);
    position += 1;
  }
  if (position >= state.steps.length) into = 0;
  return change(state, { position, into, completed });
}

export const togglePause = (state) => change(state, { paused: !state.paused });

/** Leave the current step without counting it as done. */
export function next(state) {
  return isFinished(state) ? state : change(state, { position: state.position + 1, into: 0 });
}

/** Restart the current step, or go to the one before it right after a step starts. */
export function back(state) {
  if (state.into > BACK_RESTARTS_WITHIN_S || state.position === 0) return change(state, { into: 0 });
  return change(state, { position: state.position - 1, into: 0 });
}

/** Leave the current drill for the first step of the next one. */
export function skipItem(state) {
  const step = current(state);
  if (!step) return state;
  let following = state.position + 1;
  while (following < state.steps.length && state.steps[following].item_index === step.item_index) {
    following += 1;
  }
  return change(state, { position: following, into: 0 });
}

/** Seconds of the session behind the player. */
export function elapsed(state) {
  return state.steps.slice(0, state.position).reduce((sum, s) => sum + s.seconds, 0) + state.into;
}

export const total = (state) => state.steps.reduce((sum, s) => sum + s.seconds, 0);

/** Items the player moved past, forwards, between two states (in session order). */
export function endedItems(before, after) {
  const lastSteps = new Map();
  after.steps.forEach((step, index) => lastSteps.set(step.item_index, index));
  return [...lastSteps]
    .filter(([, last]) => before.position <= last && last < after.position)
    .map(([item]) => item);
}

/** What was done of one item, counted from the steps that ran to their end. */
export function tally(state, itemIndex) {
  const sets = new Map();
  let part = -1;
  let reps = 0;
  let holds = 0;
  const sides = [];
  state.steps.forEach((step, index) => {
    if (step.item_index !== itemIndex) return;
    if (step.kind === "get_ready") part += 1;
    if (!COUNTED.has(step.kind)) return;
    const done = state.completed.has(index);
    const key = `${part}/${step.set}`;
    sets.set(key, (sets.get(key) ?? true) && done);
    if (!done) return;
    if (step.kind === "work") {
      reps += step.reps;
      if (step.side && !sides.includes(step.side)) sides.push(step.side);
    } else {
      holds += 1;
    }
  });
  const setsDone = [...sets.values()].filter(Boolean).length;
  return { setsDone, reps, holds, sides, worked: reps > 0 || holds > 0 };
}

/** The counters at this moment: set, side, rep and breath, each "n of m" (0 when not counted). */
export function counters(state, breathS = 10) {
  const step = current(state);
  if (!step) return null;
  let rep = 0;
  let reps = 0;
  if (step.kind === "work" && step.rep_number === 0 && step.seconds_per_rep > 0) {
    reps = step.reps;
    rep = Math.min(reps, Math.floor(state.into / step.seconds_per_rep) + 1);
  } else if (step.rep_number > 0) {
    rep = step.rep_number;
    reps = step.rep_count;
  }
  const breaths = step.kind === "breathe" ? step.breaths : 0;
  const breath = breaths ? Math.min(breaths, Math.floor(state.into / breathS) + 1) : 0;
  return { set: step.set, sets: step.sets, side: step.side, rep, reps, unit: step.reps_unit, breath, breaths };
}

/** Where a paced breath is: ["in" | "out", how far through that phase from 0 to 1]. */
export function breathPhase(into, inhaleS, exhaleS) {
  const within = into % (inhaleS + exhaleS);
  if (within < inhaleS) return ["in", within / inhaleS];
  return ["out", (within - inhaleS) / exhaleS];
}

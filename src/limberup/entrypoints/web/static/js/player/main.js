/**
 * The guided session player: wires the clock, the timeline's rules, the view, speech, the wake
 * lock and the logbook to the page's buttons and keys.
 *
 * Keys: space pause, N next step, B back, S skip the drill, H how to, P pain. `?fast=N` runs the
 * clock N times faster. Space never clicks the focused button: it always pauses or resumes.
 */

import * as T from "./timeline.js";
import { createClock, fastFactor } from "./clock.js";
import { createEaseQuestion } from "./ease.js";
import { drillLog } from "./outcome.js";
import { createLogbook } from "./logbook.js";
import { createHowTo } from "./howto.js";
import { createPainQuestion } from "./pain.js";
import { createSpeech } from "./speech.js";
import { createView } from "./view.js";
import { withPictures } from "./pictures.js";
import { createWakeLock } from "./wakelock.js";

const timeline = JSON.parse(document.getElementById("timeline-data").textContent);
// The page sends each step as its kind and what changed since the last step of that kind
// (pages/today.py changes_only): carried forward, they are the API's steps again.
const lastOfKind = {};
timeline.steps = timeline.steps.map(
  (change) => (lastOfKind[change.kind] = { ...lastOfKind[change.kind], ...change }),
);
const resumed = timeline.session; // an unfinished log, when resuming
const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

const view = withPictures(createView(timeline, { reducedMotion }), timeline);
const speech = createSpeech();
const wake = createWakeLock({ onChange: view.awake });
let refusedText = null; // set once another player took the session over
const logbook = createLogbook({
  date: timeline.date,
  index: timeline.index,
  planUuid: timeline.plan_uuid,
  // A log the server has not heard of yet (its start still waits on this device) goes on
  // under the UUID this page was reloaded with.
  uuid: resumed?.uuid ?? (document.getElementById("player").dataset.pendingSession || null),
  stored: Boolean(resumed),
  onPending: (count, refusedHere) => view.pending(count, refusedText ?? refusedHere),
  onRefused: takenOver,
});

/** What is known of each item: what an earlier visit logged, then what this one logs. */
const items = new Map((resumed?.items ?? []).map((item) => [item.item_index, item]));
const pains = new Map(); // item index -> {pain, pain_region} reported in this visit
const skipping = new Set(); // drills left out after strong pain: they load the region that hurt
// Pain from this level stops the drill for good (decisions.STOP_PAIN_LEVEL on the server).
const STOP_PAIN_LEVEL = Number(document.getElementById("player").dataset.stopPain);
// A resumed log starts at its first unfinished drill (past the end when every one is done).
let state = T.start(timeline.steps, resumed ? resumed.resume_at ?? timeline.drills.length : 0);
let playedS = 0;
let over = false;

const clock = createClock({
  fast: fastFactor(window.location.search),
  onTick(seconds) {
    if (!state.paused) playedS += seconds;
    update(T.tick(state, seconds));
  },
});

/** What an earlier visit stored of each drill, for a resumed log (outcome.js merges it in). */
const earlier = new Map((resumed?.items ?? []).map((item) => [item.item_index, item]));

// What is logged when mirrors limberup/domain/session/playthrough.py, and each log is made by
// outcome.js, the mirror of domain/session/outcome.py: the terminal stores the same logs.
function itemBody(index, finished) {
  return drillLog(state, index, {
    drill: timeline.drills[index],
    ended: finished,
    pain: pains.get(index) ?? null,
    earlier: earlier.get(index),
    at: new Date(),
  });
}

/** `Playthrough.stop`: the drill in progress is kept when any of it was counted or pain noted. */
function keepInProgress() {
  const step = T.current(state);
  if (step && (T.tally(state, step.item_index).worked || pains.has(step.item_index))) {
    logItem(step.item_index, false);
  }
}

function logItem(index, finished = true) {
  const body = itemBody(index, finished);
  items.set(index, body);
  logbook.item(index, body);
}

function pastSkipped(next) {
  let found = next;
  while (T.current(found) && skipping.has(T.current(found).item_index)) found = T.skipItem(found);
  return found;
}

function update(next) {
  const before = state;
  state = pastSkipped(next);
  for (const index of T.endedItems(before, state)) logItem(index);
  const moved = state.position !== before.position || state.into < before.into;
  if (moved && !T.isFinished(state)) speech.say(T.current(state).say);
  view.render(state);
  if (T.isFinished(state) && !over) end("finished");
}

function end(status) {
  over = true;
  clock.stop();
  wake.release();
  if (status === "abandoned") keepInProgress();
  logbook.finish(status);
  speech.say(status === "finished" ? "That's the session done. Well done." : "Session ended.");
  view.summary({ status, playedS, items });
  easeQuestion.offer(ratedItems().length);
  view.pending(logbook.pending, refusedText);
}

// How easy it felt: one answer for the session, noted on each drill it speaks for.
const easeQuestion = createEaseQuestion({ onAnswer: logEase });

/** Drills worked on and not stopped for pain: for those, pain says more than ease could. */
function ratedItems() {
  return [...items].filter(([, item]) => !item.skipped && !item.pain).map(([index]) => index);
}

function logEase({ ease, notes }) {
  for (const index of ratedItems()) {
    // A drill logged on an earlier visit comes back with its place, which a write leaves out.
    const { item_index: _place, ...body } = items.get(index);
    const rated = { ...body, ease, notes };
    items.set(index, rated);
    logbook.item(index, rated);
  }
}

function begin() {
  const uuid = logbook.start();
  // A reload of this page resumes this log instead of starting another.
  const url = new URL(window.location.href);
  url.searchParams.set("session", uuid);
  window.history.replaceState(null, "", url);
  view.showStage();
  view.render(state);
  speech.say(T.current(state)?.say);
  wake.keep();
  clock.start();
  document.getElementById("pause").focus();
}

/**
 * A resumed log is played here only as its live player: when another player holds it (a
 * terminal, another page), the runner is told so and can take it over.
 */
async function resumeOrAsk(takeOver = false) {
  const answer = await logbook.claim(takeOver);
  if (answer === "elsewhere") {
    document.getElementById("elsewhere").hidden = false;
    document.getElementById("take-over").focus();
    return;
  }
  document.getElementById("elsewhere").hidden = true;
  begin();
}

/** Another player took the session over: this page stops, and writes nothing more. */
function takenOver() {
  refusedText =
    "This session was taken over by another player (a terminal or another page): this page " +
    "stopped logging it. What it logged before is kept.";
  view.notice(refusedText);
  view.pending(logbook.pending, refusedText); // the summary, when shown, says so too
  if (over) return;
  over = true;
  clock.stop();
  wake.release();
  speech.say("This session is being played elsewhere now.");
}

// Pain: ask how much and where; 1 or more ends the drill at once.
const painQuestion = createPainQuestion();

async function askPain() {
  const step = T.current(state);
  if (!step || over) return;
  const opener = document.activeElement;
  const wasPaused = state.paused;
  if (!wasPaused) update(T.togglePause(state));
  const index = step.item_index;
  const answer = await painQuestion.ask(timeline.drills[index]);
  focusAfterDialog(opener);
  const resume = (next) => update(wasPaused ? next : T.togglePause(next));
  if (!answer) {
    resume(state);
    return;
  }
  pains.set(index, { pain: answer.pain, pain_region: answer.region });
  if (answer.pain === 0) {
    logItem(index, false); // noted on the drill, which goes on
    view.notice("Pain 0 noted: carry on, gently.");
    resume(state);
    return;
  }
  const name = timeline.drills[index].name;
  view.notice(
    `Pain ${answer.pain}/10 logged. ${name} stops here and is off the rest of this ` +
      "week's plan. If pain stays, stop and see a physiotherapist or doctor.",
  );
  resume(T.skipItem(state)); // ends the drill, which logs it with its pain
  speech.say("Stopping this drill. Never work into pain.");
  if (answer.pain >= STOP_PAIN_LEVEL) strongPain(answer.region);
}

/** How to do the drill: the session waits while the runner reads, then goes on as it was. */
const howTo = createHowTo();

async function showHowTo() {
  if (!T.current(state) || over) return;
  const opener = document.activeElement;
  const wasPaused = state.paused;
  if (!wasPaused) update(T.togglePause(state));
  await howTo.show();
  focusAfterDialog(opener);
  if (!wasPaused && state.paused && !over) update(T.togglePause(state));
}

/** Back to the control that opened a dialog, or to Pause when keys opened it. */
function focusAfterDialog(opener) {
  const stage = document.getElementById("stage");
  const back = opener instanceof HTMLButtonElement && stage.contains(opener) ? opener : null;
  (back ?? document.getElementById("pause")).focus();
}

/** Strong pain: end the session, or leave out every drill that loads the same region. */
function strongPain(region) {
  const where = region.replaceAll("_", " ");
  const endNow = window.confirm(
    `That is strong pain: the drill is stopped; please see a physiotherapist or doctor.\n\n` +
      `OK ends the session now. Cancel goes on without every drill that loads the ${where}.`,
  );
  if (endNow) {
    end("abandoned");
    return;
  }
  timeline.drills.forEach((drill, at) => drill.regions.includes(region) && skipping.add(at));
  update(state);
}

// Buttons and keys.
const actions = {
  pause: () => update(T.togglePause(state)),
  next: () => update(T.next(state)),
  back: () => update(T.back(state)),
  skip: () => update(T.skipItem(state)),
  howto: showHowTo,
  pain: askPain,
};
for (const [id, action] of Object.entries(actions)) {
  document.getElementById(id).addEventListener("click", () => !over && action());
}
document.getElementById("start").addEventListener("click", () => {
  if (resumed) resumeOrAsk();
  else begin();
});
document.getElementById("take-over").addEventListener("click", () => resumeOrAsk(true));
document.getElementById("stop").addEventListener("click", () => {
  if (!over && window.confirm("End the session now? What you did stays logged.")) end("abandoned");
});
const speechButton = document.getElementById("speech");
view.speech(speech.on, speech.available);
speechButton.addEventListener("click", () => {
  view.speech(speech.toggle(), speech.available);
  speech.say(T.current(state)?.say);
});

const KEYS = { " ": "pause", n: "next", b: "back", s: "skip", h: "howto", p: "pain" };
/** Keys act while the stage plays and no dialog is open; elsewhere they do what they always do. */
const keysAct = () =>
  !over && !painQuestion.open && !howTo.open && !document.getElementById("stage").hidden;
document.addEventListener("keydown", (event) => {
  const action = KEYS[event.key.toLowerCase()];
  if (!action || !keysAct()) return;
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  // Space would also click a focused button (Skip, Pain...): it only ever pauses here.
  event.preventDefault();
  if (!event.repeat) actions[action]();
});
document.addEventListener("keyup", (event) => {
  // Some browsers click a focused button when Space comes back up: not while playing.
  if (event.key === " " && keysAct()) event.preventDefault();
});

// A page closed mid-drill keeps what was done of that drill (resumed there next time).
// (`over` is also set once the session was taken over elsewhere: nothing is written then.)
window.addEventListener("pagehide", () => {
  if (logbook.uuid && !over) keepInProgress();
});

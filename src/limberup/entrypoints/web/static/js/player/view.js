/**
 * What the player shows: the step, its counters, the countdown ring, the breathing pacer, what
 * comes next, the drill card and the summary. It only writes to the page; main.js decides.
 */

import * as T from "./timeline.js";

const KINDS = {
  get_ready: "Get ready",
  work: "Move",
  hold: "Hold",
  breathe: "Hold and breathe",
  switch_side: "Switch sides",
  rest: "Rest",
};
const SINGULAR = { reps: "rep", steps: "step", feet: "foot" };
const PACER_SMALL = 0.55; // the pacer's size at the bottom of a breath, 1 at the top

const $ = (id) => document.getElementById(id);
const unit = (count, name) => (count === 1 ? SINGULAR[name] ?? name : name);
const sideName = (side) => (side ? `${side[0].toUpperCase()}${side.slice(1)} side` : "");

/** "1 min 05 s" or "45 s". */
export function duration(seconds) {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return minutes ? `${minutes} min ${String(rest).padStart(2, "0")} s` : `${rest} s`;
}

function setText(element, text) {
  // Writing only on change keeps aria-live regions from repeating themselves.
  if (element.textContent !== text) element.textContent = text;
}

function fillList(list, texts) {
  list.replaceChildren(
    ...texts.map((text) => {
      const li = document.createElement("li");
      li.textContent = text;
      return li;
    }),
  );
}

function stepWords(step) {
  if (!step) return "";
  if (step.kind === "hold") return `hold ${Math.round(step.seconds)} s`;
  if (step.kind === "breathe") return `hold for ${step.breaths} slow breath${step.breaths === 1 ? "" : "s"}`;
  if (step.kind === "work") {
    const count = step.rep_number ? `rep ${step.rep_number} of ${step.rep_count}` : `${step.reps} ${unit(step.reps, step.reps_unit)}`;
    return [count, sideName(step.side).toLowerCase()].filter(Boolean).join(", ");
  }
  return KINDS[step.kind].toLowerCase();
}

export function createView(timeline, { reducedMotion }) {
  const root = $("player");
  const el = Object.fromEntries(
    [
      "intro", "stage", "card", "summary", "progress", "drill-count", "kind", "title", "ring", "pacer",
      "count", "count-unit", "breath", "counters", "cue", "coming", "pause", "notice", "awake", "speech",
    ].map((id) => [id, $(id)]),
  );
  const total = timeline.total_seconds;
  let shownDrill = -1;

  function showDrill(index) {
    if (index === shownDrill) return;
    shownDrill = index;
    const drill = timeline.drills[index];
    $("card-name").textContent = drill.name;
    $("card-why").textContent = `Why: ${drill.why}`;
    fillList($("card-cues"), drill.cues);
    fillList($("card-cautions"), drill.cautions);
    $("card-cautions-box").hidden = drill.cautions.length === 0;
    fillList($("card-how"), drill.how);
    // The same drill in the how-to dialog, one tap from the stage.
    $("howto-name").textContent = drill.name;
    fillList($("howto-steps"), drill.how);
    fillList($("howto-cues"), drill.cues);
    fillList($("howto-cautions"), drill.cautions);
    $("howto-cautions-box").hidden = drill.cautions.length === 0;
  }

  function renderDial(state, step) {
    const left = T.remaining(state);
    el.ring.style.strokeDashoffset = String(100 * (step.seconds ? state.into / step.seconds : 1));
    const c = T.counters(state, timeline.inhale_s + timeline.exhale_s);
    if (step.kind === "work" && c.reps > 0) {
      setText(el.count, String(c.rep));
      setText(el["count-unit"], `of ${c.reps} ${unit(c.reps, step.reps_unit)}`);
    } else {
      const seconds = Math.ceil(left);
      setText(el.count, String(seconds));
      setText(el["count-unit"], seconds === 1 ? "second" : "seconds");
    }
    const breathing = step.kind === "breathe";
    root.dataset.breathing = breathing ? "yes" : "no";
    if (!breathing) {
      setText(el.breath, "");
      return;
    }
    const [phase, through] = T.breathPhase(state.into, timeline.inhale_s, timeline.exhale_s);
    const phaseS = phase === "in" ? timeline.inhale_s : timeline.exhale_s;
    const word = phase === "in" ? "Breathe in" : "Breathe out";
    // Without motion the pacer stands still and the words count the phase down instead.
    setText(el.breath, reducedMotion ? `${word} · ${Math.ceil(phaseS * (1 - through))}` : word);
    root.dataset.phase = phase;
    if (!reducedMotion) {
      const eased = (1 - Math.cos(Math.PI * through)) / 2;
      const size = phase === "in" ? PACER_SMALL + (1 - PACER_SMALL) * eased : 1 - (1 - PACER_SMALL) * eased;
      el.pacer.style.transform = `scale(${size.toFixed(3)})`;
    }
  }

  function renderCounters(state, step) {
    const c = T.counters(state, timeline.inhale_s + timeline.exhale_s);
    const parts = [];
    if (c.sets > 1) parts.push(step.kind === "get_ready" ? `${c.sets} sets` : `Set ${c.set || 1} of ${c.sets}`);
    if (step.side) parts.push(sideName(step.side));
    if (c.reps > 0 && step.rep_number > 0) parts.push(`Rep ${c.rep} of ${c.reps}`);
    if (c.breaths > 0) parts.push(`Breath ${c.breath} of ${c.breaths}`);
    // Each counter stays on one line; the line breaks between them.
    setText(el.counters, parts.map((part) => part.replaceAll(" ", "\u00a0")).join(" · "));
  }

  function renderComing(state, step) {
    const after = T.upcoming(state);
    let text = "Last one: nearly there.";
    if (after && after.item_index === step.item_index) text = `Next: ${stepWords(after)}`;
    else if (after) text = `Next drill: ${timeline.drills[after.item_index].name}`;
    setText(el.coming, text);
  }

  return {
    showStage() {
      el.intro.hidden = true;
      el.stage.hidden = false;
      el.card.hidden = false;
      root.dataset.state = "playing";
      window.scrollTo(0, 0); // the stage fills the screen from its top
    },

    render(state) {
      const step = T.current(state);
      const done = total ? T.elapsed(state) / total : 1;
      el.progress.firstElementChild.style.width = `${(100 * done).toFixed(1)}%`;
      el.progress.setAttribute("aria-valuenow", String(Math.round(100 * done)));
      if (!step) return;
      showDrill(step.item_index);
      root.dataset.kind = step.kind;
      root.dataset.position = String(state.position); // which step: for tests and styles
      root.dataset.paused = state.paused ? "yes" : "no";
      const drill = timeline.drills[step.item_index];
      setText(el["drill-count"], `Drill ${step.item_index + 1} of ${timeline.drills.length}`);
      setText(el.kind, state.paused ? "Paused" : KINDS[step.kind]);
      setText(el.title, drill.name === step.title ? drill.name : step.title);
      setText(el.cue, step.cue ?? (step.kind === "get_ready" ? drill.cues[0] ?? "" : ""));
      setText(el.pause, state.paused ? "Resume" : "Pause");
      el.pause.setAttribute("aria-pressed", String(state.paused));
      renderDial(state, step);
      renderCounters(state, step);
      renderComing(state, step);
    },

    notice(text) {
      el.notice.hidden = !text;
      el.notice.textContent = text;
    },

    speech(on, available) {
      el.speech.hidden = !available;
      el.speech.textContent = `Spoken cues: ${on ? "on" : "off"}`;
      el.speech.setAttribute("aria-pressed", String(on));
    },

    awake({ supported, held }) {
      el.awake.textContent = !supported
        ? "This browser may dim the screen; tap it now and then."
        : held
          ? "Screen stays on."
          : "";
    },

    /** How many writes still wait; `refused` once another player took the session over. */
    pending(count, refused = null) {
      const updates = `${count} update${count === 1 ? "" : "s"}`;
      setText(
        $("summary-sync"),
        refused
          ? refused
          : !count
          ? "Saved."
          : navigator.onLine
            ? `Saving ${updates}…`
            : `${updates} saved on this device, sent when the connection is back.`,
      );
    },

    summary({ status, playedS, items }) {
      root.dataset.state = "done";
      el.stage.hidden = true;
      el.card.hidden = true;
      el.intro.hidden = true;
      $("summary").hidden = false;
      $("summary-title").textContent = status === "finished" ? "Session done" : "Session ended early";
      $("summary-time").textContent =
        `Time: ${duration(playedS)} (planned about ${duration(Math.round(timeline.minutes * 60))}).`;
      const list = $("summary-items");
      list.replaceChildren(
        ...timeline.drills.map((drill) => {
          const li = document.createElement("li");
          const name = document.createElement("strong");
          name.textContent = drill.name;
          const what = document.createElement("span");
          const work = timeline.steps.find((s) => s.item_index === drill.index && s.kind === "work");
          what.textContent = `· ${describeItem(items.get(drill.index), work?.reps_unit ?? "reps")}`;
          li.append(name, " ", what);
          if (items.get(drill.index)?.pain) li.className = "painful";
          return li;
        }),
      );
      const hurt = timeline.drills.filter((drill) => items.get(drill.index)?.pain);
      const box = $("summary-pain");
      box.hidden = hurt.length === 0;
      box.textContent = hurt.length
        ? `You reported pain in ${hurt.map((d) => d.name).join(", ")}. Your next plan steps ` +
          `${hurt.length === 1 ? "it" : "them"} back: an easier drill or a smaller dose. ` +
          "If the pain stays, or you feel it at rest, stop and see a physiotherapist or doctor."
        : "";
      $("summary-title").focus();
    },
  };
}

function describeItem(item, repsUnit) {
  if (!item) return "not reached";
  const done = [];
  if (item.reps_done) done.push(`${item.reps_done} ${unit(item.reps_done, repsUnit)}`);
  if (item.holds_done) done.push(`${item.holds_done} hold${item.holds_done === 1 ? "" : "s"}`);
  if (item.sides?.length) done.push(item.sides.join(" and ") + (item.sides.length === 1 ? " side" : " sides"));
  const what = done.join(", ");
  if (item.pain) {
    const where = item.pain_region.replace("_", " ");
    return `stopped for pain ${item.pain}/10 (${where})${what ? ` after ${what}` : ""}`;
  }
  if (item.skipped) return "skipped";
  return `${item.finished_at ? "done" : "partly done"}: ${what || "started"}`;
}

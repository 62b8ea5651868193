/**
 * The drill's pictures on the player's stage, in time with the count (issue 15): the start
 * position while getting ready, resting or switching sides, the positions in turn while moving,
 * the end position while holding; mirrored for the left side, since they are drawn for the right.
 *
 * withPictures(view, timeline) wraps the view so every render also updates the picture.
 */

const $ = (id) => document.getElementById(id);
const LEADS_TO_START = new Set(["get_ready", "rest", "switch_side"]);
const HOLDS = new Set(["hold", "breathe"]);

/** Which of a drill's pictures to show `into` seconds into `step` (an index, or -1 for none). */
export function pictureIndex(pictures, step, into) {
  const count = pictures.length;
  if (!count || !step) return -1;
  const first = Math.max(0, pictures.findIndex((p) => p.role === "start"));
  const ends = pictures.map((p, i) => (p.role === "end" ? i : -1)).filter((i) => i >= 0);
  const last = ends.length ? ends[ends.length - 1] : count - 1;
  if (LEADS_TO_START.has(step.kind)) return first;
  if (HOLDS.has(step.kind)) return last;
  const period = step.seconds_per_rep > 0 ? step.seconds_per_rep : step.seconds || 1;
  const through = (into % period) / period;
  if (step.rep_number > 0) {
    // One rep that ends in a hold: move through the positions once, arriving at the end one.
    return Math.min(count - 1, Math.floor(through * count));
  }
  // Repeated reps: out through the positions and back, once a rep.
  const there = [...Array(count).keys()];
  const cycle = there.concat(there.slice(1, -1).reverse());
  return cycle[Math.min(cycle.length - 1, Math.floor(through * cycle.length))];
}

export function withPictures(view, timeline) {
  const figure = $("pose");
  if (!figure) return view;
  const img = $("pose-img");
  const label = $("pose-label");
  let shown = "";
  let preloaded = -1;

  function preload(itemIndex) {
    if (itemIndex === preloaded) return;
    preloaded = itemIndex;
    for (const picture of timeline.drills[itemIndex]?.pictures ?? []) new Image().src = picture.url;
  }

  function draw(state) {
    const step = state.steps[state.position];
    const pictures = step ? timeline.drills[step.item_index]?.pictures ?? [] : [];
    const index = pictureIndex(pictures, step, state.into);
    figure.hidden = index < 0;
    if (index < 0) return;
    preload(step.item_index);
    const picture = pictures[index];
    const mirrored = step.side === "left" ? "yes" : "no";
    const key = `${picture.url}|${mirrored}`;
    if (key === shown) return;
    shown = key;
    img.src = picture.url;
    img.alt = `Position ${index + 1} of ${pictures.length}: ${picture.label}`;
    label.textContent = `${index + 1}. ${picture.label}`;
    figure.dataset.picture = String(index);
    figure.dataset.mirrored = mirrored;
  }

  return {
    ...view,
    render(state) {
      view.render(state);
      draw(state);
    },
  };
}

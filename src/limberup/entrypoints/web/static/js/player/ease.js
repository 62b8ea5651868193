/**
 * The question on the summary screen: how easy did the session feel, 1 (very hard) to 5 (very
 * easy), with an optional note.
 *
 * One tap on the scale answers it and is logged at once, so a runner who leaves the page right
 * after still has it kept. A note is logged when saved or when focus leaves its box. Skip takes
 * back anything already sent and puts the question away; so does never answering it.
 */

const $ = (id) => document.getElementById(id);

/**
 * Args: `onAnswer({ease, notes})` hears each change (either may be null: a withdrawn answer).
 * Returns `offer(count)`, which shows the question when `count` drills can carry an answer.
 */
export function createEaseQuestion({ onAnswer }) {
  const box = $("ease");
  const form = $("ease-form");
  const notes = $("ease-notes");
  const status = $("ease-status");
  const checked = () => form.querySelector('input[name="ease"]:checked');
  let sent = { ease: null, notes: null };

  // "Noted", not "saved": whether it reached the server is the sync line's to say.
  function describe({ ease, notes: note }) {
    const word = checked()?.closest("label").querySelector("small").textContent;
    const parts = ease ? [`${ease} of 5, ${word}`] : [];
    if (note) parts.push("your note");
    return parts.length ? `Noted: ${parts.join(", with ")}.` : "";
  }

  function send() {
    const answer = { ease: Number(checked()?.value) || null, notes: notes.value.trim() || null };
    if (answer.ease === sent.ease && answer.notes === sent.notes) return;
    sent = answer;
    onAnswer(answer);
    status.textContent = describe(answer);
  }

  form.addEventListener("change", send); // a tap on the scale, or leaving the note box
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send();
  });
  $("ease-skip").addEventListener("click", () => {
    form.reset();
    send();
    form.hidden = true;
    status.textContent = "Skipped: nothing noted.";
    $("summary-back").focus(); // the focused button just went away
  });

  return {
    offer(count) {
      box.hidden = count === 0;
    },
  };
}

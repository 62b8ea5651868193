/**
 * Spoken cues through the browser's speech synthesis; off until the runner turns them on, and
 * remembered on this device.
 */

const KEY = "limberup.speech";

function remembered(storage) {
  try {
    return storage.getItem(KEY) === "on";
  } catch {
    return false; // storage blocked (private mode): start off, as by default
  }
}

export function createSpeech({ storage = window.localStorage, synth = window.speechSynthesis } = {}) {
  const available = Boolean(synth && window.SpeechSynthesisUtterance);
  let on = available && remembered(storage);
  return {
    available,
    get on() {
      return on;
    },
    toggle() {
      on = available && !on;
      try {
        storage.setItem(KEY, on ? "on" : "off");
      } catch {
        /* not remembered; still works for this page */
      }
      if (!on && synth) synth.cancel();
      return on;
    },
    /** Say `text` now, cutting off what was being said (the newest cue matters most). */
    say(text) {
      if (!on || !text) return;
      synth.cancel();
      synth.speak(new window.SpeechSynthesisUtterance(text));
    },
  };
}

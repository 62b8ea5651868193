/**
 * Keep the screen on while a session plays (Screen Wake Lock API), where the browser has it.
 *
 * The browser drops the lock whenever the page is hidden; it is asked for again when the page
 * shows, as long as the session wants it. `onChange({supported, held})` reports each change.
 */

export function createWakeLock({ onChange = () => {} } = {}) {
  const supported = "wakeLock" in navigator;
  let sentinel = null;
  let wanted = false;
  const report = () => onChange({ supported, held: sentinel !== null });

  async function acquire() {
    if (!supported || !wanted || sentinel || document.visibilityState !== "visible") return;
    try {
      sentinel = await navigator.wakeLock.request("screen");
      sentinel.addEventListener("release", () => {
        sentinel = null;
        report();
      });
    } catch {
      sentinel = null; // refused (battery saver, no permission): the session goes on anyway
    }
    report();
  }

  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") acquire();
  });

  return {
    async keep() {
      wanted = true;
      report();
      await acquire();
    },
    async release() {
      wanted = false;
      const held = sentinel;
      sentinel = null;
      if (held) await held.release().catch(() => {});
      report();
    },
  };
}

/**
 * The session clock: reports the seconds that passed, sped up by a factor (`?fast=N`, for tests).
 *
 * It measures real time between ticks rather than counting ticks, so a throttled or hidden tab
 * catches up when it wakes instead of falling behind.
 */

const MAX_FAST = 1000;

/** The speed-up asked for in a query string (`?fast=20`), 1 when absent or not a number. */
export function fastFactor(search) {
  const asked = Number(new URLSearchParams(search).get("fast"));
  return Number.isFinite(asked) && asked >= 1 ? Math.min(asked, MAX_FAST) : 1;
}

export function createClock({ fast = 1, onTick, intervalMs = 100, now = () => performance.now() }) {
  let timer = null;
  let last = 0;
  const run = () => {
    const at = now();
    const seconds = ((at - last) / 1000) * fast;
    last = at;
    onTick(seconds);
  };
  return {
    start() {
      if (timer !== null) return;
      last = now();
      timer = setInterval(run, intervalMs);
    },
    stop() {
      if (timer === null) return;
      clearInterval(timer);
      timer = null;
    },
  };
}

/**
 * Logging a session through the sessions API, so that nothing done is lost.
 *
 * Every write waits in the outbox (offline/outbox.js, IndexedDB) until the server has answered
 * it, and is sent in order: the session's start, then each item as it finishes, then the finish.
 * A network failure (or a 5xx) keeps it and retries later, also on the next visit and from the
 * service worker. A refused write is kept with the server's reason (offline/status.js shows it). Every write
 * is idempotent (the session's UUID is made here; an item is PUT to its place), so a write that
 * reached the server before its answer was lost does no harm when sent again.
 *
 * One live player per session (limberup/services/claims.py): this page is a player, named by a
 * token kept for the session in sessionStorage (a reload of the tab stays the same player).
 * Each write carries it in the X-LimberUp-Player header; when the server refuses one (409,
 * another player took the session over) this page stops writing and `onRefused` hears it.
 */

import * as outbox from "../offline/outbox.js";

const API = "/api/v1/sessions";
const RETRY_MS = 3000;
const playerKey = (uuid) => `limberup.player.${uuid}`;

/** A fresh version 4 UUID (crypto.randomUUID needs a secure context; this does not). */
export function newUuid() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * This page's view of the shared outbox (offline/outbox.js, in IndexedDB): `onChange(count,
 * refused)` hears how many writes wait and how many of this session's were refused, `onRefused(player)` hears a player whose write met 409 (another
 * player took the session over). Writes still waiting are retried every few seconds.
 */
function createOutbox({ onChange, onRefused, session }) {
  let waiting = 0;
  let timer = null;
  const told = new Set();

  async function refresh() {
    const { waiting: count, refused } = await outbox.summary();
    waiting = count;
    // This session's writes the server refused for good (kept on the device, shown at the top).
    onChange(count, refused.filter((e) => e.session === session() && e.status !== 409).length);
    for (const entry of refused) {
      if (entry.status === 409 && entry.player && !told.has(entry.player)) {
        told.add(entry.player);
        onRefused(entry.player);
      }
    }
    clearTimeout(timer);
    if (count > 0) timer = setTimeout(flush, RETRY_MS);
  }

  async function flush() {
    await outbox.flush();
  }

  function send(method, url, body, player = null, session = null) {
    waiting += 1;
    onChange(waiting);
    outbox.add({ id: newUuid(), method, url, body, player, session }).then(flush);
  }

  outbox.onChange(() => refresh().catch(() => {}));
  window.addEventListener("online", flush);
  return { send, flush, get pending() { return waiting; } };
}

const refusedNote = (count) =>
  `The server refused ${count === 1 ? "one update" : `${count} updates`} of this session: ` +
  "kept on this device, with its reason at the top of the page.";

/**
 * The log of one session: start it, log items, finish it.
 *
 * Args: the timeline's date, index and plan_uuid; `uuid` of the log, when this page
 * continues one (made here otherwise); `stored` when the server already has that log (its start
 * may still wait in the outbox otherwise); `onPending(count, refused)` hears how many writes
 * still wait, and a note when some of this session's were refused.
 */
export function createLogbook({
  date, index, planUuid, uuid = null, stored = false,
  tab = window.sessionStorage,
  onPending = () => {}, onRefused = () => {},
}) {
  let sessionUuid = uuid;
  let player = null;
  let refused = false;
  const queue = createOutbox({
    session: () => sessionUuid,
    onChange: (count, refusedWrites) => onPending(count, refusedWrites ? refusedNote(refusedWrites) : null),
    onRefused(who) {
      if (who !== player || refused) return; // an earlier visit's player: nothing to tell
      refused = true;
      onRefused();
    },
  });
  let started = stored;

  /** This tab's token for the session: the same across reloads, new in another tab. */
  function playerFor(session) {
    let token = null;
    try {
      token = tab.getItem(playerKey(session));
    } catch {
      /* storage blocked: a token for this page only */
    }
    if (!token) {
      token = newUuid();
      try {
        tab.setItem(playerKey(session), token);
      } catch {
        /* as above */
      }
    }
    return token;
  }

  if (sessionUuid) player = playerFor(sessionUuid);
  queue.flush(); // anything left from an earlier visit goes first
  const send = (method, url, body) => {
    if (!refused) queue.send(method, url, body, player, sessionUuid);
  };
  return {
    get uuid() {
      return sessionUuid;
    },
    get pending() {
      return queue.pending;
    },
    get refused() {
      return refused;
    },
    start() {
      if (started) return sessionUuid;
      started = true;
      sessionUuid ??= newUuid();
      player = playerFor(sessionUuid);
      send("POST", API, { uuid: sessionUuid, date, index, plan_uuid: planUuid });
      return sessionUuid;
    },
    /**
     * Become the session's live player before resuming it: "ok", "elsewhere" (another player
     * holds it: ask before calling again with takeOver), or "unknown" when offline or the
     * server has not got the log yet (its start still waits here): play on, the writes tell.
     */
    async claim(takeOver = false) {
      try {
        const response = await fetch(`${API}/${sessionUuid}/claim`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Accept: "application/json" },
          body: JSON.stringify({ player, take_over: takeOver }),
        });
        if (response.ok) return "ok";
        return response.status === 409 ? "elsewhere" : "unknown";
      } catch {
        return "unknown";
      }
    },
    item(itemIndex, body) {
      send("PUT", `${API}/${sessionUuid}/items/${itemIndex}`, body);
    },
    finish(status) {
      send("POST", `${API}/${sessionUuid}/finish`, { status });
    },
  };
}

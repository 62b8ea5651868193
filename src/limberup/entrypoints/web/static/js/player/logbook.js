/**
 * Logging a session through the sessions API, so that nothing done is lost.
 *
 * Every write waits in an outbox kept in localStorage until the server has answered it, and is
 * sent in order: the session's start, then each item as it finishes, then the finish. A
 * network failure (or a 5xx) keeps it and retries later, also on the next visit. Every write
 * is idempotent (the session's UUID is made here; an item is PUT to its place), so a write that
 * reached the server before its answer was lost does no harm when sent again.
 */

const KEY = "limberup.outbox";
const API = "/api/v1/sessions";
const RETRY_MS = 3000;

/** A fresh version 4 UUID (crypto.randomUUID needs a secure context; this does not). */
export function newUuid() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function createOutbox({ storage, onChange }) {
  let queue = [];
  try {
    queue = JSON.parse(storage.getItem(KEY) ?? "[]");
  } catch {
    queue = [];
  }
  let sending = false;
  let timer = null;

  const save = () => {
    try {
      storage.setItem(KEY, JSON.stringify(queue));
    } catch {
      /* storage full or blocked: the queue still lives in this page */
    }
    onChange(queue.length);
  };

  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(flush, RETRY_MS);
  };

  async function flush() {
    if (sending) return;
    sending = true;
    try {
      while (queue.length > 0) {
        const entry = queue[0];
        let response;
        try {
          response = await fetch(entry.url, {
            method: entry.method,
            headers: { "Content-Type": "application/json", Accept: "application/json" },
            body: JSON.stringify(entry.body),
            keepalive: true, // lets the last write of a closing page still go out
          });
        } catch {
          later();
          return;
        }
        if (response.status >= 500 || response.status === 408 || response.status === 429) {
          later();
          return;
        }
        if (!response.ok) {
          // Refused for good (it names the field): keep it from blocking everything after it.
          console.warn("LimberUp: the server refused", entry.method, entry.url, await response.text());
        }
        queue = queue.filter((queued) => queued.id !== entry.id);
        save();
      }
    } finally {
      sending = false;
    }
  }

  function send(method, url, body) {
    const entry = { id: newUuid(), method, url, body };
    // A newer PUT of the same item says everything the older one did: it takes its place.
    const older = method === "PUT" ? queue.findIndex((q) => q.method === "PUT" && q.url === url) : -1;
    if (older >= 0) queue[older] = entry;
    else queue.push(entry);
    save();
    flush();
  }

  window.addEventListener("online", flush);
  return { send, flush, get pending() { return queue.length; } };
}

/**
 * The log of one session: start it, log items, finish it.
 *
 * Args: the timeline's date, index and plan_uuid; `uuid` of the log, when this page
 * continues one (made here otherwise); `stored` when the server already has that log (its start
 * may still wait in the outbox otherwise); `onPending(count)` hears how many writes still wait.
 */
export function createLogbook({
  date, index, planUuid, uuid = null, stored = false,
  storage = window.localStorage, onPending = () => {},
}) {
  const outbox = createOutbox({ storage, onChange: onPending });
  let sessionUuid = uuid;
  let started = stored;
  outbox.flush(); // anything left from an earlier visit goes first
  return {
    get uuid() {
      return sessionUuid;
    },
    get pending() {
      return outbox.pending;
    },
    start() {
      if (started) return sessionUuid;
      started = true;
      sessionUuid ??= newUuid();
      outbox.send("POST", API, { uuid: sessionUuid, date, index, plan_uuid: planUuid });
      return sessionUuid;
    },
    item(itemIndex, body) {
      outbox.send("PUT", `${API}/${sessionUuid}/items/${itemIndex}`, body);
    },
    finish(status) {
      outbox.send("POST", `${API}/${sessionUuid}/finish`, { status });
    },
  };
}

/**
 * The outbox: every write to the sessions API waits here, in IndexedDB, until the server has
 * answered it. The same module runs in the pages and in the service worker (static/sw.js), so
 * the queue is sent when a page opens, when the connection comes back and when the worker
 * starts; Background Sync is not needed.
 *
 * Each entry carries its own client UUID (`id`), and every write is idempotent on the server
 * (a session start names its log's UUID, an item is PUT to its place, a finish replayed keeps
 * the first end), so sending one twice stores it once.
 *
 * An entry is "waiting" until answered: a network failure, 408, 429 or 5xx leaves it waiting.
 * A 2xx makes it "sent" (kept a while, so the page can say what went). Any other 4xx makes it
 * "refused": kept, with the server's reason, never counted as sent, and never blocking the
 * writes after it.
 */

const DB_NAME = "limberup";
const STORE = "outbox";
const KEEP_SENT = 50; // the last sent writes the page can list
const LOCK = "limberup-outbox"; // one sender at a time across pages and the worker
export const PLAYER_HEADER = "X-LimberUp-Player";

const done = (request) =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

let opening = null;
function database() {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(STORE, { keyPath: "id" });
      store.createIndex("seq", "seq");
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = null;
      reject(request.error);
    };
  });
  return opening;
}

async function withStore(mode, work) {
  const db = await database();
  const tx = db.transaction(STORE, mode);
  const result = await work(tx.objectStore(STORE));
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  return result;
}

/** Every entry, oldest first. */
export async function entries() {
  const all = await withStore("readonly", (store) => done(store.index("seq").getAll()));
  return all;
}

/** The counts the page shows: waiting, sent, refused. */
export async function summary() {
  const all = await entries();
  const count = (state) => all.filter((e) => e.state === state).length;
  return {
    waiting: count("waiting"),
    sent: count("sent"),
    refused: all.filter((e) => e.state === "refused"),
  };
}

/**
 * Queue one write. A newer PUT of the same waiting item says everything the older one did: it
 * takes its place (keeping its turn).
 */
export async function add({ id, method, url, body, player = null, session = null }) {
  await withStore("readwrite", async (store) => {
    const all = await done(store.index("seq").getAll());
    const older = method === "PUT"
      ? all.find((e) => e.state === "waiting" && e.method === "PUT" && e.url === url)
      : null;
    const seq = older ? older.seq : (all.at(-1)?.seq ?? 0) + 1;
    if (older) store.delete(older.id);
    store.put({ id, seq, method, url, body, player, session, state: "waiting", at: Date.now() });
  });
  notify();
}

async function mark(entry, fields) {
  await withStore("readwrite", (store) => store.put({ ...entry, ...fields }));
}

async function forgetOldSent() {
  await withStore("readwrite", async (store) => {
    const sent = (await done(store.index("seq").getAll())).filter((e) => e.state === "sent");
    for (const entry of sent.slice(0, Math.max(0, sent.length - KEEP_SENT))) store.delete(entry.id);
  });
}

/** Whether a session's finish is queued or sent from this device (its log is over here). */
export async function finishedHere(session) {
  const all = await entries();
  return all.some((e) => e.session === session && e.url.endsWith("/finish") && e.state !== "refused");
}

/** The server's reason for a refusal, in words (its error JSON names the field). */
async function reasonOf(response) {
  const text = await response.text().catch(() => "");
  try {
    const error = JSON.parse(text);
    const detail = error.detail ?? error.message ?? error;
    if (typeof detail === "string") return detail;
    if (Array.isArray(detail)) return detail.map((d) => d.msg ?? JSON.stringify(d)).join("; ");
    return detail.message ?? JSON.stringify(detail);
  } catch {
    return text || `HTTP ${response.status}`;
  }
}

const listeners = new Set();
/** Hear every change of the queue (in this page or worker). */
export function onChange(listener) {
  listeners.add(listener);
}
function notify() {
  for (const listener of listeners) listener();
}

async function sendAll() {
  for (const entry of await entries()) {
    if (entry.state !== "waiting") continue;
    let response;
    try {
      const headers = { "Content-Type": "application/json", Accept: "application/json" };
      if (entry.player) headers[PLAYER_HEADER] = entry.player;
      response = await fetch(entry.url, {
        method: entry.method,
        headers,
        body: JSON.stringify(entry.body),
        keepalive: true, // lets the last write of a closing page still go out
      });
    } catch {
      return; // offline: everything waits, in order
    }
    if (response.status >= 500 || response.status === 408 || response.status === 429) return;
    if (response.ok) {
      await mark(entry, { state: "sent", sentAt: Date.now() });
    } else {
      await mark(entry, { state: "refused", status: response.status, reason: await reasonOf(response) });
    }
    notify();
  }
}

/** Send what waits, oldest first, one sender at a time. */
export async function flush() {
  try {
    if (globalThis.navigator?.locks) {
      await navigator.locks.request(LOCK, sendAll);
    } else {
      await sendAll();
    }
    await forgetOldSent();
  } catch (error) {
    console.warn("LimberUp: the outbox could not be sent", error);
  }
  notify();
}

/** Writes an earlier version queued in localStorage: moved here once, none lost. */
export async function adoptLegacy(storage, key = "limberup.outbox") {
  let queued = [];
  try {
    queued = JSON.parse(storage.getItem(key) ?? "[]");
  } catch {
    return;
  }
  for (const entry of queued) {
    await add({ ...entry, session: entry.body?.uuid ?? entry.url.split("/")[4] ?? null });
  }
  storage.removeItem(key);
}

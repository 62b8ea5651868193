/**
 * Every page: install the service worker (static/sw.js), keep this week's pages for offline
 * use, send the outbox when the page opens and when the connection comes back, show what
 * waits, what went and what was refused, and say when a new version of the app took over.
 *
 * The worker is registered under this page's version (/sw.js?v=...): a page of a new
 * deployment registers a new address, which the browser installs as an update.
 */
import * as outbox from "./outbox.js";
import { createStatus } from "./status.js";

const version = document.querySelector('meta[name="limberup-offline"]')?.content;
const status = createStatus(document.getElementById("offline-status"));
const UPDATED_KEY = "limberup.updated";

async function show() {
  try {
    status.render({ online: navigator.onLine, ...(await outbox.summary()) });
  } catch {
    /* IndexedDB blocked (a private window, say): nothing is kept, nothing to show */
  }
}

async function flush() {
  await outbox.flush();
  navigator.serviceWorker?.controller?.postMessage({ type: "flush" });
}

/** A page played mid-session is not reloaded under the runner: it is told instead. */
const busy = () => {
  const stage = document.getElementById("stage");
  return Boolean(stage && !stage.hidden);
};

/** The version of the worker that served this page's files (none on a first visit). */
const servedBy = (() => {
  const url = navigator.serviceWorker?.controller?.scriptURL;
  return url ? new URL(url).searchParams.get("v") : null;
})();

/**
 * A new worker took over. A page whose files an older worker served (a fresh page from the
 * network can meet the old worker's files for a moment) is reloaded, so none of it mixes two
 * versions; a page in a session is only told.
 */
function updated(to) {
  if (!servedBy || servedBy === to) return;
  if (busy()) {
    status.updated(to, false);
    return;
  }
  sessionStorage.setItem(UPDATED_KEY, to);
  window.location.reload();
}

async function register() {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.addEventListener("message", (event) => {
    if (event.data?.type === "activated") updated(event.data.version);
  });
  const registration = await navigator.serviceWorker.register(`/sw.js?v=${version}`, { type: "module", scope: "/" });
  await navigator.serviceWorker.ready;
  if (navigator.onLine) {
    // This page and the players it links to are kept too, fresh from the server. (Not the
    // weeks it links to: opening one plans it, which only the runner should set off.)
    const links = [...document.querySelectorAll('a[href^="/play/"]')];
    const urls = [...new Set([window.location.pathname + window.location.search, ...links.map((a) => a.getAttribute("href"))])];
    registration.active?.postMessage({ type: "warm", urls });
    registration.update().catch(() => {});
  }
}

const was = sessionStorage.getItem(UPDATED_KEY);
if (was) {
  sessionStorage.removeItem(UPDATED_KEY);
  status.updated(was, true);
}
outbox.onChange(show);
window.addEventListener("online", () => flush());
window.addEventListener("online", show);
window.addEventListener("offline", show);
outbox.adoptLegacy(window.localStorage).catch(() => {}).finally(() => {
  show();
  flush();
});
register().catch((error) => console.warn("LimberUp: no offline use in this browser", error));

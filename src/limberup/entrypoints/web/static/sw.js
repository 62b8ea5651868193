/**
 * LimberUp's service worker: the app keeps working with no connection (issue 16).
 *
 * The server serves this file at /sw.js (entrypoints/web/offline.py), first line added: the
 * deployment's VERSION and the SHELL it precaches (every file under /static, the manifest).
 * - One cache per version, filled whole before this worker takes over; the old ones are
 *   deleted when it does, so a page never mixes files of two versions. Pages hear "activated"
 *   and say so (offline/client.js).
 * - Static files and pictures: from the cache first (they belong to this version).
 * - Pages and API reads: from the network first, kept in the cache for later; with no answer
 *   (offline, or a connection too slow to answer in NETWORK_WAIT_MS) the kept copy.
 * - "warm": Today, the week, the player of every session linked from them, and their
 *   pictures are fetched and kept while online, so they open offline; done again on every
 *   online page view, which also replaces a stale plan.
 * - The outbox (offline/outbox.js) is sent when this worker starts and when a page asks.
 */
import * as outbox from "/static/js/offline/outbox.js";

const CACHE = `limberup-${VERSION}`;
const NETWORK_WAIT_MS = 4000;
const WARM_PAGES = ["/today", "/week"];
const PLAYER_LINK = /href="(\/play\/[0-9-]+\/[0-9]+)(?:\?[^"]*)?"/g;
const PICTURE = /\/pictures\/[A-Za-z0-9_./-]+\.(?:svg|png|webp|jpg)/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CACHE_FIRST = ["/static/", "/pictures/", "/manifest.webmanifest"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(SHELL);
      await warm(cache).catch(() => {}); // pages are a bonus: the shell is what must be whole
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("limberup-") && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
      for (const client of await self.clients.matchAll({ type: "window" })) {
        client.postMessage({ type: "activated", version: VERSION });
      }
      await outbox.flush();
    })(),
  );
});

self.addEventListener("message", (event) => {
  const { type, urls } = event.data ?? {};
  if (type === "flush") event.waitUntil(outbox.flush());
  if (type === "warm") event.waitUntil(caches.open(CACHE).then((cache) => warm(cache, urls ?? [])));
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname === "/sw.js") return;
  if (CACHE_FIRST.some((prefix) => url.pathname.startsWith(prefix))) {
    event.respondWith(cacheFirst(event.request));
  } else {
    event.respondWith(networkFirst(event.request, url));
  }
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request, url) {
  const cache = await caches.open(CACHE);
  try {
    const response = await within(fetch(request), NETWORK_WAIT_MS, cache, request);
    if (response.ok && keepable(response)) await cache.put(request, response.clone());
    return response;
  } catch {
    return (await kept(cache, request, url)) ?? offlinePage();
  }
}

/** The network's answer, or the kept copy when the network takes too long and one is kept. */
function within(answer, ms, cache, request) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(async () => {
      if (await cache.match(request)) reject(new Error("slow"));
    }, ms);
    answer.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

const keepable = (response) =>
  /text\/html|application\/json/.test(response.headers.get("content-type") ?? "");

/**
 * The kept copy of a page. A player reloaded with ?session=X that was never kept under that
 * address is the kept player, going on under X (as the server does for a log whose start
 * still waits here), unless that log was finished from this device.
 */
async function kept(cache, request, url) {
  const exact = await cache.match(request);
  if (exact) return exact;
  if (!url.pathname.startsWith("/play/")) return null;
  const player =
    (await cache.match(url.pathname)) ?? (await cache.match(request, { ignoreSearch: true }));
  if (!player) return null;
  const session = url.searchParams.get("session") ?? "";
  if (!UUID.test(session) || (await outbox.finishedHere(session))) return player;
  const html = (await player.text()).replace(
    'data-pending-session=""',
    `data-pending-session="${session}"`,
  );
  return new Response(html, { status: player.status, headers: player.headers });
}

function offlinePage() {
  const html =
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Offline · LimberUp</title>' +
    "<h1>Offline</h1><p>This page was not saved on this device. Today, the week and their " +
    'sessions are: <a href="/today">open Today</a>.</p></html>';
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

/** Keep Today, the week, every player linked from them and their pictures (online only). */
async function warm(cache, extra = []) {
  const pages = new Set([...WARM_PAGES, ...extra]);
  const players = new Set();
  const pictures = new Set();
  for (const page of pages) {
    const html = await keep(cache, page);
    for (const [, link] of html.matchAll(PLAYER_LINK)) players.add(link);
    for (const [picture] of html.matchAll(PICTURE)) pictures.add(picture);
  }
  for (const player of players) {
    const html = await keep(cache, player);
    for (const [picture] of html.matchAll(PICTURE)) pictures.add(picture);
  }
  for (const picture of pictures) {
    if (!(await cache.match(picture))) await keep(cache, picture);
  }
}

/** Fetch and keep one address; its text ("" when it cannot be had now). */
async function keep(cache, address) {
  try {
    const response = await fetch(address, { credentials: "same-origin" });
    if (!response.ok || response.redirected) return ""; // a redirect would be served for the page
    await cache.put(address, response.clone());
    return keepable(response) ? await response.text() : "";
  } catch {
    return "";
  }
}

outbox.flush(); // the worker started: whatever waits goes out

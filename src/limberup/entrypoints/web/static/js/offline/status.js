/**
 * The small panel above every page: offline or not, how many writes wait on this device, how
 * many were sent, each refused one with the server's reason, and a new version taking over.
 */
const WHAT = { POST: "Saving", PUT: "Saving", DELETE: "Removing" };

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** What a refused write was, in words: "the start of a session", "drill 3", "the finish". */
function described(entry) {
  if (entry.url.endsWith("/finish")) return "the end of a session";
  const item = entry.url.match(/\/items\/(\d+)$/);
  if (item) return `drill ${Number(item[1]) + 1} of a session`;
  if (entry.url.endsWith("/sessions")) return "the start of a session";
  return `${WHAT[entry.method] ?? entry.method} ${entry.url}`;
}

export function createStatus(box) {
  if (!box) return { render() {}, updated() {} };
  const state = box.querySelector("#offline-state");
  const refusedList = box.querySelector("#offline-refused");
  const reload = box.querySelector("#offline-reload");
  let news = "";
  let sentBefore = null; // what was sent before this page opened: more since is worth telling
  reload.addEventListener("click", () => window.location.reload());

  return {
    render({ online, waiting, sent, refused }) {
      const parts = [];
      if (!online) parts.push("Offline: LimberUp works from what this device kept.");
      sentBefore ??= sent;
      const justSent = sent > sentBefore;
      if (waiting) parts.push(`${plural(waiting, "update")} saved on this device, waiting to be sent.`);
      else if (sent) parts.push(`Everything was sent (${plural(sent, "update")} recently).`);
      if (refused.length) parts.push(`${plural(refused.length, "update")} refused by the server, kept here:`);
      if (news) parts.push(news);
      state.textContent = parts.join(" ");
      box.dataset.online = String(online);
      box.dataset.waiting = String(waiting);
      box.dataset.sent = String(sent);
      box.dataset.refused = String(refused.length);
      refusedList.replaceChildren(
        ...refused.map((entry) => {
          const li = document.createElement("li");
          li.textContent = `${described(entry)}: ${entry.reason} (${entry.status})`;
          return li;
        }),
      );
      box.hidden = online && !waiting && !refused.length && !news && !justSent;
    },

    /** A new version of the app took over: `reloaded` when this page is already it. */
    updated(to, reloaded) {
      news = reloaded
        ? `LimberUp was updated (version ${to}).`
        : `LimberUp was updated (version ${to}): reload once this session is over.`;
      box.dataset.updated = to;
      reload.hidden = reloaded;
      state.textContent = news;
      box.hidden = false;
    },
  };
}

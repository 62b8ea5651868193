"""In a real chromium, a page on another site tries every way in and changes nothing.

The hostile page is served by a second HTTP server on another port and host name (``localhost``
against the app's ``127.0.0.1``). It posts the settings form, the safety note, the import
form and the API (import, a session with pain, the profile), and tries to read the export.
Then the app's own settings page, in the same browser, still saves a change: the guards stop
other sites, not the runner.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import expect

from tests.e2e.live import chromium, free_port, served
from tests.paths import EXAMPLES

pytestmark = pytest.mark.browser

HOSTILE = """<!doctype html><title>prizes</title><iframe name="sink"></iframe><pre id="out"></pre>
<script>
const base = %(base)s;
const hostile = %(import_doc)s;
const results = {};
function post(path, fields) {
  const form = document.createElement("form");
  form.method = "post"; form.action = base + path; form.target = "sink";
  for (const [name, value] of fields) {
    const input = document.createElement("input");
    input.name = name; input.value = value; form.appendChild(input);
  }
  document.body.appendChild(form); form.submit();
}
async function attempt(name, make) {
  try { const r = await make(); results[name] = r.type + ":" + r.status; }
  catch (e) { results[name] = "refused:" + e.name; }
}
(async () => {
  post("/settings", [["age", "12"], ["run_days", "mon"], ["minutes_pre_run", "0"],
                     ["minutes_rest_day", "0"], ["minutes_daily", "0"],
                     ["minutes_micro_break", "0"], ["units", "metric"]]);
  await new Promise((done) => setTimeout(done, 1500));
  post("/welcome", [["understood", "yes"]]);
  await new Promise((done) => setTimeout(done, 1500));
  const upload = new FormData();
  upload.append("file", new Blob([JSON.stringify(hostile)], {type: "application/json"}), "x.json");
  await attempt("page import", () => fetch(base + "/settings/import",
    {method: "POST", mode: "no-cors", body: upload}));
  await attempt("api import", () => fetch(base + "/api/v1/import",
    {method: "POST", mode: "no-cors", headers: {"content-type": "text/plain"},
     body: JSON.stringify(hostile)}));
  await attempt("session", () => fetch(base + "/api/v1/sessions",
    {method: "POST", mode: "no-cors", headers: {"content-type": "text/plain"},
     body: JSON.stringify({uuid: %(session)s, date: %(today)s, index: 0})}));
  await attempt("profile", () => fetch(base + "/api/v1/profile",
    {method: "PUT", headers: {"content-type": "application/json"},
     body: JSON.stringify({age: 12, run_days: ["mon"]})}));
  await attempt("export", () => fetch(base + "/api/v1/export"));
  document.getElementById("out").textContent = JSON.stringify(results);
  document.title = "done";
})();
</script>"""


@contextmanager
def hostile_site(page: str) -> Iterator[str]:
    """A second HTTP server, on another port, serving ``page`` at ``/``."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = page.encode()
            self.send_response(200)
            self.send_header("content-type", "text/html; charset=utf-8")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://localhost:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def stored(base: str) -> dict[str, Any]:
    export = httpx.get(f"{base}/api/v1/export", timeout=30).json()
    export.pop("exported_at")
    return dict(export)


def test_a_page_on_another_site_changes_nothing(data_dir: Path) -> None:
    profile = json.loads((EXAMPLES / "profile.json").read_text())
    today = dt.date.today().isoformat()
    with served(data_dir) as base:
        assert httpx.put(f"{base}/api/v1/profile", json=profile, timeout=30).status_code == 200
        before = stored(base)
        stored_profile = before["profile"]
        hostile_profile = stored_profile["profile"] | {"age": 12, "run_days": ["mon"]}
        hostile_doc = before | {
            "profile": stored_profile
            | {"profile": hostile_profile, "updated_at": "2030-01-01T00:00:00Z"}
        }
        page_text = HOSTILE % {
            "base": json.dumps(base),
            "import_doc": json.dumps(hostile_doc | {"exported_at": "2026-01-01T00:00:00Z"}),
            "session": json.dumps(str(uuid.uuid4())),
            "today": json.dumps(today),
        }
        with chromium() as browser, hostile_site(page_text) as evil:
            page = browser.new_page()
            page.goto(evil)
            expect(page).to_have_title("done")
            results = json.loads(page.locator("#out").text_content() or "{}")
            # no-cors answers are opaque; the ones that need CORS are refused by the browser
            assert results["profile"].startswith("refused")
            assert results["export"].startswith("refused")
            assert stored(base) == before

            own = browser.new_page()
            own.goto(f"{base}/settings")
            own.locator('input[name="age"]').fill("41")
            own.get_by_role("button", name="Save").click()
            expect(own.get_by_text("Saved")).to_be_visible()
        assert stored(base)["profile"]["profile"]["age"] == 41

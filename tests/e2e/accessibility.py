"""axe-core in the page under test: the serious and critical accessibility violations.

The script is evaluated through the browser's debugging protocol, so the page's CSP (no inline
script) stays as it is served; axe's own files live in ``tests/e2e/axe``, never in the package.
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

AXE = (Path(__file__).parent / "axe" / "axe.min.js").read_text(encoding="utf-8")

SERIOUS = """async () => {
  const found = await axe.run(document, {resultTypes: ["violations"]});
  return found.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ` +
         v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; "));
}"""


def serious_violations(page: Page) -> list[str]:
    """axe-core's serious and critical findings on the page as it stands, one line each."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(AXE + "\n;0")
    found: list[str] = page.evaluate(SERIOUS)
    return found

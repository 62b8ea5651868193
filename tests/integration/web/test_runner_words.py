"""The runner's pages speak plainly: no seed ids, no internal ids, whole minutes, right plurals."""

from __future__ import annotations

import html
import re

from fastapi.testclient import TestClient

from limberup.domain.progression.decisions import Action
from limberup.entrypoints.web.pages.week import ACTION_WORDS
from tests.integration.web.test_sessions_api import MONDAY, TUESDAY, start, store_runner
from tests.integration.web.test_today_pages import finish_item

PAGES = (
    f"/today?date={TUESDAY}",
    f"/today?date={MONDAY}",
    f"/week?date={TUESDAY}",
    f"/play/{TUESDAY}/0",
    f"/play/{TUESDAY}/1",
)


def visible_text(page: str) -> str:
    """What a reader sees: no scripts, no tags, no attribute values (links name ids)."""
    page = re.sub(r"<script.*?</script>", " ", page, flags=re.S)
    page = re.sub(r"<[^>]+>", " ", page)
    return re.sub(r"\s+", " ", html.unescape(page))


def test_runner_pages_show_no_seed_or_internal_ids_and_read_minutes_plainly(
    client: TestClient,
) -> None:
    store_runner(client)
    going = start(client, TUESDAY, 0)
    finish_item(client, going, TUESDAY, 0, 0)
    ids = {exercise["id"] for exercise in client.get("/api/v1/exercises").json()}
    ids |= {
        variant["id"]
        for exercise in client.get("/api/v1/exercises").json()
        for variant in exercise["variants"]
    }
    assert "bent_knee_ankle_matrix" in ids
    for path in PAGES:
        response = client.get(path)
        assert response.status_code == 200, path
        text = visible_text(response.text)
        assert not re.search(r"\bseed\b", text, re.I), path
        shown_ids = set(re.findall(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b", text))
        assert not shown_ids & ids, (path, shown_ids & ids)
        assert not re.search(r"\b\d+\.\d+ min\b", text), path  # "6 min", never "6.0 min"
        assert not re.search(r"\b\d+(\.\d+)? of \d+(\.\d+)? min\b", text), path
        assert not re.search(r"\b1 (drills|points|sets|reps|steps|standards|holds)\b", text), path
        assert "plan version" not in text, path
        assert re.search(r"\b\d+ (min|s)\b", text), path  # minutes shown, with their unit


def test_one_drill_and_one_session_read_in_the_singular(client: TestClient) -> None:
    store_runner(client)
    plan = client.get(f"/api/v1/days/{TUESDAY}/sessions").json()
    counts = {len(session["items"]) for session in plan["sessions"]}
    text = visible_text(client.get(f"/today?date={TUESDAY}").text)
    for count in counts:
        assert f"{count} drill{'' if count == 1 else 's'}" in text


def test_every_decision_has_words_on_the_week_page() -> None:
    assert set(ACTION_WORDS) == set(Action)
    assert all(" " in words for words in ACTION_WORDS.values())  # a phrase, not an id

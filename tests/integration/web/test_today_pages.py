"""The today page and the player page: what they show, and where they send a new runner."""

from __future__ import annotations

import json
import re
import uuid

from fastapi.testclient import TestClient

from limberup.domain.counting import in_minutes
from tests.integration.web.test_sessions_api import MONDAY, TUESDAY, start, store_runner

PLAYER_MODULES = (
    "main",
    "timeline",
    "clock",
    "view",
    "speech",
    "wakelock",
    "logbook",
    "pain",
    "howto",
    "ease",
    "pictures",
    "outcome",
)


def embedded_timeline(page: str) -> dict[str, object]:
    found = re.search(
        r'<script type="application/json" id="timeline-data">(.*?)</script>', page, re.S
    )
    assert found, "the player page carries its timeline"
    data: dict[str, object] = json.loads(found.group(1))  # steps: each only what changed
    return data


def test_without_a_profile_both_pages_send_the_runner_to_the_welcome_page(
    client: TestClient,
) -> None:
    for path in ("/today", f"/play/{TUESDAY}/0"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"] == "/welcome"


def test_today_lists_each_session_with_minutes_drills_why_and_a_start_button(
    client: TestClient,
) -> None:
    store_runner(client)
    page = client.get("/today", params={"date": str(TUESDAY)})
    assert page.status_code == 200
    text = page.text
    assert "Tuesday 17 November" in text
    assert "Run day" in text
    assert "Before your run" in text
    assert "Daily mobility" in text
    day = client.get(f"/api/v1/days/{TUESDAY}/sessions").json()
    for session in day["sessions"]:
        assert f'href="/play/{TUESDAY}/{session["index"]}"' in text
        assert f"<span>{in_minutes(session['minutes'])}</span>" in text
        for item in session["items"]:
            assert item["name"] in text
            assert f"Why: {item['why']}" in text
    assert text.count(">Start</a>") == len(day["sessions"])
    assert "/static/css/player.css" in text
    monday = client.get("/today", params={"date": str(MONDAY)}).text
    assert "No run planned" in monday


def finish_item(client: TestClient, session_uuid: str, day: object, index: int, item: int) -> None:
    """Log item ``item`` of a started session as finished."""
    planned = client.get(f"/api/v1/days/{day}/sessions").json()["sessions"][index]
    body = {
        "exercise_id": planned["items"][item]["exercise_id"],
        "finished_at": f"{day}T07:00:00Z",
    }
    response = client.put(f"/api/v1/sessions/{session_uuid}/items/{item}", json=body)
    assert response.status_code in (200, 201), response.text


def resume_cards(text: str) -> list[str]:
    return re.findall(r"Pick up where you stopped\?", text)


def today_of(client: TestClient, day: object) -> str:
    """The today page of ``day``."""
    return str(client.get("/today", params={"date": str(day)}).text)


def test_a_started_session_offers_resume_and_a_finished_one_is_marked_done(
    client: TestClient,
) -> None:
    store_runner(client)
    going = start(client, TUESDAY, 0)
    finish_item(client, going, TUESDAY, 0, 0)
    finished = start(client, TUESDAY, 1)
    assert client.post(f"/api/v1/sessions/{finished}/finish").status_code == 200
    text = today_of(client, TUESDAY)
    assert f'href="/play/{TUESDAY}/0?session={going}">Resume</a>' in text
    assert re.search(r'class="mark going">1 of \d+ done</span>', text)
    assert "&#10003; Done" in text
    assert "Do it again" in text


def test_one_resume_card_only_for_the_latest_session_with_a_drill_done(
    client: TestClient,
) -> None:
    store_runner(client)
    nothing_done = start(client, TUESDAY, 0)
    text = today_of(client, TUESDAY)
    # Started with nothing done: no card, and Start goes on with the same log (no pile-up).
    assert resume_cards(text) == []
    assert f'href="/play/{TUESDAY}/0?session={nothing_done}">Start</a>' in text
    older = start(client, TUESDAY, 1)
    finish_item(client, older, TUESDAY, 1, 0)
    newer = start(client, TUESDAY, 0)
    finish_item(client, newer, TUESDAY, 0, 0)
    text = today_of(client, TUESDAY)
    assert len(resume_cards(text)) == 1
    [card] = re.findall(r'<li class="card session[^"]*resume-offer.*?</li>', text, re.S)
    assert f"/today/sessions/{newer}/abandon" in card  # the one started last
    assert "/abandon" not in text.replace(card, "")


def test_a_dismissed_card_stays_dismissed_and_other_days_are_never_offered(
    client: TestClient,
) -> None:
    store_runner(client)
    earlier = start(client, MONDAY, 0)
    finish_item(client, earlier, MONDAY, 0, 0)
    assert resume_cards(today_of(client, TUESDAY)) == []  # Monday's stays off Tuesday's page
    going = start(client, TUESDAY, 0)
    finish_item(client, going, TUESDAY, 0, 0)
    assert len(resume_cards(today_of(client, TUESDAY))) == 1
    let_go = client.post(f"/today/sessions/{going}/abandon", follow_redirects=False)
    assert let_go.status_code == 303
    assert client.get(f"/api/v1/sessions/{going}").json()["status"] == "abandoned"
    text = today_of(client, TUESDAY)
    assert resume_cards(text) == []  # stored on the server: gone on every device
    assert "Stopped early" in text
    assert f"session={going}" not in text


def test_the_player_page_carries_its_timeline_and_loads_only_local_scripts(
    client: TestClient,
) -> None:
    store_runner(client)
    page = client.get(f"/play/{TUESDAY}/1")
    assert page.status_code == 200
    timeline = embedded_timeline(page.text)
    steps = client.get(f"/api/v1/days/{TUESDAY}/sessions/1/steps").json()
    packed = timeline["steps"]
    assert isinstance(packed, list)
    assert len(json.dumps(packed)) < len(json.dumps(steps["steps"])) * 0.7
    last: dict[object, dict[str, object]] = {}
    unpacked = []
    for change in packed:  # as main.js reads them
        last[change["kind"]] = last.get(change["kind"], {}) | change
        unpacked.append(last[change["kind"]])
    assert timeline | {"steps": unpacked} == steps
    assert "htmx.min.js" not in page.text  # the player swaps nothing in: no need to load it
    assert re.search(r'<script type="module" src="[^"]*/static/js/player/main.js"', page.text)
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    own = ("/", "#")  # relative: the page never names a host
    assert [s for s in sources if not s.startswith(own) or s.startswith("//")] == []
    for control in ('id="pause"', 'id="next"', 'id="back"', 'id="skip"', 'id="pain"'):
        assert control in page.text
    assert 'aria-live="polite"' in page.text
    assert "Never work into pain" in page.text
    for module in PLAYER_MODULES:
        script = client.get(f"/static/js/player/{module}.js")
        assert script.status_code == 200
        assert "http" not in re.sub(r"//.*|/\*.*?\*/", "", script.text, flags=re.S)


def test_the_player_resumes_an_unfinished_log_at_its_first_unfinished_drill(
    client: TestClient,
) -> None:
    store_runner(client)
    session_uuid = start(client, MONDAY, 0)
    first = client.get(f"/api/v1/days/{MONDAY}/sessions").json()["sessions"][0]["items"][0]
    body = {"exercise_id": first["exercise_id"], "finished_at": "2026-11-16T07:00:00Z"}
    client.put(f"/api/v1/sessions/{session_uuid}/items/0", json=body)
    page = client.get(f"/play/{MONDAY}/0", params={"session": session_uuid})
    assert "Resume at drill 2" in page.text
    resumed = embedded_timeline(page.text)["session"]
    assert isinstance(resumed, dict)
    assert (resumed["uuid"], resumed["resume_at"]) == (session_uuid, 1)
    client.post(f"/api/v1/sessions/{session_uuid}/finish")
    again = embedded_timeline(
        client.get(f"/play/{MONDAY}/0", params={"session": session_uuid}).text
    )
    assert again["session"] is None  # a finished log is done again as a new one


def test_a_session_the_server_has_not_heard_of_goes_on_under_its_uuid(
    client: TestClient,
) -> None:
    # Reloaded while the session's start still waits in the browser's outbox.
    store_runner(client)
    waiting = str(uuid.uuid4())
    page = client.get(f"/play/{TUESDAY}/0", params={"session": waiting})
    assert page.status_code == 200
    assert f'data-pending-session="{waiting}"' in page.text
    assert embedded_timeline(page.text)["session"] is None
    assert 'data-pending-session=""' in client.get(f"/play/{TUESDAY}/0").text


def test_pages_answer_bad_addresses_with_an_html_page_naming_the_problem(
    client: TestClient,
) -> None:
    store_runner(client)
    missing = client.get(f"/play/{TUESDAY}/7")
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("text/html")
    assert "index" in missing.text
    bad_date = client.get("/today", params={"date": "1999-01-01"})
    assert bad_date.status_code == 422
    assert "2000-01-01" in bad_date.text
    assert client.get("/play/not-a-date/0").status_code == 422

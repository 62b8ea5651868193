"""The self-test wizard through the pages: one test at a time, errors on fields, findings."""

from __future__ import annotations

import html
import json
import re
from typing import Any

from fastapi.testclient import TestClient


def given(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def draft_of(page: str) -> str:
    match = re.search(r'name="draft" value="([^"]*)"', page)
    assert match, "no draft field on the page"
    return html.unescape(match.group(1))


def post(client: TestClient, index: int, page: str, data: dict[str, Any], **kw: Any) -> Any:
    return client.post(f"/tests/step/{index}", data={"draft": draft_of(page), **data}, **kw)


def walk(client: TestClient) -> Any:
    page = client.get("/tests/start").text
    page = post(
        client,
        0,
        page,
        {
            "slr.method": "doorway",
            "slr.left.door_jamb_passed": "no",
            "slr.right.door_jamb_passed": "yes",
            "action": "next",
        },
    ).text
    assert "Knee-to-wall" in page or "knee" in page.lower()
    page = post(
        client,
        1,
        page,
        {
            "knee_to_wall.method": "cm",
            "knee_to_wall.left.distance_cm": "8",
            "knee_to_wall.right.distance_cm": "10.5",
            "action": "next",
        },
    ).text
    page = post(
        client,
        2,
        page,
        {
            "standing_hip.method": "standards",
            "standing_hip.left.flexion": "on",
            "standing_hip.left.extension": "on",
            "standing_hip.right.flexion": "on",
            "standing_hip.right.abduction": "on",
            "standing_hip.right.extension": "on",
            "action": "next",
        },
    ).text
    page = post(client, 3, page, {"action": "skip"}).text
    page = post(
        client,
        4,
        page,
        {
            "thoracic_rotation.left.angle_deg": "47",
            "thoracic_rotation.right.angle_deg": "52",
            "action": "next",
        },
    ).text
    page = post(
        client, 5, page, {"beighton.done": "on", "beighton.thumb_left": "on", "action": "next"}
    ).text
    assert "pain at rest" in page
    return page


def test_the_wizard_walks_every_test_and_stores_one_assessment(client: TestClient) -> None:
    page = walk(client)
    done = post(client, 6, page, {"action": "next"}, follow_redirects=False)
    assert done.status_code == 303
    result = client.get(done.headers["location"])
    assert result.status_code == 200
    assert "What the tests found" in result.text
    assert "Source:" in result.text
    assert "limited" in result.text
    # Pressing save twice (the same draft) stores one record.
    again = post(client, 6, page, {"action": "next"}, follow_redirects=False)
    assert again.headers["location"] == done.headers["location"]
    records = client.get("/api/v1/assessments").json()
    assert len(records) == 1
    stored = records[0]["inputs"]
    assert given(stored["knee_to_wall"]["left"]) == {"distance_cm": 8.0}
    assert given(stored["slr"]["right"]) == {"door_jamb_passed": True}
    assert given(stored["standing_hip"]["left"]) == {
        "flexion": True,
        "abduction": False,
        "extension": True,
    }
    assert stored.get("tibial_rotation") is None


def test_an_out_of_range_value_is_shown_again_with_its_field_and_value(
    client: TestClient,
) -> None:
    page = client.get("/tests/start").text
    page = post(client, 0, page, {"action": "skip"}).text
    bad = post(
        client,
        1,
        page,
        {"knee_to_wall.method": "cm", "knee_to_wall.left.distance_cm": "-3", "action": "next"},
    )
    assert bad.status_code == 422
    assert "greater than or equal to 0" in bad.text
    assert "-3" in bad.text
    assert 'aria-invalid="true"' in bad.text
    words = post(
        client,
        1,
        bad.text,
        {"knee_to_wall.method": "cm", "knee_to_wall.left.distance_cm": "ten", "action": "next"},
    )
    assert words.status_code == 422
    assert "ten" in words.text


def test_next_without_any_value_asks_for_one_or_a_skip(client: TestClient) -> None:
    page = client.get("/tests/start").text
    empty = post(client, 0, page, {"slr.method": "angle", "action": "next"})
    assert empty.status_code == 422
    assert "skip this test" in empty.text.lower()


def test_back_keeps_what_was_entered(client: TestClient) -> None:
    page = client.get("/tests/start").text
    page = post(
        client, 0, page, {"slr.method": "angle", "slr.left.angle_deg": "64", "action": "next"}
    ).text
    back = post(client, 1, page, {"action": "back"}).text
    assert 'value="64"' in back
    assert json.loads(draft_of(back))["slr"]["left"]["angle_deg"] == 64


def test_a_tampered_draft_is_refused_clearly(client: TestClient) -> None:
    response = client.post("/tests/step/1", data={"draft": "{oops", "action": "next"})
    assert response.status_code == 422
    assert "start the tests again" in response.text


def test_pain_at_rest_leads_to_the_referral(client: TestClient) -> None:
    page = client.get("/tests/start").text
    for index in range(6):
        page = post(client, index, page, {"action": "skip"}).text
    done = post(client, 6, page, {"pain.at_rest": "on", "pain.where": "knee", "action": "next"})
    assert done.status_code == 200
    assert "Please see a professional" in done.text

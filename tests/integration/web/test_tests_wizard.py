"""The self-test wizard through the pages: one test at a time, errors on fields, findings."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def given(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def post(client: TestClient, index: int, data: dict[str, Any], **kw: Any) -> Any:
    return client.post(f"/tests/step/{index}", data=data, **kw)


def walk(client: TestClient) -> Any:
    client.get("/tests/start")
    page = post(
        client,
        0,
        {
            "slr.method": "doorway",
            "slr.left.door_jamb_passed": "no",
            "slr.right.door_jamb_passed": "yes",
            "action": "next",
        },
    ).text
    assert "Knee-to-wall" in page or "knee" in page.lower()
    post(
        client,
        1,
        {
            "knee_to_wall.method": "cm",
            "knee_to_wall.left.distance_cm": "8",
            "knee_to_wall.right.distance_cm": "10.5",
            "action": "next",
        },
    )
    post(
        client,
        2,
        {
            "standing_hip.method": "standards",
            "standing_hip.left.flexion": "on",
            "standing_hip.left.extension": "on",
            "standing_hip.right.flexion": "on",
            "standing_hip.right.abduction": "on",
            "standing_hip.right.extension": "on",
            "action": "next",
        },
    )
    post(client, 3, {"action": "skip"})
    post(
        client,
        4,
        {
            "thoracic_rotation.left.angle_deg": "47",
            "thoracic_rotation.right.angle_deg": "52",
            "action": "next",
        },
    )
    page = post(
        client, 5, {"beighton.done": "on", "beighton.thumb_left": "on", "action": "next"}
    ).text
    assert "pain at rest" in page
    return page


def test_the_wizard_walks_every_test_and_stores_one_assessment(client: TestClient) -> None:
    walk(client)
    done = post(client, 6, {"action": "next"}, follow_redirects=False)
    assert done.status_code == 303
    result = client.get(done.headers["location"])
    assert result.status_code == 200
    assert "What the tests found" in result.text
    assert "Source:" in result.text
    assert "limited" in result.text
    # The summary comes first: the figure, coloured per side, then one line per test.
    assert result.text.index('class="body-figure"') < result.text.index("In detail")
    assert "zone s-limited" in result.text
    assert "zone s-not-tested" in result.text
    assert "Left knee-to-wall" not in result.text  # regions are named, not tests
    assert "seed 00" not in result.text
    # Save pressed again once stored stores nothing more: the wizard is over.
    again = post(client, 6, {"action": "next"}, follow_redirects=False)
    assert again.status_code == 303
    assert again.headers["location"] == "/tests"
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
    client.get("/tests/start")
    post(client, 0, {"action": "skip"})
    bad = post(
        client,
        1,
        {"knee_to_wall.method": "cm", "knee_to_wall.left.distance_cm": "-3", "action": "next"},
    )
    assert bad.status_code == 422
    assert "greater than or equal to 0" in bad.text
    assert "-3" in bad.text
    assert 'aria-invalid="true"' in bad.text
    words = post(
        client,
        1,
        {"knee_to_wall.method": "cm", "knee_to_wall.left.distance_cm": "ten", "action": "next"},
    )
    assert words.status_code == 422
    assert "ten" in words.text


def test_next_without_any_value_asks_for_one_or_a_skip(client: TestClient) -> None:
    client.get("/tests/start")
    empty = post(client, 0, {"slr.method": "angle", "action": "next"})
    assert empty.status_code == 422
    assert "skip this test" in empty.text.lower()


def test_back_keeps_what_was_entered(client: TestClient) -> None:
    client.get("/tests/start")
    post(client, 0, {"slr.method": "angle", "slr.left.angle_deg": "64", "action": "next"})
    back = post(client, 1, {"action": "back"})
    assert back.url.path == "/tests/step/0"
    assert 'value="64"' in back.text


def test_a_reload_or_a_step_url_shows_the_step_with_its_saved_answers(
    client: TestClient,
) -> None:
    client.get("/tests/start")
    post(client, 0, {"slr.method": "angle", "slr.left.angle_deg": "64", "action": "next"})
    answer = {"knee_to_wall.method": "cm", "knee_to_wall.left.distance_cm": "9"}
    post(client, 1, {**answer, "action": "next"})
    for index, shown in ((0, 'value="64"'), (1, 'value="9"')):
        page = client.get(f"/tests/step/{index}")
        assert page.status_code == 200
        assert shown in page.text
    # The intro offers to go on, not only to start over.
    assert "Continue your self-tests" in client.get("/tests").text


def test_a_step_url_without_a_wizard_under_way_leads_to_the_start(client: TestClient) -> None:
    page = client.get("/tests/step/3", follow_redirects=False)
    assert page.status_code == 303
    assert page.headers["location"] == "/tests"
    assert client.post("/tests/step/3", data={"action": "next"}).url.path == "/tests"


def test_skipping_every_test_saves_nothing_and_says_why(client: TestClient) -> None:
    client.get("/tests/start")
    for index in range(6):
        post(client, index, {"action": "skip"})
    done = post(client, 6, {"action": "next"})
    assert done.status_code == 422
    assert "every test was skipped" in done.text
    assert client.get("/api/v1/assessments").json() == []


def test_pain_at_rest_leads_to_the_referral(client: TestClient) -> None:
    client.get("/tests/start")
    for index in range(6):
        post(client, index, {"action": "skip"})
    done = post(client, 6, {"pain.at_rest": "on", "pain.where": "knee", "action": "next"})
    assert done.status_code == 200
    assert "Please see a professional" in done.text


def test_each_test_page_names_what_kind_of_figure_every_norm_is(client: TestClient) -> None:
    client.get("/tests/start")
    slr = client.get("/tests/step/0").text
    assert "pass mark, 75.6°" in slr
    assert "left-right limit, 10.5°" in slr
    assert "for context only, 80°" in slr  # the passive norm, not used to judge
    ankle = client.get("/tests/step/1").text
    assert "risk cutoff, 10 cm" in ankle
    assert "typical, 12 cm" in ankle
    assert "for context only, 15-30°" in ankle
    thoracic = client.get("/tests/step/4").text
    assert "smallest real change, 5.6°" in thoracic

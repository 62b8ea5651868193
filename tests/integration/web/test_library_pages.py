"""The library pages render the catalogue, filter it, and show errors as pages."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_the_library_lists_every_drill(client: TestClient) -> None:
    page = client.get("/exercises")
    assert page.status_code == 200
    assert "Toe walking" in page.text
    assert "32 drills" in page.text
    assert "/static/vendor/htmx.min.js" in page.text


def test_filters_narrow_the_list_and_htmx_gets_only_the_results(client: TestClient) -> None:
    partial = client.get("/exercises", params={"region": "ankle"}, headers={"HX-Request": "1"})
    assert partial.status_code == 200
    assert "<html" not in partial.text
    assert "5 drills" in partial.text
    assert "Ankle rolls" in partial.text
    assert "Clam shell" not in partial.text


def test_an_exercise_card_shows_dose_steps_cautions_and_source(client: TestClient) -> None:
    page = client.get("/exercises/assisted_slr")
    assert page.status_code == 200
    for text in (
        "3-5 reps per side",
        "hold 3-5 breaths",
        "How to do it",
        "Take care",
        "limited straight-leg raise",
        "Source:",
    ):
        assert text in page.text
    assert 'href="/exercises/core_engaged_slr"' in page.text


def test_programs_list_their_drills_in_order(client: TestClient) -> None:
    page = client.get("/programs/pre_run_prep")
    assert page.status_code == 200
    order = ["Foam rolling", "Drive-backs", "Deadlift", "Straight-legged walking kicks"]
    positions = [page.text.index(name) for name in order]
    assert positions == sorted(positions)


def test_unknown_ids_and_bad_filters_are_html_pages_naming_the_value(client: TestClient) -> None:
    missing = client.get("/exercises/moonwalk")
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("text/html")
    assert "moonwalk" in missing.text
    bad = client.get("/exercises", params={"region": "elbow"})
    assert bad.status_code == 422
    assert "query.region.0" in bad.text
    assert "elbow" in bad.text


def test_the_filter_form_works_without_javascript(client: TestClient) -> None:
    # Without htmx the form sends every select, the unchosen ones empty.
    page = client.get(
        "/exercises",
        params=[
            ("q", ""),
            ("region", "ankle"),
            ("plane", ""),
            ("modality", ""),
            ("context", ""),
            ("have", ""),
            ("target", ""),
        ],
    )
    assert page.status_code == 200
    assert "5 drills" in page.text

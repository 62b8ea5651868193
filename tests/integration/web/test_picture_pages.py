"""Where a runner sees the drill pictures: the drill card, the week and today lists, the player's
drill data; and the pictures are served as SVG from the package."""

from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient

from limberup.catalog.loader import load_catalogue
from limberup.catalog.pictures import pictures_of
from limberup.domain.catalog import Exercise
from tests.integration.web.test_sessions_api import TUESDAY, store_runner


def image_sources(page: str) -> list[str]:
    return re.findall(r'<img[^>]* src="([^"]+)"', page)


@pytest.mark.parametrize("exercise", load_catalogue().exercises, ids=lambda e: e.id)
def test_the_drill_card_shows_each_position_in_order_with_its_step(
    client: TestClient, exercise: Exercise
) -> None:
    exercise_id = exercise.id
    page = client.get(f"/exercises/{exercise_id}").text
    variants = exercise.variants or (None,)
    expected = [
        f"/pictures/{picture.file}"
        for variant in variants
        for picture in pictures_of(exercise_id, variant.id if variant else None)
    ]
    assert image_sources(page) == expected
    for variant in variants:
        for index, picture in enumerate(pictures_of(exercise_id, variant.id if variant else None)):
            assert f"{index + 1}. {html.escape(picture.label)}" in page
            if exercise.steps:
                assert f'data-step="{picture.step}"' in page


def test_the_pictures_are_served_as_svg(client: TestClient) -> None:
    picture = pictures_of("toy_soldier")[0]
    response = client.get(f"/pictures/{picture.file}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("image/svg+xml")
    assert response.content == picture.path.read_bytes()
    assert client.get("/pictures/no_such.svg").status_code == 404


def test_the_player_data_carries_each_drills_pictures(client: TestClient) -> None:
    store_runner(client)
    timeline = client.get(f"/api/v1/days/{TUESDAY}/sessions/0/steps").json()
    assert timeline["drills"]
    for drill in timeline["drills"]:
        expected = pictures_of(drill["exercise_id"], drill["variant_id"])
        assert [p["url"] for p in drill["pictures"]] == [f"/pictures/{p.file}" for p in expected]
        assert [p["role"] for p in drill["pictures"]] == [p.role.value for p in expected]
        assert [p["step"] for p in drill["pictures"]] == [p.step for p in expected]
    page = client.get(f"/play/{TUESDAY}/0").text
    assert 'id="pose"' in page
    assert 'id="pose-img"' in page


def test_the_week_and_today_lists_show_a_thumbnail_per_drill(client: TestClient) -> None:
    store_runner(client)
    day = client.get(f"/api/v1/days/{TUESDAY}/sessions").json()
    items = [item for session in day["sessions"] for item in session["items"]]
    thumbs = [f"/pictures/{pictures_of(i['exercise_id'], i['variant_id'])[0].file}" for i in items]
    today = client.get("/today", params={"date": TUESDAY.isoformat()}).text
    shown = [src for src in image_sources(today) if src.startswith("/pictures/")]
    assert shown == thumbs
    week = client.get("/week", params={"date": TUESDAY.isoformat()}).text
    assert all(src in image_sources(week) for src in thumbs)

"""Two players on one session: two real ``limberup go``, and a terminal with the web player.

The second player is told the session is being played elsewhere and takes it over; the first
then stops logging and says so. What the first logged before stays as it was, what comes after
is the second's alone: nothing is mixed, nothing silently overwritten.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pexpect
import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.coach_helpers import DAY, exported, set_up, spawn
from tests.e2e.live import chromium, served
from tests.e2e.outbox import wait_until_sent

FAST = "25"
FIRST_FAST = "10"
"""The first player is slower, so that it is surely paused inside the second drill."""
TAKEN_OVER = "taken over by another player"


def playing_drill_2(data_dir: Path, *options: str) -> pexpect.spawn:
    """A ``limberup go`` paused in the second drill, the first one logged."""
    child = spawn(data_dir, "go", "--date", DAY, "--fast", FIRST_FAST, *options)
    child.expect("Drill 2 of")
    child.send(" ")
    child.expect("PAUSED")
    return child


def ends_taken_over(child: pexpect.spawn) -> str:
    """The first player notices it was taken over (even paused), says so, and stops."""
    child.expect(TAKEN_OVER)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    return str(child.before)


def the_session(data_dir: Path) -> dict[str, Any]:
    [session] = exported(data_dir)["sessions"]
    return session


def assert_whole_and_unmixed(session: dict[str, Any], first: dict[str, Any]) -> None:
    assert session["status"] == "finished"
    assert session["items"][0] == first  # the first player's drill, as it logged it
    indexes = [item["item_index"] for item in session["items"]]
    assert indexes == sorted(set(indexes))  # each drill once
    assert all(item["finished_at"] and not item["skipped"] for item in session["items"])


def test_a_second_terminal_takes_over_and_the_first_stops_logging(data_dir: Path) -> None:
    set_up(data_dir)
    first = playing_drill_2(data_dir)
    before = the_session(data_dir)
    assert [item["item_index"] for item in before["items"]] == [0]

    asked = spawn(data_dir, "go", "--date", DAY, "--fast", FAST)
    asked.expect("is being played elsewhere")
    asked.expect_exact("Take it over here?")
    asked.sendline("n")
    asked.expect("left to the other player; nothing changed")
    asked.expect(pexpect.EOF)
    asked.close()
    assert asked.exitstatus == 1
    assert the_session(data_dir) == before
    assert first.isalive()  # still the session's player

    second = spawn(data_dir, "go", "--date", DAY, "--fast", FAST)
    second.expect_exact("Take it over here?")
    second.sendline("y")
    second.expect("Taken over")
    ends_taken_over(first)
    second.expect("Drill 2 of")
    second.expect("Session complete")
    second.expect(pexpect.EOF)
    second.close()
    assert second.exitstatus == 0

    session = the_session(data_dir)
    assert session["uuid"] == before["uuid"]  # one log, resumed, not a second one
    assert_whole_and_unmixed(session, before["items"][0])


@pytest.fixture
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


def outbox_empty(page: Page) -> None:
    wait_until_sent(page)


@pytest.mark.browser
def test_the_web_player_takes_over_from_a_terminal(data_dir: Path, browser: Browser) -> None:
    set_up(data_dir)
    terminal = playing_drill_2(data_dir)
    before = the_session(data_dir)
    with served(data_dir) as base:
        page = browser.new_page()
        page.goto(f"{base}/play/{DAY}/0?session={before['uuid']}&fast=200")
        page.get_by_role("button", name="Resume at drill 2").click()
        elsewhere = page.locator("#elsewhere")
        expect(elsewhere).to_contain_text("being played elsewhere")
        expect(page.locator("#stage")).to_be_hidden()  # nothing played, nothing written yet
        assert the_session(data_dir) == before
        page.get_by_role("button", name="Take over here").click()
        expect(page.locator("#summary")).to_be_visible()
        outbox_empty(page)
        ends_taken_over(terminal)
        stored = httpx.get(f"{base}/api/v1/sessions/{before['uuid']}").json()
    assert stored["status"] == "finished"
    assert_whole_and_unmixed(the_session(data_dir), before["items"][0])


@pytest.mark.browser
def test_a_terminal_takes_over_from_the_web_player_which_says_so(
    data_dir: Path, browser: Browser
) -> None:
    set_up(data_dir)
    with served(data_dir) as base:
        page = browser.new_page()
        page.goto(f"{base}/play/{DAY}/0?fast={FIRST_FAST}")
        page.get_by_role("button", name="Start").click()
        expect(page.locator("#drill-count")).to_contain_text("Drill 2 of", timeout=60_000)
        page.locator("#pause").click()
        outbox_empty(page)
        before = the_session(data_dir)

        terminal = spawn(data_dir, "go", "--date", DAY, "--fast", FAST, "--take-over")
        terminal.expect("is being played elsewhere")
        terminal.expect("Taken over")
        terminal.expect("Session complete")
        terminal.expect(pexpect.EOF)
        terminal.close()
        assert terminal.exitstatus == 0
        finished = the_session(data_dir)
        assert_whole_and_unmixed(finished, before["items"][0])

        page.locator("#pause").click()  # the page plays on until its next write is refused
        expect(page.locator("#notice")).to_contain_text(TAKEN_OVER, timeout=60_000)
        expect(page.locator("#summary-sync")).to_contain_text(TAKEN_OVER)  # never "Saved."
        outbox_empty(page)
        time.sleep(0.5)
        assert the_session(data_dir) == finished  # the refused write changed nothing

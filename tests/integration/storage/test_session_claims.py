"""One live player per session, on SQLite and PostgreSQL: claims, take-overs, refused writes."""

from __future__ import annotations

import threading
import time
import uuid

import pytest

from limberup.domain.logbook import SessionStatus
from limberup.exceptions import NotFoundError, PlayedElsewhereError
from limberup.services.claims import claim_session, played_elsewhere, release_session
from limberup.services.sessions import end_session, get_session, log_item, start_session
from tests.integration.storage.conftest import UowFactory
from tests.unit.storage.builders import MONDAY, NOW, item_log, stored_plan

A, B, C = (uuid.UUID(int=n) for n in (0xA, 0xB, 0xC))


def started(uow: UowFactory, user_id: int, player: uuid.UUID = A) -> uuid.UUID:
    plan = stored_plan()
    with uow() as work:
        work.plans.add(user_id, plan)
        work.commit()
    log = start_session(
        uow(), user_id, plan_uuid=plan.uuid, day=MONDAY, session_index=0, now=NOW, player=player
    )
    return log.uuid


def test_a_second_player_is_refused_until_it_takes_over(uow: UowFactory, user_id: int) -> None:
    session = started(uow, user_id)
    log_item(uow(), user_id, session, item_log(0, "leg_swings", reps_done=10), player=A)
    assert played_elsewhere(uow(), user_id, session, B)
    assert not played_elsewhere(uow(), user_id, session, A)
    with pytest.raises(PlayedElsewhereError, match="being played elsewhere"):
        claim_session(uow(), user_id, session, B)
    with pytest.raises(PlayedElsewhereError):
        log_item(uow(), user_id, session, item_log(0, "leg_swings", reps_done=3), player=B)
    assert get_session(uow(), user_id, session).item(0).reps_done == 10  # type: ignore[union-attr]

    claim_session(uow(), user_id, session, B, take_over=True)
    with pytest.raises(PlayedElsewhereError):  # the first player's writes are refused now
        log_item(uow(), user_id, session, item_log(1, "assisted_slr", reps_done=1), player=A)
    with pytest.raises(PlayedElsewhereError):
        end_session(uow(), user_id, session, status=SessionStatus.ABANDONED, player=A)
    log_item(uow(), user_id, session, item_log(1, "assisted_slr", reps_done=5), player=B)
    log_item(uow(), user_id, session, item_log(1, "assisted_slr", reps_done=5), player=B)  # replay
    end_session(uow(), user_id, session, now=NOW, player=B)
    end_session(uow(), user_id, session, now=NOW, player=B)  # a replay of the finish still works
    log = get_session(uow(), user_id, session)
    assert log.status is SessionStatus.FINISHED
    assert [(item.item_index, item.reps_done) for item in log.items] == [(0, 10), (1, 5)]


def test_a_write_without_a_token_is_not_checked(uow: UowFactory, user_id: int) -> None:
    session = started(uow, user_id)
    log_item(uow(), user_id, session, item_log(0, "leg_swings"))  # an older client
    assert get_session(uow(), user_id, session).item(0) is not None


def test_a_released_session_is_free_and_a_stranger_cannot_release_it(
    uow: UowFactory, user_id: int
) -> None:
    session = started(uow, user_id)
    release_session(uow(), user_id, session, B)  # not B's: nothing changes
    assert played_elsewhere(uow(), user_id, session, B)
    release_session(uow(), user_id, session, A)
    assert not played_elsewhere(uow(), user_id, session, B)
    with pytest.raises(PlayedElsewhereError):  # free is not held: A must claim again
        log_item(uow(), user_id, session, item_log(0, "leg_swings"), player=A)
    claim_session(uow(), user_id, session, C)
    log_item(uow(), user_id, session, item_log(0, "leg_swings"), player=C)


def test_claiming_a_session_that_is_not_stored_says_so(uow: UowFactory, user_id: int) -> None:
    with pytest.raises(NotFoundError, match="session"):
        claim_session(uow(), user_id, uuid.uuid4(), A)
    with pytest.raises(NotFoundError, match="session"):
        log_item(uow(), user_id, uuid.uuid4(), item_log(0, "leg_swings"), player=A)


def test_two_players_claiming_a_free_session_at_once_one_wins(
    uow: UowFactory, user_id: int
) -> None:
    session = started(uow, user_id)
    release_session(uow(), user_id, session, A)
    players = [uuid.uuid4() for _ in range(4)]
    barrier = threading.Barrier(len(players))
    won: list[uuid.UUID] = []

    def claim(player: uuid.UUID) -> None:
        barrier.wait()
        try:
            claim_session(uow(), user_id, session, player)
            won.append(player)
        except PlayedElsewhereError:
            pass

    threads = [threading.Thread(target=claim, args=(player,)) for player in players]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(won) == 1
    assert not played_elsewhere(uow(), user_id, session, won[0])


def test_a_take_over_waits_for_the_write_the_claim_was_checked_for(
    uow: UowFactory, user_id: int
) -> None:
    session = started(uow, user_id)
    taken: list[float] = []

    def take_over() -> None:
        claim_session(uow(), user_id, session, B, take_over=True)
        taken.append(time.monotonic())

    with uow() as work:
        assert work.sessions.hold(user_id, session, A)
        thief = threading.Thread(target=take_over)
        thief.start()
        time.sleep(0.5)
        assert taken == []  # the take-over waits for this write's transaction
        work.sessions.save_item(user_id, session, item_log(0, "leg_swings", reps_done=7))
        work.commit()
        committed = time.monotonic()
    thief.join()
    assert taken[0] >= committed
    assert get_session(uow(), user_id, session).item(0).reps_done == 7  # type: ignore[union-attr]
    assert played_elsewhere(uow(), user_id, session, A)

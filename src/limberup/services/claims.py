"""One live player per session: the claim a player holds, and the check every write makes.

A player (one ``limberup go`` process, one web player page) names itself with a token made
when it starts. Starting a session's log gives the claim to its player; resuming one takes the
claim if no other player holds it, and a player told that another holds it can take it over
explicitly. A write that carries a token is accepted only from the holder; any other (a player
taken over, or one whose session was left free and not claimed again) is refused with
:class:`PlayedElsewhereError` and nothing of it is stored, so two players never mix one log.

Writes without a token (older clients, a whole session logged afterwards) are not checked.
A claim stays with the player that finished or abandoned the session, so a write replayed by
that player (the web outbox after a lost answer) still succeeds; a terminal that quits
half-way leaves the session free for the next player.
"""

from __future__ import annotations

import uuid

from limberup.domain.logbook import SessionLog
from limberup.exceptions import NotFoundError, PlayedElsewhereError
from limberup.services.unit_of_work import UnitOfWork


def claim_session(
    uow: UnitOfWork,
    user_id: int,
    session_uuid: uuid.UUID,
    player: uuid.UUID,
    *,
    take_over: bool = False,
) -> SessionLog:
    """Make ``player`` the session's live player; with ``take_over``, even from another.

    Raises:
        NotFoundError: no such session log.
        PlayedElsewhereError: another player holds it and ``take_over`` is not set.
    """
    with uow:
        if not uow.sessions.claim(user_id, session_uuid, player, take_over=take_over):
            raise _refusal(uow, user_id, session_uuid)
        log = uow.sessions.get(user_id, session_uuid)
        assert log is not None  # the claim matched its row
        uow.commit()
    return log


def release_session(
    uow: UnitOfWork, user_id: int, session_uuid: uuid.UUID, player: uuid.UUID
) -> None:
    """Leave the session free for the next player, if ``player`` holds it (else change nothing)."""
    with uow:
        uow.sessions.release(user_id, session_uuid, player)
        uow.commit()


def played_elsewhere(
    uow: UnitOfWork, user_id: int, session_uuid: uuid.UUID, player: uuid.UUID | None = None
) -> bool:
    """Whether a player other than ``player`` holds the session now."""
    with uow:
        holder = uow.sessions.player(user_id, session_uuid)
    return holder is not None and holder != player


def check_player(
    uow: UnitOfWork, user_id: int, session_uuid: uuid.UUID, player: uuid.UUID | None
) -> None:
    """Refuse a write by a player that does not hold the session (call first in the write).

    Raises:
        NotFoundError: no such session log.
        PlayedElsewhereError: ``player`` is not the session's live player.
    """
    if player is not None and not uow.sessions.hold(user_id, session_uuid, player):
        raise _refusal(uow, user_id, session_uuid)


def _refusal(uow: UnitOfWork, user_id: int, session_uuid: uuid.UUID) -> Exception:
    if uow.sessions.get(user_id, session_uuid) is None:
        return NotFoundError("session", session_uuid)
    return PlayedElsewhereError(session_uuid)

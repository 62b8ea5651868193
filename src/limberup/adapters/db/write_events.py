"""Hear of a session's writes before they are sent, whichever way they are made."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker


def before_writes(factory: sessionmaker[Session], listener: Callable[[Session], None]) -> None:
    """Call ``listener(session)`` before each write of a session of ``factory``.

    A write is an INSERT, UPDATE or DELETE sent as a statement, or a flush of changed ORM
    objects. The listener may be called many times in one transaction.
    """

    def on_statement(state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            listener(state.session)

    def on_flush(session: Session, _context: Any, _instances: Any) -> None:
        if session.new or session.dirty or session.deleted:
            listener(session)

    event.listen(factory, "do_orm_execute", on_statement)
    event.listen(factory, "before_flush", on_flush)

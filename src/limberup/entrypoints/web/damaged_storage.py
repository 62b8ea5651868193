"""Once the database has shown a damaged page, nothing more is written to it.

A damaged page is found by SQLite's ``quick_check`` at start, or later by the first request
that reads it (``errors.py`` then keeps the fault for health to report). Writing on could
spread the damage into pages still sound and store what cannot be read back, so from then on
every state-changing request is refused with the fault's message (503) until LimberUp is
started again on a repaired file; reads go on, so what is still readable can be exported.
"""

from __future__ import annotations

from fastapi import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from limberup.entrypoints.web.errors import error_response
from limberup.entrypoints.web.trust.same_origin import SAFE_METHODS


class DamagedStorageGuard:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        fault = scope["app"].state.storage_fault if scope["type"] == "http" else None
        if fault is None or scope["method"] in SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        response = error_response(503, "storage_unavailable", str(fault), request=Request(scope))
        await response(scope, receive, send)

"""``HEAD`` answers as ``GET`` would, without the body (RFC 9110, section 9.3.2).

FastAPI's routes answer only the methods they name, so a ``HEAD /`` (a link checker, an uptime
probe, ``curl -I``) got 405. Here a ``HEAD`` is routed as a ``GET``, and its answer keeps the
status and every header (``content-length`` included) while the body is dropped.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class HeadLikeGet:
    """Serve ``HEAD`` through the ``GET`` route of the same path, sending no body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return
        ended = False

        async def without_body(message: Message) -> None:
            nonlocal ended
            if message["type"] != "http.response.body":
                await send(message)
            elif not ended and not message.get("more_body", False):
                ended = True
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        await self.app({**scope, "method": "GET"}, receive, without_body)

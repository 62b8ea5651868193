"""Refuse request bodies over a size limit before the app reads them (HTTP 413)."""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

DEFAULT_LIMIT = 256 * 1024
"""Plenty for any form or API call; an import of a whole history gets more (see ``limits``)."""


class BodyTooLargeError(Exception):
    pass


class BodyLimitMiddleware:
    """Check ``Content-Length`` up front, and count streamed bodies as they arrive.

    Args:
        app: the wrapped app.
        default: the limit in bytes.
        limits: larger (or smaller) limits by path prefix, e.g. ``{"/api/v1/import": 16 MiB}``.
    """

    def __init__(
        self, app: ASGIApp, *, default: int = DEFAULT_LIMIT, limits: dict[str, int] | None = None
    ) -> None:
        self.app = app
        self.default = default
        self.limits = limits or {}

    def limit_for(self, path: str) -> int:
        for prefix, limit in self.limits.items():
            if path.startswith(prefix):
                return limit
        return self.default

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            await _refuse(send, limit)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLargeError
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLargeError:
            if not started:
                await _refuse(send, limit)


async def _refuse(send: Send, limit: int) -> None:
    body = json.dumps(
        {
            "error": "too_large",
            "message": f"The request body is over the limit of {limit} bytes.",
            "problems": [{"field": "(body)", "value": None, "allowed": f"at most {limit} bytes"}],
        }
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})

"""Refuse request bodies over a size limit before the app reads them (HTTP 413).

The body is counted chunk by chunk as the app reads it, so a body sent without a length (or
with a false one) is cut off at the limit too; nothing past it is read. The refusal names the
limit, as JSON for the API and as a page for the page forms (``errors.error_response``).
"""

from __future__ import annotations

from typing import Final

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from limberup.entrypoints.web.errors import Problem, error_response

MB: Final = 1024 * 1024
DEFAULT_LIMIT: Final = 256 * 1024
"""Plenty for any form or API call; an import of a whole history gets more (see ``limits``)."""
IMPORT_LIMIT: Final = 64 * MB
"""The largest export the import takes (README, "Backup and restore"). Three years of keen use
(a plan and often a replan each week, 1,000 sessions logged, a weekly retest) come to about
15 MB as the settings page downloads it and 31 MB as ``limberup export`` indents it
(``bench/import_history.py``)."""
FORM_ALLOWANCE: Final = 64 * 1024
"""What a page form adds around an uploaded file (its token field and part headers)."""


class BodyTooLargeError(Exception):
    pass


class BodyLimitMiddleware:
    """Check ``Content-Length`` up front, and count streamed bodies as they arrive.

    Args:
        app: the wrapped app.
        default: the limit in bytes.
        limits: larger (or smaller) limits by path prefix, e.g. ``{"/api/v1/import": 64 MB}``.
            A page form's upload (``multipart/form-data``) may add :data:`FORM_ALLOWANCE`
            around its file, so a file of the limit itself still goes through.
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
        named = self.limit_for(scope["path"])
        headers = dict(scope["headers"])
        multipart = headers.get(b"content-type", b"").startswith(b"multipart/form-data")
        limit = named + FORM_ALLOWANCE if multipart else named
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            await _refuse(scope, send, named)
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
                await _refuse(scope, send, named)


def size_in_words(limit: int) -> str:
    """``67108864`` -> ``"64 MB"``; small limits in KB."""
    if limit >= MB:
        return f"{limit / MB:g} MB"
    return f"{limit / 1024:g} KB"


def too_large(limit: int, *, field: str = "(body)") -> Problem:
    """The problem a body or file over ``limit`` is refused with."""
    return Problem(
        field=field, value=None, allowed=f"at most {size_in_words(limit)} ({limit} bytes)"
    )


async def _refuse(scope: Scope, send: Send, limit: int) -> None:
    request = Request(scope)
    message = f"The request is over the limit of {size_in_words(limit)}; nothing was stored."
    response = error_response(413, "too_large", message, [too_large(limit)], request=request)
    # Then hang up: the server would otherwise read, and drop, the rest of a huge upload.
    response.headers["connection"] = "close"
    await response(scope, _nothing, send)


async def _nothing() -> Message:
    return {"type": "http.disconnect"}

"""An unexpected failure is answered with a plain 500 and logged without what was sent.

Starlette hands an unhandled exception to the server after answering it, and Uvicorn then
logs its whole traceback; an exception's text can quote a request's values (a note, a pain
figure), and logs are no place for health data. Caught here, one layer inside Starlette's
own, it is logged as its kind and the line it came from, and the server never sees it.
"""

from __future__ import annotations

import logging
import traceback

from fastapi import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from limberup.entrypoints.web.errors import error_response

log = logging.getLogger(__name__)


def where(error: BaseException) -> str:
    """The file, line and function an exception was raised in, with no values."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return "unknown place"
    last = frames[-1]
    return f"{last.filename}:{last.lineno} in {last.name}"


class QuietFailures:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as error:
            log.error(
                "unexpected %s on %s %s at %s",
                type(error).__name__,
                scope["method"],
                scope["path"],
                where(error),
            )
            if started:
                return  # the answer is half sent: the client sees the connection end
            response = error_response(
                500, "internal_error", "Something went wrong on our side.", request=Request(scope)
            )
            await response(scope, receive, send)

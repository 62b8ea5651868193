"""Every JSON body the API receives is read by the same strict rules as an import file.

The body is read whole (``body_limit.py`` bounds it first), checked by
``adapters.strict_json.loads`` and handed on unchanged; a body holding NaN, NUL, a lone
surrogate, invalid UTF-8 or deep nesting gets a 422 naming the field before any route runs,
so no route can store what an export could not give back.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from limberup.adapters.strict_json import JsonTextError, loads
from limberup.entrypoints.web.trust.refusal import refuse
from limberup.entrypoints.web.trust.same_origin import API_PREFIX, SAFE_METHODS, is_json


class StrictJsonBodies:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] in SAFE_METHODS
            or not scope["path"].startswith(API_PREFIX)
            or not is_json(dict(scope["headers"]).get(b"content-type", b"").decode("latin-1"))
        ):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                await self.app(scope, receive, send)  # the client left; let the app see it
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if body:
            try:
                loads(body)
            except JsonTextError as error:
                await refuse(
                    send,
                    422,
                    "invalid_input",
                    str(error),
                    field=error.field,
                    value=error.value,
                    allowed=error.expected,
                )
                return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

"""A refusal sent straight from an ASGI layer, in the API's error shape."""

from __future__ import annotations

import json

from starlette.types import Send


async def refuse(
    send: Send, status: int, error: str, message: str, *, field: str, value: object, allowed: str
) -> None:
    """Answer ``status`` with one problem naming ``field``, ``value`` and what is allowed."""
    body = json.dumps(
        {
            "error": error,
            "message": message,
            "problems": [{"field": field, "value": value, "allowed": allowed}],
        }
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})

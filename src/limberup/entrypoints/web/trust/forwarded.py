"""Headers by which a proxy says who the client is, refused unless a proxy is named.

Uvicorn believes ``X-Forwarded-For`` and ``X-Forwarded-Proto`` from 127.0.0.1 by default and
rewrites the client and scheme before the app sees the request, so the app cannot undo it. What
it can do is refuse: with no ``LIMBERUP_TRUSTED_PROXY`` set, a request carrying any forwarding
header gets 400, whichever server runs the app and however that server is configured.
"""

from __future__ import annotations

from collections.abc import Iterable

FORWARDING_HEADERS = (b"forwarded", b"x-forwarded-for", b"x-forwarded-proto", b"x-forwarded-host")
"""What proxies send to name the client, its scheme or the host it asked for (lower case)."""


def forwarding_header(headers: Iterable[tuple[bytes, bytes]]) -> tuple[str, str] | None:
    """The first forwarding header in an ASGI header list and its value, or None."""
    for name, value in headers:
        if name in FORWARDING_HEADERS:
            return name.decode("latin-1"), value.decode("latin-1")
    return None

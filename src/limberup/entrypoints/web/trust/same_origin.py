"""State-changing requests come from the app's own pages, or from a program that is not a browser.

A browser names where a request comes from (``Origin``, else ``Referer``, and
``Sec-Fetch-Site``); a request naming another site is refused with 403 whatever its route.
A program such as ``curl`` names none of them and passes here; it cannot be made to act by a
web page. The API also takes JSON bodies only: a page on another site cannot send one without
a CORS preflight, which this app never grants. Page forms carry a token as well
(``form_token.py``).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

from limberup.entrypoints.web.trust.refusal import refuse

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
DEFAULT_PORTS = {"http": 80, "https": 443}
FOREIGN_FETCH_SITES = frozenset({b"cross-site", b"same-site"})
API_PREFIX = "/api/"


def origin_of(url: str) -> tuple[str, str, int] | None:
    """``(scheme, host, port)`` of an absolute URL; None for ``null`` or anything unreadable."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    return parts.scheme, parts.hostname.lower(), port or DEFAULT_PORTS[parts.scheme]


def own_origin(scope: Scope, host_header: str) -> tuple[str, str, int] | None:
    return origin_of(f"{scope.get('scheme', 'http')}://{host_header}")


def is_json(content_type: str) -> bool:
    media = content_type.partition(";")[0].strip().lower()
    return media == "application/json" or (
        media.startswith("application/") and media.endswith("+json")
    )


class SameOriginGuard:
    """403 for a state-changing request from another site; 415 for an API body not JSON."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        sender = headers.get(b"origin") or headers.get(b"referer")
        host = headers.get(b"host", b"").decode("latin-1")
        foreign = headers.get(b"sec-fetch-site") in FOREIGN_FETCH_SITES
        if foreign or (
            sender is not None and origin_of(sender.decode("latin-1")) != own_origin(scope, host)
        ):
            named = (sender or headers.get(b"sec-fetch-site", b"")).decode("latin-1")
            await refuse(
                send,
                403,
                "cross_site",
                "This request was sent by another site; LimberUp takes changes only from its "
                "own pages.",
                field="Origin",
                value=named,
                allowed=f"this app's own origin ({scope.get('scheme', 'http')}://{host})",
            )
            return
        if scope["path"].startswith(API_PREFIX) and _has_body(headers):
            content_type = headers.get(b"content-type", b"").decode("latin-1")
            if not is_json(content_type):
                await refuse(
                    send,
                    415,
                    "unsupported_media_type",
                    "The API reads JSON bodies only.",
                    field="Content-Type",
                    value=content_type or None,
                    allowed="application/json",
                )
                return
        await self.app(scope, receive, send)


def _has_body(headers: dict[bytes, bytes]) -> bool:
    length = headers.get(b"content-length")
    return b"transfer-encoding" in headers or (
        length is not None and length.strip() not in (b"", b"0")
    )

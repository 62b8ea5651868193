"""Answer only to the app's own host names, and in single-user mode only to this machine.

A page on another site can make the runner's browser resolve its own name to 127.0.0.1 (DNS
rebinding) and then read every answer as same-origin; the ``Host`` header it sends still
names the other site, so an allow-list of names stops it. Single-user mode has no password:
whatever server runs the app and on whatever interface it listens, a client that is not on
loopback is refused here, and so is a forwarded client when no proxy is named
(``forwarded.py``).
"""

from __future__ import annotations

from typing import NamedTuple

from starlette.types import ASGIApp, Receive, Scope, Send

from limberup.entrypoints.web.trust.forwarded import forwarding_header
from limberup.entrypoints.web.trust.refusal import refuse
from limberup.settings import Mode, Settings, is_loopback

LOOPBACK_NAMES = ("localhost",)
"""Names always allowed besides loopback addresses: the app can be reached on this machine."""


def host_name(host_header: str) -> str:
    """The name part of a ``Host`` header: no port, IPv6 without brackets, lower case."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    name, _, _ = host.partition(":")
    return name


class Refusal(NamedTuple):
    status: int
    error: str
    message: str
    field: str
    value: str
    allowed: str


class HostGuard:
    """400 for an unknown ``Host`` or an unbelieved proxy header; 403 for a remote client in
    single-user mode.

    Args:
        app: the wrapped app.
        settings: the mode, the trusted proxy and, in multi-user mode, the public host names.
    """

    def __init__(self, app: ASGIApp, *, settings: Settings) -> None:
        self.app = app
        self.single_user = settings.mode is Mode.SINGLE_USER
        self.proxy_named = settings.trusted_proxy is not None
        names = () if self.single_user else settings.public_hosts
        self.names = frozenset((*LOOPBACK_NAMES, *(name.lower() for name in names)))

    def allows_host(self, name: str) -> bool:
        return name in self.names or is_loopback(name)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        refusal = self.refusal(scope) if scope["type"] in ("http", "websocket") else None
        if refusal is None:
            await self.app(scope, receive, send)
            return
        status, error, message, field, value, allowed = refusal
        await refuse(send, status, error, message, field=field, value=value, allowed=allowed)

    def refusal(self, scope: Scope) -> Refusal | None:
        """Why this request is not answered, or None to answer it."""
        # Forwarding headers first: a believed one has already rewritten the client.
        forwarded = None if self.proxy_named else forwarding_header(scope["headers"])
        if forwarded is not None:
            name, value = forwarded
            message = (
                f"This LimberUp trusts no proxy, so it does not take the client from {name}. "
                "Set LIMBERUP_TRUSTED_PROXY to the proxy's address if one runs in front of it."
            )
            allowed = "no forwarding header unless LIMBERUP_TRUSTED_PROXY is set"
            return Refusal(400, "untrusted_proxy_header", message, name, value, allowed)
        client = scope.get("client")
        if self.single_user and client is not None and not is_loopback(str(client[0])):
            message = (
                "This LimberUp runs in single-user mode, which has no password, so it only "
                "answers requests from this machine. Set LIMBERUP_MODE=multi to serve others."
            )
            allowed = "a loopback address such as 127.0.0.1 or ::1"
            return Refusal(403, "remote_client", message, "(client)", str(client[0]), allowed)
        raw = dict(scope["headers"]).get(b"host", b"").decode("latin-1")
        if not self.allows_host(host_name(raw)):
            message = f"This LimberUp does not answer to the host name {raw!r}."
            allowed = "a loopback name such as localhost or 127.0.0.1"
            if not self.single_user:
                allowed += " or one of LIMBERUP_PUBLIC_HOSTS"
            return Refusal(400, "unknown_host", message, "Host", raw, allowed)
        return None

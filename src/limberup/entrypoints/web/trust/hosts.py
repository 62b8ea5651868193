"""Answer only to the app's own host names, and in single-user mode only to this machine.

A page on another site can make the runner's browser resolve its own name to 127.0.0.1 (DNS
rebinding) and then read every answer as same-origin; the ``Host`` header it sends still
names the other site, so an allow-list of names stops it. Single-user mode has no password:
whatever server runs the app and on whatever interface it listens, a client that is not on
loopback is refused here.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

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


class HostGuard:
    """400 for an unknown ``Host``; 403 for a remote client in single-user mode.

    Args:
        app: the wrapped app.
        settings: the mode and, in multi-user mode, the public host names.
    """

    def __init__(self, app: ASGIApp, *, settings: Settings) -> None:
        self.app = app
        self.single_user = settings.mode is Mode.SINGLE_USER
        names = () if self.single_user else settings.public_hosts
        self.names = frozenset((*LOOPBACK_NAMES, *(name.lower() for name in names)))

    def allows_host(self, name: str) -> bool:
        return name in self.names or is_loopback(name)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        if self.single_user and client is not None and not is_loopback(str(client[0])):
            await refuse(
                send,
                403,
                "remote_client",
                "This LimberUp runs in single-user mode, which has no password, so it only "
                "answers requests from this machine. Set LIMBERUP_MODE=multi to serve others.",
                field="(client)",
                value=str(client[0]),
                allowed="a loopback address such as 127.0.0.1 or ::1",
            )
            return
        raw = dict(scope["headers"]).get(b"host", b"").decode("latin-1")
        if not self.allows_host(host_name(raw)):
            allowed = "a loopback name such as localhost or 127.0.0.1"
            if not self.single_user:
                allowed += " or one of LIMBERUP_PUBLIC_HOSTS"
            await refuse(
                send,
                400,
                "unknown_host",
                f"This LimberUp does not answer to the host name {raw!r}.",
                field="Host",
                value=raw,
                allowed=allowed,
            )
            return
        await self.app(scope, receive, send)

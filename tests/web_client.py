"""A test client that talks to the app the way the runner's own browser on this machine does."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.types import ASGIApp, Receive, Scope, Send

LOCAL_BASE = "http://127.0.0.1:8000"
LOCAL_CLIENT = ("127.0.0.1", 50000)


def local_client(app: FastAPI, **options: object) -> TestClient:
    """A client on loopback, at a loopback host, sending the page-form token as htmx does."""
    headers = {"x-csrf-token": app.state.form_token}
    return TestClient(
        app,
        base_url=LOCAL_BASE,
        client=LOCAL_CLIENT,
        headers=headers,
        **options,  # type: ignore[arg-type]
    )


def on_loopback(app: ASGIApp) -> ASGIApp:
    """``app`` as a loopback client at a loopback host sees it (for tools such as schemathesis
    that bring their own test client, which says it is ``testclient`` at ``testserver``)."""

    async def local(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            headers = [(k, v) for k, v in scope["headers"] if k != b"host"]
            headers.append((b"host", LOCAL_BASE.removeprefix("http://").encode()))
            scope = {**scope, "client": LOCAL_CLIENT, "headers": headers}
        await app(scope, receive, send)

    return local

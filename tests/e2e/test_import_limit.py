"""The import's size limit on a real ``limberup serve``, over a bare socket: a body announced
as too large is refused before any of it is read, and a body streamed without a length is cut
off at the limit, answered with 413 naming it, and not read to its end."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from limberup.entrypoints.web.body_limit import IMPORT_LIMIT
from tests.e2e.live import Server, start_server

CHUNK = 1024 * 1024


@pytest.fixture
def server(data_dir: Path) -> Iterator[Server]:
    started = start_server(data_dir)
    yield started
    started.stop()


def _connect(server: Server) -> socket.socket:
    host, _, port = server.base.removeprefix("http://").partition(":")
    return socket.create_connection((host, int(port)), timeout=30)


def _head(path: str, *headers: str) -> bytes:
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json"]
    return ("\r\n".join([*lines, *headers]) + "\r\n\r\n").encode()


def _answer(sock: socket.socket) -> bytes:
    received = b""
    while b"\r\n\r\n" not in received or b'"}]}' not in received:
        chunk = sock.recv(65536)
        if not chunk:
            break
        received += chunk
    return received


def test_a_body_announced_over_the_limit_is_refused_before_it_is_sent(server: Server) -> None:
    with _connect(server) as sock:
        sock.sendall(_head("/api/v1/import", f"Content-Length: {4 * IMPORT_LIMIT}"))
        answer = _answer(sock)  # nothing of the body sent: the answer cannot wait for it
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"64 MB" in answer


def test_a_streamed_body_is_cut_off_at_the_limit_and_not_read_to_its_end(server: Server) -> None:
    planned = 3 * IMPORT_LIMIT // CHUNK  # 192 MB on offer
    sent = 0
    with _connect(server) as sock:
        sock.sendall(_head("/api/v1/import", "Transfer-Encoding: chunked"))
        sock.settimeout(10)
        try:
            for _ in range(planned):
                sock.sendall(f"{CHUNK:x}\r\n".encode() + b" " * CHUNK + b"\r\n")
                sent += 1
        except (TimeoutError, BrokenPipeError, ConnectionResetError):
            pass  # the server stopped reading: what this test hopes for
        sock.settimeout(30)
        answer = _answer(sock)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"at most 64 MB" in answer
    assert sent < planned, "the whole 192 MB body was read"

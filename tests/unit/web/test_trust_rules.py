"""The small rules the trust layers rest on: host names, origins, JSON media types."""

from __future__ import annotations

import pytest

from limberup.entrypoints.web.trust.hosts import host_name
from limberup.entrypoints.web.trust.same_origin import is_json, origin_of
from limberup.settings import is_loopback


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("localhost:8000", "localhost"),
        ("LocalHost", "localhost"),
        ("[::1]:8000", "::1"),
        ("127.0.0.1", "127.0.0.1"),
        ("evil.example:80", "evil.example"),
        ("", ""),
    ],
)
def test_the_host_name_drops_the_port_and_brackets(header: str, name: str) -> None:
    assert host_name(header) == name


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.0.1", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("192.0.2.2", False),
        ("testclient", False),
        ("localhost.evil", False),
    ],
)
def test_only_this_machine_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_an_origin_is_scheme_host_and_port_with_default_ports_filled_in() -> None:
    assert origin_of("http://127.0.0.1:8000/x?y") == ("http", "127.0.0.1", 8000)
    assert origin_of("http://LOCALHOST") == ("http", "localhost", 80)
    assert origin_of("https://a.example") == ("https", "a.example", 443)
    for unreadable in ("null", "", "file:///etc", "http://x:99999", "javascript:alert(1)"):
        assert origin_of(unreadable) is None


@pytest.mark.parametrize(
    ("content_type", "json"),
    [
        ("application/json", True),
        ("application/json; charset=utf-8", True),
        ("application/merge-patch+json", True),
        ("text/plain", False),
        ("multipart/form-data", False),
        ("application/x-www-form-urlencoded", False),
        ("", False),
        ("text/json", False),
    ],
)
def test_only_json_media_types_are_json(content_type: str, json: bool) -> None:
    assert is_json(content_type) is json

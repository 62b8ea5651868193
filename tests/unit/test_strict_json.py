"""The one JSON reader of every door refuses what LimberUp must not store, however it is
written: a short body is read without walking it, so each refusal is checked both ways."""

from __future__ import annotations

import pytest

from limberup.adapters.strict_json import MAX_DEPTH, JsonTextError, loads

DEEP = b"[" * (MAX_DEPTH + 2) + b"]" * (MAX_DEPTH + 2)


@pytest.mark.parametrize(
    ("text", "field", "allowed"),
    [
        (b'{"note": "a\\u0000b"}', "note", "without NUL"),
        (b'{"note": "\\ud800"}', "note", "lone surrogate"),
        (b'{"n\\u0000": 1}', "(key)", "without NUL"),
        (b'{"pain": NaN}', "pain", "finite"),
        (b'{"pain": -Infinity}', "pain", "finite"),
        (b'{"pain": 1e999}', "pain", "overflows"),
        (b'{"pain": 1' + b"0" * 400 + b".5}", "pain", "overflows"),
        (DEEP, "0." * MAX_DEPTH, "nested"),
        ('{"note": "\ud800"}', "note", "lone surrogate"),  # a str may hold a raw one
        (b'{"note": "\xff"}', "(body)", "UTF-8"),
    ],
)
def test_a_short_body_is_refused_like_a_long_one(
    text: bytes | str, field: str, allowed: str
) -> None:
    padding = ", ".join(f'"k{i}": [{{}}]' for i in range(MAX_DEPTH))  # brackets force the walk
    long = (
        text.replace(b"{", b"{" + padding.encode() + b", ", 1) if isinstance(text, bytes) else text
    )
    for body in (text, long):
        with pytest.raises(JsonTextError) as refused:
            loads(body)
        assert str(refused.value).startswith(field.rstrip(".")), body[:40]
        assert allowed in str(refused.value)


def test_plain_text_reads_as_json() -> None:
    assert loads(b'{"note": "caf\\u00e9, [ok]", "sets": [1, 2.5]}') == {
        "note": "café, [ok]",
        "sets": [1, 2.5],
    }

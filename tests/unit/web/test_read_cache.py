"""The read cache's own rules: the revision must match, the least recently used goes first."""

from __future__ import annotations

from collections.abc import Hashable

from fastapi import Request, Response

from limberup.entrypoints.web.read_cache import Answer, Answers, ReadCache, request_key


def answer(text: str) -> Answer:
    return Answer.of(Response(text, media_type="text/plain"))


def test_an_answer_is_found_only_at_the_revision_it_was_made_at() -> None:
    cache = ReadCache(4)
    cache.put("page", 7, answer("seven"))
    assert cache.get("page", 7) == answer("seven")
    assert cache.get("page", 8) is None
    assert cache.get("other", 7) is None


def test_the_least_recently_used_answer_is_dropped_first() -> None:
    cache = ReadCache(2)
    cache.put("a", 1, answer("a"))
    cache.put("b", 1, answer("b"))
    assert cache.get("a", 1) is not None  # "a" is now the more recent
    cache.put("c", 1, answer("c"))
    assert cache.get("b", 1) is None
    assert cache.get("a", 1) == answer("a")
    assert len(cache) == 2


def test_a_kept_answer_comes_back_with_its_status_headers_and_body() -> None:
    original = Response(b"<p>hi</p>", status_code=200, media_type="text/html")
    again = Answer.of(original).response()
    assert again.body == original.body
    assert again.status_code == 200
    assert dict(again.raw_headers) == dict(original.raw_headers)


def test_answers_from_the_catalogue_are_made_once() -> None:
    made: list[int] = []

    def make() -> Response:
        made.append(1)
        return Response(f"answer {len(made)}")

    answers = Answers(ReadCache(8), "key", None)
    assert answers.keep(make).body == b"answer 1"
    assert answers.keep(make).body == b"answer 1"
    assert len(made) == 1


def test_answers_other_than_200_are_made_each_time() -> None:
    made: list[int] = []

    def make() -> Response:
        made.append(1)
        return Response("gone", status_code=404)

    answers = Answers(ReadCache(8), "key", None)
    answers.keep(make)
    answers.keep(make)
    assert len(made) == 2


def test_a_cache_of_no_entries_keeps_nothing() -> None:
    cache = ReadCache(0)
    cache.put("a", 1, answer("a"))
    assert cache.get("a", 1) is None
    assert len(cache) == 0


def test_the_key_holds_the_scheme_and_host_the_request_was_sent_to() -> None:
    def key(scheme: str, host: str) -> tuple[Hashable, ...]:
        headers = [(b"host", host.encode())]
        scope = {
            "type": "http",
            "scheme": scheme,
            "path": "/today",
            "query_string": b"",
            "headers": headers,
        }
        return request_key(Request(scope))

    assert key("http", "localhost:8000") != key("http", "127.0.0.1:8000")
    assert key("http", "localhost:8000") != key("https", "localhost:8000")
    assert key("http", "localhost:8000") == key("http", "localhost:8000")

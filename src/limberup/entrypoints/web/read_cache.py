"""Answers to reads, kept until the data they were made from changes.

A page such as /progress reads every assessment and session and renders a template: several
milliseconds of work that gives the same bytes until the runner stores something new. Each
answer is kept with the data revision it was made at (``adapters/db/revision.py``) and sent
again while the revision is unchanged. Any committed write, by this process, another worker
or the CLI, moves the revision on, and the next request makes the answer afresh.

The key holds everything else an answer depends on: the user, the scheme and host the
request was sent to, the path and query, whether htmx asked for a fragment, and the date
(pages mark "today", adherence counts up to it).
Answers made only from the catalogue, which is fixed while the server runs, need no
revision. Pages link with relative URLs only, so an answer made for one host name is right
for every other as well; the host stays in the key so that this never rests on a template
alone. Only complete 200 answers are kept, and an answer whose making wrote something
(a week's plan made on first asking) is kept only from the next request on.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from fastapi import Request, Response
from sqlalchemy import Engine

from limberup.adapters.db.revision import read_revision

NO_REVISION = -1
"""The revision of answers made from the catalogue alone."""


@dataclass(frozen=True, slots=True)
class Answer:
    status_code: int
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes

    @classmethod
    def of(cls, response: Response) -> Answer:
        return cls(response.status_code, tuple(response.raw_headers), bytes(response.body))

    def response(self) -> Response:
        response = Response(self.body, status_code=self.status_code)
        response.raw_headers = list(self.headers)
        return response


class ReadCache:
    """A bounded map from a request's key to its answer and the revision it was made at.

    Args:
        entries: how many answers to keep, least recently used dropped first; 0 keeps none.
    """

    def __init__(self, entries: int) -> None:
        self.entries = entries
        self._answers: OrderedDict[Hashable, tuple[int, Answer]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, revision: int) -> Answer | None:
        with self._lock:
            found = self._answers.get(key)
            if found is None or found[0] != revision:
                return None
            self._answers.move_to_end(key)
            return found[1]

    def put(self, key: Hashable, revision: int, answer: Answer) -> None:
        if self.entries <= 0:
            return
        with self._lock:
            self._answers[key] = (revision, answer)
            self._answers.move_to_end(key)
            while len(self._answers) > self.entries:
                self._answers.popitem(last=False)

    def __len__(self) -> int:
        return len(self._answers)


class Answers:
    """The cache as one request sees it: :meth:`keep` answers from it or makes the answer."""

    def __init__(self, cache: ReadCache, key: Hashable, engine: Engine | None) -> None:
        self._cache = cache
        self._key = key
        self._engine = engine  # None: the answer depends on no stored data

    def found(self) -> Response | None:
        """The kept answer, if it is still right: a page can skip the checks it made first."""
        if self._cache.entries <= 0:
            return None
        found = self._cache.get(self._key, self._revision())
        return None if found is None else found.response()

    def keep(self, make: Callable[[], Response]) -> Response:
        if self._cache.entries <= 0:
            return make()
        revision = self._revision()
        found = self._cache.get(self._key, revision)
        if found is not None:
            return found.response()
        response = make()
        if response.status_code == 200 and self._revision() == revision:
            self._cache.put(self._key, revision, Answer.of(response))
        return response

    def _revision(self) -> int:
        if self._engine is None:
            return NO_REVISION
        with self._engine.connect() as connection:
            return read_revision(connection)


def request_key(request: Request) -> tuple[Hashable, ...]:
    """What a read's answer depends on besides the stored data and the user."""
    return (
        request.scope.get("scheme", "http"),
        request.headers.get("host", ""),
        request.url.path,
        request.url.query,
        request.headers.get("hx-request") == "true",
        dt.date.today(),  # the server's date is the runner's (single-user mode, see today.py)
    )

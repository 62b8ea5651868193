"""What the use cases need besides storage: the catalogue, the solver and the clock.

:mod:`limberup.bootstrap` builds one :class:`Runtime` per process and every door (CLI, API,
pages) hands it to the services, so none builds its own and tests can swap any part.
The catalogue and the solver are made on first use: a command that never plans never pays
for HiGHS, and one that never reads a drill never validates the library.

Example:
    >>> runtime = Runtime(catalogue=lambda: catalogue, solver=HighsSolver, clock=FixedClock(now))
    >>> generate_plan(uow, runtime, user_id, week_of(runtime.clock.today()))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

from limberup.domain.catalog import Catalogue
from limberup.domain.planning.integer_program import Solver


class Clock(Protocol):
    """Where "now" and "today" come from."""

    def now(self) -> dt.datetime:
        """The current time, aware, in UTC: every stored time is."""
        ...

    def today(self) -> dt.date:
        """The runner's own date: plans are made of local days."""
        ...


class SystemClock:
    """The machine's clock; today is the local date."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def today(self) -> dt.date:
        return dt.date.today()


@dataclass(frozen=True, slots=True)
class FixedClock:
    """A clock that stands still, for tests and replays."""

    at: dt.datetime
    local_date: dt.date | None = None

    def now(self) -> dt.datetime:
        return self.at

    def today(self) -> dt.date:
        return self.local_date or self.at.date()


class Runtime:
    """The catalogue, the solver and the clock, each made once, on first use.

    Args:
        catalogue: makes the exercise library (called at most once).
        solver: makes the integer-program solver (called at most once).
        clock: where the time comes from.
    """

    def __init__(
        self,
        *,
        catalogue: Callable[[], Catalogue],
        solver: Callable[[], Solver],
        clock: Clock,
    ) -> None:
        self._make_catalogue = catalogue
        self._make_solver = solver
        self.clock = clock

    @cached_property
    def catalogue(self) -> Catalogue:
        return self._make_catalogue()

    @cached_property
    def solver(self) -> Solver:
        return self._make_solver()

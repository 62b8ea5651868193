"""The composition root: the one place that chooses the catalogue, the solver and the clock.

Every entry point (the ``limberup`` command, the web app) calls :func:`build_runtime` once and
passes the result to the services; nothing below builds its own.
"""

from __future__ import annotations

from pathlib import Path

from limberup.domain.catalog import Catalogue
from limberup.domain.planning.integer_program import Solver
from limberup.services.runtime import Clock, Runtime, SystemClock


def build_runtime(*, catalogue_dir: Path | None = None, clock: Clock | None = None) -> Runtime:
    """The shipped catalogue (or the one in ``catalogue_dir``), HiGHS and the system clock."""

    def catalogue() -> Catalogue:
        from limberup.catalog.loader import load_catalogue

        return load_catalogue(catalogue_dir)

    def solver() -> Solver:
        # HiGHS and numpy load slowly: only a use case that plans pays for them.
        from limberup.adapters.solver.highs import HighsSolver

        return HighsSolver()

    return Runtime(catalogue=catalogue, solver=solver, clock=clock or SystemClock())

"""Small hand-made exercises and catalogues for tests that must not depend on the real data."""

from __future__ import annotations

import datetime as dt
from typing import Any

from limberup.domain.catalog import Catalogue, Dose, Exercise, Range, Source, Variant
from limberup.domain.vocabulary import Context, Laterality, Modality, Plane, Position, Region
from limberup.services.runtime import FixedClock, Runtime

SOURCE = Source(seed="test.txt", title="A test", author="Tester")


def span(low: float, high: float | None = None) -> Range:
    return Range(min=low, max=low if high is None else high)


def exercise(
    exercise_id: str,
    *,
    modality: Modality = Modality.DYNAMIC,
    contexts: tuple[Context, ...] = (Context.PRE_RUN, Context.REST_DAY, Context.DAILY),
    regions: tuple[Region, ...] = (Region.ANKLE,),
    planes: tuple[Plane, ...] = (Plane.SAGITTAL,),
    laterality: Laterality = Laterality.EACH_SIDE,
    dose: Dose | None = None,
    variants: tuple[Variant, ...] = (),
    **fields: Any,
) -> Exercise:
    return Exercise(
        id=exercise_id,
        name=exercise_id.replace("_", " ").title(),
        source=SOURCE,
        regions=regions,
        planes=planes,
        modality=modality,
        position=Position.STANDING,
        laterality=laterality,
        dose=dose or Dose(sets=span(1), reps=span(5, 10)),
        variants=variants,
        contexts=contexts,
        **fields,
    )


def catalogue(*exercises: Exercise) -> Catalogue:
    return Catalogue(exercises=exercises)


def runtime_at(now: dt.datetime, *, catalogue: Catalogue | None = None) -> Runtime:
    """The shipped catalogue (or ``catalogue``), HiGHS, and a clock standing at ``now``."""
    from limberup.adapters.solver.highs import HighsSolver
    from limberup.catalog.loader import load_catalogue

    return Runtime(
        catalogue=(lambda: catalogue) if catalogue else load_catalogue,
        solver=HighsSolver,
        clock=FixedClock(now),
    )

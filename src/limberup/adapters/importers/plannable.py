"""Turn an imported exercise into one the planner can place, with LimberUp's own defaults.

Imported entries carry no dose, planes, contexts or targets. Where an entry maps well enough
(a known kind of work, at least one region, known kit), it gets a conservative dose and the
contexts its kind of work suits, each default recorded in ``ours`` with its reason. Imported
drills serve no finding: they fill sessions, they never replace the articles' correctives.
"""

from __future__ import annotations

from limberup.adapters.importers.model import ImportedExercise
from limberup.domain.catalog import Dose, Exercise, OurNumber, Range, Source
from limberup.domain.vocabulary import Context, Laterality, Modality, Plane, Position

_CONTEXTS = {
    Modality.DYNAMIC: (Context.PRE_RUN, Context.DAILY, Context.GYM_WARMUP),
    Modality.ACTIVATION: (Context.PRE_RUN, Context.REST_DAY, Context.GYM_WARMUP),
    Modality.STRENGTH: (Context.REST_DAY, Context.GYM_WARMUP),
    Modality.SOFT_TISSUE: (Context.REST_DAY, Context.GYM_WARMUP),
    Modality.STATIC_HOLD: (Context.REST_DAY, Context.DAILY),
    Modality.ACTIVE_ROM: (Context.REST_DAY, Context.DAILY),
}
_DOSE = Dose(sets=Range(min=1, max=2), reps=Range(min=8, max=10), days_per_week=Range(min=1, max=2))
_OURS = (
    OurNumber(
        field="dose",
        value=0,
        reason="the source gives no dose: 1-2 sets of 8-10, "
        "1-2 days a week, a conservative start for an unfamiliar drill",
    ),
    OurNumber(field="planes", value=0, reason="the source names no plane: sagittal assumed"),
)


def plannable(entry: ImportedExercise) -> Exercise | None:
    """The entry as an :class:`Exercise`, or None when too little of it mapped to plan it."""
    if entry.modality is None or not entry.regions or entry.equipment is None:
        return None
    return Exercise(
        id=f"imported_{entry.id}"[:80].rstrip("_"),
        name=entry.name,
        source=Source(
            seed=entry.origin,
            title=entry.name,
            author=entry.licence_author or f"{entry.origin} contributors",
        ),
        regions=entry.regions,
        planes=(Plane.SAGITTAL,),
        modality=entry.modality,
        position=Position.VARIOUS,
        laterality=Laterality.BILATERAL,
        equipment=entry.equipment,
        dose=_DOSE,
        contexts=_CONTEXTS[entry.modality],
        steps=entry.steps,
        notes=(f"Imported from {entry.origin} ({entry.licence}); not reviewed by LimberUp.",),
        ours=_OURS,
    )

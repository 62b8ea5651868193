"""The exercise library and the articles' programs: ``/api/v1/exercises``, ``/api/v1/programs``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, ConfigDict, Field

from limberup.domain.catalog import Catalogue, Exercise, Program
from limberup.domain.vocabulary import Context, Equipment, Modality, Plane, Region
from limberup.entrypoints.web.dependencies import CatalogueAnswersDep, CatalogueDep
from limberup.entrypoints.web.errors import error_responses
from limberup.entrypoints.web.responses import json_list_response, json_response
from limberup.exceptions import UnknownIdError
from limberup.services.catalogue import (
    ExerciseQuery,
    UnknownExerciseError,
    find_exercises,
    get_exercise,
    get_program,
)

router = APIRouter(tags=["catalogue"])
NOT_FOUND = error_responses(404)


class ExerciseFilters(BaseModel):
    """Filters of the exercise list; several values of one filter widen it, filters narrow."""

    model_config = ConfigDict(extra="forbid")

    region: list[Region] = Field(default_factory=list, description="Any of these regions.")
    plane: list[Plane] = Field(default_factory=list)
    modality: list[Modality] = Field(default_factory=list)
    equipment: list[Equipment] = Field(default_factory=list, description="Uses any of these.")
    have: list[Equipment] | None = Field(None, description="Only drills doable with this kit.")
    context: list[Context] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list, description="Finding ids: slr_limited...")
    q: str = Field("", max_length=200, description="Words to look for.")


@router.get("/exercises", response_model=list[Exercise])
async def list_exercises(
    catalogue: CatalogueDep,
    filters: Annotated[ExerciseFilters, Query()],
    answers: CatalogueAnswersDep,
) -> Response:
    """The curated drills matching every filter given."""
    return answers.keep(lambda: json_list_response(matching(catalogue, filters), Exercise))


def matching(catalogue: Catalogue, filters: ExerciseFilters) -> tuple[Exercise, ...]:
    """The drills that pass ``filters``, in catalogue order."""
    query = ExerciseQuery(
        regions=frozenset(filters.region),
        planes=frozenset(filters.plane),
        modalities=frozenset(filters.modality),
        equipment=frozenset(filters.equipment),
        owned=None if filters.have is None else frozenset(filters.have),
        contexts=frozenset(filters.context),
        targets=frozenset(filters.target),
        text=filters.q,
    )
    return find_exercises(catalogue, query)


@router.get("/exercises/{exercise_id}", response_model=Exercise, responses=NOT_FOUND)
async def read_exercise(
    exercise_id: str, catalogue: CatalogueDep, answers: CatalogueAnswersDep
) -> Response:
    """One drill's full card: steps, dose, variants, cues, cautions and source."""
    try:
        return answers.keep(lambda: json_response(get_exercise(catalogue, exercise_id)))
    except UnknownExerciseError as error:
        raise UnknownIdError("id", exercise_id, error.known) from None


@router.get("/programs", response_model=list[Program])
async def list_programs(catalogue: CatalogueDep) -> tuple[Program, ...]:
    """The five articles' routines, in their order and with their timing."""
    return catalogue.programs


@router.get("/programs/{program_id}", response_model=Program, responses=NOT_FOUND)
async def read_program(program_id: str, catalogue: CatalogueDep) -> Program:
    try:
        return get_program(catalogue, program_id)
    except UnknownExerciseError as error:
        raise UnknownIdError("id", program_id, error.known) from None

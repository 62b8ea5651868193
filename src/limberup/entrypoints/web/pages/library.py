"""The exercise library and the articles' routines as pages."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from limberup.domain.catalog import Catalogue
from limberup.domain.vocabulary import TARGETS, Context, Equipment, Modality, Plane, Region
from limberup.entrypoints.web.api.catalogue import ExerciseFilters, matching
from limberup.entrypoints.web.dependencies import CatalogueAnswersDep, CatalogueDep
from limberup.entrypoints.web.pages.templating import templates
from limberup.exceptions import UnknownIdError
from limberup.services.catalogue import UnknownExerciseError, get_exercise, get_program

router = APIRouter(include_in_schema=False)

CHOICES = (
    ("region", "Region", list(Region)),
    ("plane", "Plane", list(Plane)),
    ("modality", "Kind", list(Modality)),
    ("context", "When", list(Context)),
    ("have", "Kit I have", list(Equipment)),
    ("target", "Helps with", sorted(TARGETS)),
)


@router.get("/exercises", response_class=HTMLResponse)
async def exercises_page(
    request: Request, catalogue: CatalogueDep, answers: CatalogueAnswersDep
) -> Response:
    return answers.keep(lambda: _exercises(request, catalogue))


def _exercises(request: Request, catalogue: Catalogue) -> Response:
    # A form sent without JavaScript carries every select, "any" as an empty value: drop
    # those, then validate like the API (a bad value is a 422 page naming it).
    lists: dict[str, list[str]] = {}
    text = ""
    for name, value in request.query_params.multi_items():
        if name == "q":
            text = value
        elif value:
            lists.setdefault(name, []).append(value)
    chosen: dict[str, object] = {**lists, **({"q": text} if text else {})}
    try:
        filters = ExerciseFilters.model_validate(chosen)
    except ValidationError as error:
        raise RequestValidationError(
            [{**problem, "loc": ("query", *problem["loc"])} for problem in error.errors()]
        ) from None
    exercises = matching(catalogue, filters)
    context = {
        "exercises": exercises,
        "filters": filters.model_dump(),
        "choices": CHOICES,
        "filters_open": bool(chosen),
    }
    if request.headers.get("HX-Request"):
        return templates.TemplateResponse(request, "library/_results.html", context)
    return templates.TemplateResponse(request, "library/exercises.html", context)


@router.get("/exercises/{exercise_id}", response_class=HTMLResponse)
async def exercise_page(
    request: Request, exercise_id: str, catalogue: CatalogueDep, answers: CatalogueAnswersDep
) -> Response:
    return answers.keep(lambda: _exercise(request, exercise_id, catalogue))


def _exercise(request: Request, exercise_id: str, catalogue: Catalogue) -> Response:
    try:
        exercise = get_exercise(catalogue, exercise_id)
    except UnknownExerciseError as error:
        raise UnknownIdError("id", exercise_id, error.known) from None
    names = {e.id: e.name for e in catalogue.exercises}
    return templates.TemplateResponse(
        request, "library/exercise.html", {"exercise": exercise, "names": names}
    )


@router.get("/programs", response_class=HTMLResponse)
async def programs_page(
    request: Request, catalogue: CatalogueDep, answers: CatalogueAnswersDep
) -> Response:
    return answers.keep(
        lambda: templates.TemplateResponse(
            request, "library/programs.html", {"programs": catalogue.programs}
        )
    )


@router.get("/programs/{program_id}", response_class=HTMLResponse)
async def program_page(
    request: Request, program_id: str, catalogue: CatalogueDep, answers: CatalogueAnswersDep
) -> Response:
    return answers.keep(lambda: _program(request, program_id, catalogue))


def _program(request: Request, program_id: str, catalogue: Catalogue) -> Response:
    try:
        program = get_program(catalogue, program_id)
    except UnknownExerciseError as error:
        raise UnknownIdError("id", program_id, error.known) from None
    return templates.TemplateResponse(
        request, "library/program.html", {"program": program, "exercises": catalogue.by_id()}
    )

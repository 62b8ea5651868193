"""Every error the API returns is JSON that names the field, the value and what is allowed.

Shape::

    {"error": "invalid_input", "message": "...",
     "problems": [{"field": "knee_to_wall.left.distance_cm", "value": -3,
                   "allowed": "Input should be greater than or equal to 0"}]}
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ValidationError
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from limberup.adapters.db.faults import storage_fault
from limberup.entrypoints.web.pages.templating import templates
from limberup.exceptions import (
    CatalogueError,
    ConflictError,
    CorruptStorageError,
    InputError,
    MissingProfileError,
    NotFoundError,
    ReadOnlyStorageError,
    StorageError,
    StorageFullError,
    UnknownIdError,
)

log = logging.getLogger(__name__)


class Problem(BaseModel):
    field: str
    value: Any = None
    allowed: str


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: str
    message: str
    problems: list[Problem] = []


def problems_of(
    errors: Sequence[Any], *, drop_prefix: tuple[str, ...] = ("body",)
) -> list[Problem]:
    """Pydantic's error list as problems with dotted field paths."""
    problems = []
    for error in errors:
        loc = [str(part) for part in error.get("loc", ())]
        if loc and loc[0] in drop_prefix:
            loc = loc[1:]
        message = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
        problems.append(
            Problem(field=".".join(loc) or "(body)", value=error.get("input"), allowed=message)
        )
    return problems


def error_response(
    status: int,
    error: str,
    message: str,
    problems: list[Problem] | None = None,
    *,
    request: Request | None = None,
) -> Response:
    """JSON for the API; for a page, the same facts as an HTML page in the app's layout."""
    body = ErrorBody(error=error, message=message, problems=problems or [])
    if request is not None and not request.url.path.startswith("/api/"):
        return templates.TemplateResponse(
            request, "error.html", {"status": status, "body": body}, status_code=status
        )
    return JSONResponse(jsonable_encoder(body), status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    """Turn validation, input, HTTP and unexpected errors into the JSON error shape."""

    @app.exception_handler(RequestValidationError)
    async def _request_invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = problems_of(exc.errors())
        return error_response(422, "invalid_input", _summary(problems), problems, request=request)

    @app.exception_handler(ValidationError)
    async def _model_invalid(request: Request, exc: ValidationError) -> Response:
        problems = problems_of(exc.errors())
        return error_response(422, "invalid_input", _summary(problems), problems, request=request)

    @app.exception_handler(InputError)
    async def _input(request: Request, exc: InputError) -> Response:
        status = _status_of(exc)
        problem = Problem(field=exc.field, value=exc.value, allowed=exc.expected)
        error = {404: "not_found", 409: "conflict"}.get(status, "invalid_input")
        message = NO_PROFILE if isinstance(exc, MissingProfileError) else str(exc)
        return error_response(status, error, message, [problem], request=request)

    @app.exception_handler(StorageError)
    async def _storage(request: Request, exc: StorageError) -> Response:
        log.error("the database cannot be used: %s", type(exc).__name__)
        if isinstance(exc, CorruptStorageError):  # health reports it from now on
            request.app.state.storage_fault = exc
        if isinstance(exc, StorageFullError):
            return error_response(507, "storage_full", str(exc), request=request)
        error = "read_only" if isinstance(exc, ReadOnlyStorageError) else "storage_unavailable"
        return error_response(503, error, str(exc), request=request)

    @app.exception_handler(DBAPIError)
    async def _driver(request: Request, exc: DBAPIError) -> Response:
        fault = storage_fault(exc)
        if fault is not None:
            return await _storage(request, fault)
        return await _unexpected(request, exc)

    @app.exception_handler(CatalogueError)
    async def _catalogue(request: Request, exc: CatalogueError) -> Response:
        log.error("the exercise library is invalid (%d problems)", len(exc.problems))
        message = "The exercise library shipped with this LimberUp is invalid; reinstall it."
        return error_response(500, "catalogue_invalid", message, request=request)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 400:  # a body that is not even JSON: bad input like any other
            problem = Problem(field="(body)", value=None, allowed="a JSON document")
            return error_response(422, "invalid_input", str(exc.detail), [problem], request=request)
        response = error_response(
            exc.status_code, _slug(exc.status_code), str(exc.detail), request=request
        )
        response.headers.update(exc.headers or {})
        if exc.status_code == 405:
            # Starlette names only the first route on the path; list every method it has.
            response.headers["allow"] = ", ".join(_methods_at(app, request))
        return response

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        # The kind of error and where, never its text or traceback: those can quote what the
        # runner sent (a note, a pain figure), and logs are no place for health data.
        log.error("unexpected %s on %s %s", type(exc).__name__, request.method, request.url.path)
        return error_response(
            500, "internal_error", "Something went wrong on our side.", request=request
        )


NO_PROFILE = (
    "No profile yet: set your week, time and kit first (onboarding, or PUT /api/v1/profile)."
)


PROBED_METHODS = ("DELETE", "GET", "PATCH", "POST", "PUT")


def _methods_at(app: FastAPI, request: Request) -> list[str]:
    """The methods some route answers at the request's path (asked of the router itself, as
    FastAPI nests included routers in its route list)."""
    methods = {
        method
        for method in PROBED_METHODS
        if any(
            route.matches({**request.scope, "method": method})[0] is Match.FULL
            for route in app.router.routes
        )
    }
    if "GET" in methods:
        methods.add("HEAD")  # answered as GET without the body (head_requests.py)
    return sorted(methods)


def _status_of(exc: InputError) -> int:
    """404 for what names nothing stored, 409 for a clash with what is stored, else 422."""
    if isinstance(exc, NotFoundError | MissingProfileError):
        return 404
    if isinstance(exc, ConflictError):
        return 409
    return 404 if isinstance(exc, UnknownIdError) and exc.field == "id" else 422


def _summary(problems: list[Problem]) -> str:
    if not problems:
        return "The request is not valid."
    first = problems[0]
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{first.field}: {first.allowed} (got {first.value!r}){more}"


def _slug(status: int) -> str:
    return {404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(
        status, f"http_{status}"
    )


_DESCRIPTIONS = {
    404: "No such id.",
    409: "The request clashes with what is stored now; the message says how.",
    413: "The request body is over the size limit.",
    507: "The disk holding the data is full: nothing was stored.",
    415: "The body is not JSON (send Content-Type: application/json).",
    422: "A field is missing, out of range or unknown: each problem names it.",
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for the error statuses a route can return."""
    return {
        status: {"model": ErrorBody, "description": _DESCRIPTIONS[status]} for status in statuses
    }

"""Bringing a backup back: the restore page offered at first use, and the import form's answer.

Both doors answer with a page, never raw JSON: what was imported, or why nothing was (the
field, the value and what is allowed, as the API's problems say it). The file may be as large
as ``IMPORT_LIMIT``; the body limit lets the form that much through and no more.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.datastructures import UploadFile

from limberup.entrypoints.web.body_limit import IMPORT_LIMIT, size_in_words, too_large
from limberup.entrypoints.web.dependencies import CatalogueDep, RuntimeDep, UowDep, UserDep
from limberup.entrypoints.web.errors import Problem
from limberup.entrypoints.web.off_loop import in_thread
from limberup.entrypoints.web.pages.templating import templates
from limberup.exceptions import InputError
from limberup.services.profile import get_profile
from limberup.services.transfer import ImportSummary, parse_export, restore

router = APIRouter(include_in_schema=False)

FIELD = "file"


@router.get("/restore", response_class=HTMLResponse)
async def restore_page(request: Request) -> HTMLResponse:
    """The import form on its own page, for a fresh install (no profile needed)."""
    return templates.TemplateResponse(
        request, "profile/restore.html", {"import_limit": size_in_words(IMPORT_LIMIT)}
    )


@router.post("/settings/import")
async def import_file(
    request: Request, uow: UowDep, user: UserDep, catalogue: CatalogueDep, runtime: RuntimeDep
) -> Response:
    """Bring back an export uploaded from the restore or settings page: all or nothing."""
    form = await request.form()
    upload = form.get(FIELD)
    if not isinstance(upload, UploadFile) or not upload.filename:
        problem = Problem(field=FIELD, value=None, allowed="an export file (.json) to import")
        return _answer(request, uow, user, problem=problem, status=422)
    if upload.size is not None and upload.size > IMPORT_LIMIT:
        problem = too_large(IMPORT_LIMIT, field=FIELD).model_copy(
            update={"value": f"{upload.filename} ({size_in_words(upload.size)})"}
        )
        return _answer(request, uow, user, problem=problem, status=413)
    content = await upload.read()
    drills = {exercise.id for exercise in catalogue.exercises}
    try:
        # A large history takes seconds to read and store: off the event loop.
        document = await in_thread(
            parse_export, content, source=upload.filename, known_drills=drills
        )
        summary = await in_thread(restore, uow, runtime, user, document)
    except InputError as error:
        problem = Problem(field=error.field, value=error.value, allowed=error.expected)
        return _answer(request, uow, user, problem=problem, status=422)
    return _answer(request, uow, user, summary=summary)


def _answer(
    request: Request,
    uow: UowDep,
    user: UserDep,
    *,
    summary: ImportSummary | None = None,
    problem: Problem | None = None,
    status: int = 200,
) -> HTMLResponse:
    return templates.TemplateResponse(
        request,
        "profile/imported.html",
        {
            "problem": problem,
            "counts": summary.counts if summary else {},
            "has_profile": get_profile(uow, user) is not None,
            "import_limit": size_in_words(IMPORT_LIMIT),
        },
        status_code=status,
    )

"""The home page: what LimberUp does, the safety note, and where to start."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from limberup.entrypoints.web.dependencies import UowDep, UserDep
from limberup.entrypoints.web.pages.templating import templates
from limberup.services.profile import get_profile

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
async def home(request: Request, uow: UowDep, user: UserDep) -> Response:
    """The welcome page on first use; today's sessions once a profile exists."""
    if get_profile(uow, user) is not None:
        return RedirectResponse("/today", status_code=303)
    return templates.TemplateResponse(request, "home.html")

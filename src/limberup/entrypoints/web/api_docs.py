"""The API's interactive documentation (Swagger UI) at ``/docs``, from vendored files only.

FastAPI's own ``get_swagger_ui_html`` starts Swagger UI with an inline script, which the
content security policy (``trust/headers.py``: ``script-src 'self'``) rightly refuses; here the
page is ours and its start-up is a static file (``static/js/api-docs.js``). Swagger UI's files
come from npm (``static/vendor/swagger-ui/VERSION``), so the page works with no internet. They
are kept out of the offline app's precache (``offline.py``): the docs are for developers.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from limberup.entrypoints.web.pages.templating import templates

DOCS_URL = "/docs"
SWAGGER_DIR = "vendor/swagger-ui/"
"""Under /static: the vendored Swagger UI."""

router = APIRouter(include_in_schema=False)


@router.get(DOCS_URL, response_class=HTMLResponse)
async def api_docs(request: Request) -> HTMLResponse:
    """Swagger UI over the app's OpenAPI document."""
    return templates.TemplateResponse(
        request,
        "api_docs.html",
        {"openapi_url": request.app.openapi_url, "swagger": f"/static/{SWAGGER_DIR}"},
    )

"""The self-test wizard: one test at a time, inputs per side, then findings with norms.

The answers so far travel with the form as JSON (``draft``), so the server keeps no half-done
state; the record's UUID is made when the wizard starts and travels too, so pressing Save
twice stores one assessment.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from starlette.datastructures import FormData

from limberup.adapters import strict_json
from limberup.domain.assessment import PROTOCOLS, SAFETY_NOTE, Assessment
from limberup.domain.assessment.protocols import BEIGHTON_ITEMS_ASKED, QUESTIONNAIRE_ASKED
from limberup.domain.vocabulary import Region, TestId
from limberup.entrypoints.web.dependencies import RuntimeDep, UowDep, UserDep
from limberup.entrypoints.web.off_loop import in_thread
from limberup.entrypoints.web.pages.forms import field_errors
from limberup.entrypoints.web.pages.templating import templates
from limberup.entrypoints.web.pages.wizard_steps import (
    FEELS,
    METHODS,
    SIDES,
    STEPS,
    chosen_method,
    read_step,
)
from limberup.exceptions import InputError, NotFoundError
from limberup.services.assessments import list_assessments, record_assessment
from limberup.services.profile import get_profile
from limberup.services.runtime import Runtime
from limberup.services.unit_of_work import UnitOfWork

router = APIRouter(include_in_schema=False)


@router.get("/tests", response_class=HTMLResponse)
async def tests_intro(request: Request, uow: UowDep, user: UserDep) -> HTMLResponse:
    return templates.TemplateResponse(
        request,
        "tests/intro.html",
        {
            "note": SAFETY_NOTE,
            "protocols": [PROTOCOLS[t] for t in STEPS],
            "records": list(reversed(list_assessments(uow, user))),
        },
    )


@router.get("/tests/start")
async def start(request: Request, uow: UowDep, user: UserDep, runtime: RuntimeDep) -> HTMLResponse:
    stored = get_profile(uow, user)
    today = runtime.clock.today()
    draft: dict[str, Any] = {"_uuid": str(uuid.uuid4()), "date": today.isoformat()}
    if stored and stored.profile.age:
        draft["age"] = stored.profile.age
    units = stored.profile.units if stored else "metric"
    return _step(request, 0, draft, units=units)


@router.post("/tests/step/{index}")
async def step(
    request: Request, index: int, uow: UowDep, user: UserDep, runtime: RuntimeDep
) -> Response:
    form = await request.form()
    draft = _draft(form)
    units = str(form.get("units") or "metric")
    if not 0 <= index < len(STEPS):
        raise InputError("step", index, f"a step from 0 to {len(STEPS) - 1}")
    action = form.get("action")
    test = STEPS[index]
    if action == "back":
        return _step(request, max(index - 1, 0), draft, units=units)
    if action == "method":  # another way of measuring: show its inputs, keep what was typed
        return _step(request, index, draft, units=units, form=form)
    keys = _keys(test)
    for key in keys:
        draft.pop(key, None)
    if action != "skip":
        part = read_step(test, form)
        if part is None and test is not TestId.BEIGHTON:
            return _step(
                request,
                index,
                draft,
                units=units,
                form=form,
                errors={"": "Enter a result for at least one side, or skip this test."},
            )
        if part is not None:
            draft.update(part if test is TestId.BEIGHTON else {test.value: part})
        errors = _errors_for(draft, keys)
        if errors:
            return _step(request, index, draft, units=units, form=form, errors=errors)
    if index + 1 < len(STEPS):
        return _step(request, index + 1, draft, units=units)
    return await _finish(draft, uow, runtime, user)


@router.get("/tests/result/{record_uuid}", response_class=HTMLResponse)
async def result(
    request: Request, record_uuid: uuid.UUID, uow: UowDep, user: UserDep
) -> HTMLResponse:
    records = list_assessments(uow, user)
    stored = next((r for r in records if r.uuid == record_uuid), None)
    if stored is None:
        raise NotFoundError("assessment", record_uuid)
    by_test: dict[str, list[Any]] = {}
    for finding in stored.result.findings:
        by_test.setdefault(finding.test.value, []).append(finding)
    titles = {t.value: PROTOCOLS[t].title for t in PROTOCOLS}
    return templates.TemplateResponse(
        request,
        "tests/result.html",
        {"stored": stored, "by_test": by_test, "titles": titles},
    )


async def _finish(draft: dict[str, Any], uow: UnitOfWork, runtime: Runtime, user: int) -> Response:
    record_uuid = uuid.UUID(str(draft.pop("_uuid")))
    assessment = Assessment.model_validate(draft)
    # Storing plans this week again from today: a solve, off the event loop.
    await in_thread(record_assessment, uow, runtime, user, assessment, record_uuid=record_uuid)
    return RedirectResponse(f"/tests/result/{record_uuid}", status_code=303)


def _keys(test: TestId) -> tuple[str, ...]:
    if test is TestId.BEIGHTON:
        return ("beighton", "hypermobility_questionnaire")
    return (test.value,)


def _errors_for(draft: dict[str, Any], keys: tuple[str, ...]) -> dict[str, str]:
    try:
        Assessment.model_validate({k: v for k, v in draft.items() if not k.startswith("_")})
    except ValidationError as error:
        errors = field_errors(error)
        return {f: m for f, m in errors.items() if f.split(".")[0] in keys} or errors
    return {}


def _prefill(form: FormData | None, draft: dict[str, Any]) -> dict[str, Any]:
    """What each input shows: what was just typed, else what the draft holds for it."""
    if form is not None:
        return {
            key: form.getlist(key) if len(form.getlist(key)) > 1 else form.get(key) for key in form
        }
    flat: dict[str, Any] = {}

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(f"{prefix}.{key}" if prefix else key, inner)
        else:
            flat[prefix] = value

    walk("", draft)
    return flat


def _draft(form: FormData) -> dict[str, Any]:
    raw = form.get("draft")
    try:  # strict: the field comes back from the browser and may have been tampered with
        draft = strict_json.loads(raw) if isinstance(raw, str) else None
    except strict_json.JsonTextError:
        draft = None
    if not isinstance(draft, dict) or "_uuid" not in draft:
        raise InputError("draft", raw, "the answers carried by the form; start the tests again")
    return draft


def _step(
    request: Request,
    index: int,
    draft: dict[str, Any],
    *,
    units: str,
    form: FormData | None = None,
    errors: dict[str, str] | None = None,
) -> HTMLResponse:
    test = STEPS[index]
    default = {"knee_to_wall": "in" if units == "imperial" else "cm"}.get(test.value)
    return templates.TemplateResponse(
        request,
        "tests/step.html",
        {
            "index": index,
            "count": len(STEPS),
            "test": test,
            "protocol": PROTOCOLS[test],
            "draft": draft,
            "draft_json": json.dumps(draft),
            "units": units,
            "methods": METHODS.get(test, ()),
            "method": chosen_method(test, form, default, draft),
            "sides": SIDES,
            "feels": FEELS,
            "form": form,
            "errors": errors or {},
            "beighton_items": BEIGHTON_ITEMS_ASKED,
            "questionnaire": QUESTIONNAIRE_ASKED,
            "tests": [t for t in STEPS if t not in (TestId.PAIN,)],
            "regions": list(Region),
            "titles": {t.value: PROTOCOLS[t].title for t in PROTOCOLS},
            "prefill": _prefill(form, draft),
        },
        status_code=422 if errors else 200,
    )

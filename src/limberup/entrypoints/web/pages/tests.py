"""The self-test wizard: one test at a time, inputs per side, then findings with norms.

The answers so far are kept on the server as a draft (``services.assessments.save_draft``),
so a reload, Back, or opening a step by its URL loses nothing. Each step answers a POST with a
redirect to the next step's URL. The record's UUID is made when the wizard starts and kept in
the draft, so pressing Save twice stores one assessment.
"""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from starlette.datastructures import FormData

from limberup.domain.assessment import PROTOCOLS, SAFETY_NOTE, Assessment
from limberup.domain.assessment.protocols import BEIGHTON_ITEMS_ASKED, QUESTIONNAIRE_ASKED
from limberup.domain.logbook import AssessmentDraft
from limberup.domain.vocabulary import Region, TestId
from limberup.entrypoints.web.dependencies import RuntimeDep, UowDep, UserDep
from limberup.entrypoints.web.off_loop import in_thread
from limberup.entrypoints.web.pages.findings_summary import region_statuses, status_word
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
from limberup.services.assessments import (
    finish_draft,
    get_draft,
    list_assessments,
    save_draft,
    start_draft,
)
from limberup.services.profile import get_profile
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
            "draft": get_draft(uow, user),
        },
    )


@router.get("/tests/start")
async def start(request: Request, uow: UowDep, user: UserDep, runtime: RuntimeDep) -> Response:
    stored = get_profile(uow, user)
    answers: dict[str, Any] = {"date": runtime.clock.today().isoformat()}
    if stored and stored.profile.age:
        answers["age"] = stored.profile.age
    start_draft(uow, runtime, user, answers)
    return _go(0)


@router.get("/tests/step/{index}", response_class=HTMLResponse)
async def show_step(request: Request, index: int, uow: UowDep, user: UserDep) -> Response:
    _check_index(index)
    draft = get_draft(uow, user)
    if draft is None:  # nothing under way (finished, or never started): the intro offers a start
        return RedirectResponse("/tests", status_code=303)
    return _step(request, index, draft, units=_units(uow, user))


@router.post("/tests/step/{index}")
async def step(
    request: Request, index: int, uow: UowDep, user: UserDep, runtime: RuntimeDep
) -> Response:
    _check_index(index)
    draft = get_draft(uow, user)
    form = await request.form()
    action = form.get("action")
    if draft is None or action == "back":  # none: finished already (Save pressed twice)
        return _go(max(index - 1, 0)) if draft else RedirectResponse("/tests", status_code=303)
    units = _units(uow, user)
    test = STEPS[index]
    if action == "method":  # another way of measuring: show its inputs, keep what was typed
        return _step(request, index, draft, units=units, form=form)
    answers, errors = _answered(test, form, draft.answers, skip=action == "skip")
    if errors:
        return _step(request, index, draft, units=units, form=form, errors=errors)
    draft = save_draft(uow, runtime, draft.model_copy(update={"answers": answers}), user)
    if index + 1 < len(STEPS):
        return _go(index + 1)
    try:
        # Storing plans this week again from today: a solve, off the event loop.
        await in_thread(finish_draft, uow, runtime, user, draft)
    except InputError as error:  # every test skipped: say so on the last step, store nothing
        errors = {"": error.expected[0].upper() + error.expected[1:] + "."}
        return _step(request, index, draft, units=units, form=form, errors=errors)
    return RedirectResponse(f"/tests/result/{draft.uuid}", status_code=303)


def _answered(
    test: TestId, form: FormData, before: dict[str, Any], *, skip: bool
) -> tuple[dict[str, Any], dict[str, str]]:
    """The answers with this step's part replaced by the form's (or dropped on a skip),
    and the errors to mark; the answers are only kept when there are no errors."""
    keys = _keys(test)
    answers = {key: value for key, value in before.items() if key not in keys}
    if skip:
        return answers, {}
    part = read_step(test, form)
    if part is None and test is not TestId.BEIGHTON:
        return answers, {"": "Enter a result for at least one side, or skip this test."}
    if part is not None:
        answers.update(part if test is TestId.BEIGHTON else {test.value: part})
    return answers, _errors_for(answers, keys)


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
        {
            "stored": stored,
            "by_test": by_test,
            "titles": titles,
            "regions": region_statuses(stored.result.findings),
            "status_word": status_word,
        },
    )


def _go(index: int) -> RedirectResponse:
    return RedirectResponse(f"/tests/step/{index}", status_code=303)


def _check_index(index: int) -> None:
    if not 0 <= index < len(STEPS):
        raise InputError("step", index, f"a step from 0 to {len(STEPS) - 1}")


def _units(uow: UnitOfWork, user: int) -> str:
    stored = get_profile(uow, user)
    return stored.profile.units if stored else "metric"


def _keys(test: TestId) -> tuple[str, ...]:
    if test is TestId.BEIGHTON:
        return ("beighton", "hypermobility_questionnaire")
    return (test.value,)


def _errors_for(draft: dict[str, Any], keys: tuple[str, ...]) -> dict[str, str]:
    try:
        Assessment.model_validate(draft)
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


def _step(
    request: Request,
    index: int,
    draft: AssessmentDraft,
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
            "units": units,
            "methods": METHODS.get(test, ()),
            "method": chosen_method(test, form, default, draft.answers),
            "sides": SIDES,
            "feels": FEELS,
            "form": form,
            "errors": errors or {},
            "beighton_items": BEIGHTON_ITEMS_ASKED,
            "questionnaire": QUESTIONNAIRE_ASKED,
            "tests": [t for t in STEPS if t not in (TestId.PAIN,)],
            "regions": list(Region),
            "titles": {t.value: PROTOCOLS[t].title for t in PROTOCOLS},
            "prefill": _prefill(form, draft.answers),
        },
        status_code=422 if errors else 200,
    )

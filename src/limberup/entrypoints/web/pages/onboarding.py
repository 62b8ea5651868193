"""First use: the safety note, then the profile (also the settings page)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from starlette.datastructures import FormData

from limberup.domain.assessment import SAFETY_NOTE
from limberup.domain.planning.plain_words import CONTEXT_LABELS
from limberup.domain.planning.week import Budgets, Profile, Weekday
from limberup.domain.vocabulary import EVERYDAY_KIT, Context, Equipment
from limberup.entrypoints.web.body_limit import IMPORT_LIMIT, size_in_words
from limberup.entrypoints.web.dependencies import CatalogueDep, RuntimeDep, UowDep, UserDep
from limberup.entrypoints.web.off_loop import in_thread
from limberup.entrypoints.web.pages.forms import drop_empty, field_errors, number
from limberup.entrypoints.web.pages.templating import templates
from limberup.exceptions import InputError
from limberup.services.profile import get_profile, save_profile

router = APIRouter(include_in_schema=False)

ACK_COOKIE = "limberup_safety_read"
BUDGET_HELP = {
    Context.PRE_RUN: "before each run: dynamic drills only",
    Context.POST_RUN: "straight after a run: held stretches while warm",
    Context.REST_DAY: "on days without a run: longer band work",
    Context.DAILY: "every day, e.g. in front of the TV",
    Context.MICRO_BREAK: "a short break on work days",
}


@router.get("/welcome", response_class=HTMLResponse)
async def welcome(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "profile/welcome.html", {"note": SAFETY_NOTE})


@router.post("/welcome")
async def acknowledge(request: Request) -> Response:
    form = await request.form()
    if form.get("understood") != "yes":
        return templates.TemplateResponse(
            request,
            "profile/welcome.html",
            {"note": SAFETY_NOTE, "error": "Please tick the box to say you have read this."},
            status_code=422,
        )
    response = RedirectResponse("/onboarding", status_code=303)
    response.set_cookie(
        ACK_COOKIE, "yes", max_age=10 * 365 * 24 * 3600, samesite="lax", httponly=True
    )
    return response


@router.get("/onboarding", response_class=HTMLResponse)
async def onboarding(
    request: Request, uow: UowDep, user: UserDep, catalogue: CatalogueDep
) -> Response:
    if request.cookies.get(ACK_COOKIE) != "yes":
        return RedirectResponse("/welcome", status_code=303)
    stored = get_profile(uow, user)
    return _form(request, "onboarding", stored.profile if stored else None, catalogue)


@router.get("/settings", response_class=HTMLResponse)
async def settings_page(
    request: Request, uow: UowDep, user: UserDep, catalogue: CatalogueDep
) -> Response:
    stored = get_profile(uow, user)
    if stored is None:
        return RedirectResponse("/welcome", status_code=303)
    saved = request.query_params.get("saved") == "1"
    return _form(request, "settings", stored.profile, catalogue, saved=saved)


@router.post("/onboarding")
@router.post("/settings")
async def save(
    request: Request, uow: UowDep, user: UserDep, catalogue: CatalogueDep, runtime: RuntimeDep
) -> Response:
    page = request.url.path.strip("/")
    form = await request.form()
    data = profile_data(form)
    shown = data | {"run_times": _times(form)}  # a refused page shows every time typed
    errors = form_problems(form)
    try:
        profile = Profile.model_validate(data)
    except ValidationError as error:
        errors = field_errors(error) | errors
    if errors:
        return _form(request, page, shown, catalogue, errors=errors, status=422)
    try:
        # Saving plans this week again from today: a solve, off the event loop.
        await in_thread(save_profile, uow, runtime, user, profile)
    except InputError as error:
        errors = {error.field: f"{error.expected} (you gave {error.value!r})"}
        return _form(request, page, shown, catalogue, errors=errors, status=422)
    return RedirectResponse(
        "/tests" if page == "onboarding" else "/settings?saved=1", status_code=303
    )


def profile_data(form: FormData) -> dict[str, Any]:
    """The profile form as the JSON shape of :class:`Profile`."""
    run_days = [str(day) for day in form.getlist("run_days")]
    times = {day: str(form.get(f"time_{day}") or "") for day in run_days}
    data: dict[str, Any] = {
        "run_days": run_days,
        "run_times": {day: time for day, time in times.items() if time},
        "equipment": [str(item) for item in form.getlist("equipment")],
        "lacks": _lacks(form),
        "pool_days": [str(day) for day in form.getlist("pool_days")],
        "minutes": drop_empty(
            {c.value: number(_text(form, f"minutes_{c.value}")) for c in BUDGET_HELP}
        ),
        "age": number(_text(form, "age")),
        "units": _text(form, "units") or "metric",
        "avoid": [str(item) for item in form.getlist("avoid")],
    }
    return drop_empty(data) | {"run_days": run_days}


def _lacks(form: FormData) -> list[str]:
    """Everyday things are listed ticked: the ones unticked are what the runner lacks (a form
    without the list, from an older page, says nothing about them)."""
    if not form.get("everyday_listed"):
        return []
    return sorted(set(map(str, EVERYDAY_KIT)) - set(map(str, form.getlist("everyday"))))


def form_problems(form: FormData) -> dict[str, str]:
    """What the form says that the profile cannot: a minutes field left empty (it would save
    0 and drop those sessions), and a run time for a day not ticked as a run day."""
    problems: dict[str, str] = {}
    for context in BUDGET_HELP:
        raw = form.get(f"minutes_{context.value}")
        if isinstance(raw, str) and not raw.strip():
            problems[f"minutes.{context.value}"] = (
                "Enter a number of minutes from 0 to 240 (0 leaves these sessions out)"
            )
    run_days = {str(day) for day in form.getlist("run_days")}
    for day in _times(form):
        if day not in run_days:
            problems[f"run_times.{day}"] = (
                f"Tick {day.capitalize()} as a run day, or clear its time"
            )
    return problems


def _times(form: FormData) -> dict[str, str]:
    """Every run time typed, ticked day or not."""
    return {
        day.value: time
        for day in Weekday
        if (time := str(form.get(f"time_{day.value}") or "").strip())
    }


def _text(form: FormData, name: str) -> str | None:
    value = form.get(name)
    return value if isinstance(value, str) else None


def _form(
    request: Request,
    page: str,
    profile: Profile | dict[str, Any] | None,
    catalogue: CatalogueDep,
    *,
    errors: dict[str, str] | None = None,
    saved: bool = False,
    status: int = 200,
) -> HTMLResponse:
    values = profile.model_dump(mode="json") if isinstance(profile, Profile) else (profile or {})
    defaults = Profile(minutes=Budgets(pre_run=10, rest_day=20, daily=8, micro_break=3))
    if profile is None:
        values = defaults.model_dump(mode="json")
    return templates.TemplateResponse(
        request,
        "profile/form.html",
        {
            "page": page,
            "values": values,
            "errors": errors or {},
            "saved": saved,
            "weekdays": list(Weekday),
            "equipment": [
                e for e in Equipment if e not in EVERYDAY_KIT and e is not Equipment.POOL
            ],
            "everyday": sorted(EVERYDAY_KIT, key=list(Equipment).index),
            "contexts": [(c, CONTEXT_LABELS[c], BUDGET_HELP[c]) for c in BUDGET_HELP],
            "exercises": catalogue.exercises,
            "import_limit": size_in_words(IMPORT_LIMIT),
        },
        status_code=status,
    )


def _today() -> dt.date:
    return dt.date.today()  # the entrypoint owns the clock; services get dates passed in

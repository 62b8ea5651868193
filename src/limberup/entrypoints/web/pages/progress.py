"""Progress: each test per side against its norm band, the asymmetry, adherence and streaks."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from limberup.domain.assessment import PROTOCOLS
from limberup.domain.progress.chart_layout import Panel, TimeAxis, chart_layout
from limberup.domain.progress.series import ProgressSeries
from limberup.entrypoints.web.dependencies import AnswersDep, RuntimeDep, UowDep, UserDep
from limberup.entrypoints.web.pages.svg_chart import panel_chart
from limberup.entrypoints.web.pages.templating import templates
from limberup.services.history import RECENT_WEEKS, adherence_summary, progress
from limberup.services.unit_of_work import UnitOfWork

router = APIRouter(include_in_schema=False)


@router.get("/progress", response_class=HTMLResponse)
async def progress_page(
    request: Request, uow: UowDep, user: UserDep, answers: AnswersDep, runtime: RuntimeDep
) -> Response:
    today = runtime.clock.today()
    return answers.keep(lambda: _progress(request, uow, user, today))


def _progress(request: Request, uow: UnitOfWork, user: int, today: dt.date) -> Response:
    series = progress(uow, user)
    by_test: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if any(one.points for one in series):
        layout = chart_layout(series)
        for panel in layout.panels:
            by_test[panel.test.value].append(_chart(panel, layout.time))
    return templates.TemplateResponse(
        request,
        "progress.html",
        {
            "by_test": dict(by_test),
            "titles": {t.value: PROTOCOLS[t].title for t in PROTOCOLS},
            "gaps": _asymmetry(series),
            "adherence": adherence_summary(uow, user, today=today, weeks=RECENT_WEEKS),
            "weeks": RECENT_WEEKS,
            "today": today,
        },
    )


def _chart(panel: Panel, time: TimeAxis) -> dict[str, Any]:
    sides = " and ".join(one.side.value for one in panel.series)
    title = f"{panel.label}, {sides} side{'s' if len(panel.series) > 1 else ''}"
    return {
        "panel": panel,
        "title": title,
        "svg": Markup(panel_chart(panel, time, title=title)),
    }


def _asymmetry(series: tuple[ProgressSeries, ...]) -> list[dict[str, Any]]:
    """For each test and scale with both sides measured, the latest left-right difference."""
    latest: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    labels: dict[tuple[str, str], str] = {}
    for one in series:
        if one.points:
            latest[(one.test.value, one.scale)][one.side.value] = one.points[-1].value
            labels[(one.test.value, one.scale)] = one.label
    return [
        {
            "test": test,
            "label": labels[(test, scale)],
            "left": sides["left"],
            "right": sides["right"],
            "gap": round(abs(sides["left"] - sides["right"]), 1),
        }
        for (test, scale), sides in latest.items()
        if {"left", "right"} <= sides.keys()
    ]

"""Each test per side over time, and how the plan was kept: ``/api/v1/progress``."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel

from limberup.domain.progress.adherence import Adherence
from limberup.entrypoints.web.dependencies import AnswersDep, UowDep, UserDep
from limberup.entrypoints.web.errors import error_responses
from limberup.entrypoints.web.responses import json_response
from limberup.services.history import MOST_WEEKS, RECENT_WEEKS, adherence_summary, progress
from limberup.services.unit_of_work import UnitOfWork

router = APIRouter(prefix="/progress", tags=["progress"])


class Point(BaseModel):
    taken_on: dt.date
    value: float
    status: str
    approximate: bool


class Band(BaseModel):
    low: float
    high: float | None
    source: str


class Series(BaseModel):
    test: str
    side: str
    scale: str
    label: str
    points: list[Point]
    band: Band | None


class Progress(BaseModel):
    series: list[Series]
    adherence: Adherence


@router.get("", response_model=Progress, responses=error_responses(422))
async def read_progress(
    uow: UowDep,
    user: UserDep,
    answers: AnswersDep,
    weeks: Annotated[
        int,
        Query(
            ge=1,
            le=MOST_WEEKS,
            description="How many weeks adherence covers, this one included.",
        ),
    ] = RECENT_WEEKS,
) -> Response:
    """Each test per side over the recent retests with its norm band, and adherence and
    streaks over the recent weeks (the current streak however far back it runs)."""
    return answers.keep(lambda: json_response(_progress(uow, user, weeks)))


def _progress(uow: UnitOfWork, user: int, weeks: int) -> Progress:
    series = [
        Series(
            test=s.test.value,
            side=s.side.value,
            scale=s.scale,
            label=s.label,
            points=[
                Point(
                    taken_on=p.taken_on,
                    value=p.value,
                    status=p.status.value,
                    approximate=p.approximate,
                )
                for p in s.points
            ],
            band=None
            if s.band is None
            else Band(low=s.band.low, high=s.band.high, source=s.band.source),
        )
        for s in progress(uow, user)
    ]
    summary = adherence_summary(uow, user, today=dt.date.today(), weeks=weeks)
    return Progress(series=series, adherence=summary)

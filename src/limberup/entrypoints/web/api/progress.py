"""Each test per side over time, and how the plan was kept: ``/api/v1/progress``."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Response
from pydantic import BaseModel

from limberup.domain.progress.adherence import Adherence
from limberup.entrypoints.web.dependencies import AnswersDep, UowDep, UserDep
from limberup.entrypoints.web.responses import json_response
from limberup.services.history import adherence_summary, progress
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


@router.get("", response_model=Progress)
async def read_progress(uow: UowDep, user: UserDep, answers: AnswersDep) -> Response:
    """Every test per side over time with its norm band, and adherence and streaks."""
    return answers.keep(lambda: json_response(_progress(uow, user)))


def _progress(uow: UnitOfWork, user: int) -> Progress:
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
    summary = adherence_summary(uow, user, today=dt.date.today())
    return Progress(series=series, adherence=summary)

"""Dependencies the routes share, as ``Annotated`` aliases."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Engine

from limberup.catalog.loader import load_catalogue
from limberup.domain.catalog import Catalogue
from limberup.settings import Settings


def _engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _catalogue() -> Catalogue:
    return load_catalogue()  # validated once per process, then cached


EngineDep = Annotated[Engine, Depends(_engine)]
SettingsDep = Annotated[Settings, Depends(_settings)]
CatalogueDep = Annotated[Catalogue, Depends(_catalogue)]

"""Dependencies the routes share, as ``Annotated`` aliases."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine

from limberup.adapters.db.unit_of_work import SqlUnitOfWork
from limberup.domain.catalog import Catalogue
from limberup.entrypoints.web.read_cache import Answers, request_key
from limberup.services.runtime import Runtime
from limberup.services.users import local_user
from limberup.settings import Mode, Settings

# The dependencies are async on purpose: a sync one runs in the thread pool, a hop that
# costs more than the work here; only the first local-user lookup touches the database.


async def _engine(request: Request) -> Engine:
    return _engine_of(request)


async def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def _runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


async def _catalogue(request: Request, runtime: Annotated[Runtime, Depends(_runtime)]) -> Catalogue:
    if not request.app.state.catalogue_ready:  # validated once per process, off the loop
        await run_in_threadpool(lambda: runtime.catalogue)
        request.app.state.catalogue_ready = True
    return runtime.catalogue


async def _uow(request: Request) -> SqlUnitOfWork:
    return SqlUnitOfWork(request.app.state.session_factory)


async def _user(request: Request, uow: Annotated[SqlUnitOfWork, Depends(_uow)]) -> int:
    settings: Settings = request.app.state.settings
    if settings.mode is not Mode.SINGLE_USER:
        # Accounts (runners and coaches) arrive with the accounts issue; until then a
        # multi-user deployment cannot tell people apart and must not guess.
        raise HTTPException(401, "Sign-in is not available in this version; use mode 'single'.")
    user_id: int | None = getattr(request.app.state, "local_user_id", None)
    if user_id is None:
        user_id = request.app.state.local_user_id = await run_in_threadpool(local_user, uow)
    return user_id


async def _answers(request: Request, user: Annotated[int, Depends(_user)]) -> Answers:
    return Answers(request.app.state.read_cache, (user, *request_key(request)), _engine_of(request))


async def _catalogue_answers(request: Request) -> Answers:
    return Answers(request.app.state.read_cache, ("catalogue", *request_key(request)), None)


def _engine_of(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


EngineDep = Annotated[Engine, Depends(_engine)]
SettingsDep = Annotated[Settings, Depends(_settings)]
CatalogueDep = Annotated[Catalogue, Depends(_catalogue)]
RuntimeDep = Annotated[Runtime, Depends(_runtime)]
"""The catalogue, the solver and the clock that ``limberup.bootstrap`` built for the app."""
UowDep = Annotated[SqlUnitOfWork, Depends(_uow)]
UserDep = Annotated[int, Depends(_user)]
AnswersDep = Annotated[Answers, Depends(_answers)]
"""Answers kept until the user's stored data changes (see ``read_cache.py``)."""
CatalogueAnswersDep = Annotated[Answers, Depends(_catalogue_answers)]
"""Answers made from the catalogue alone, kept while the server runs."""

"""Send a validated model as JSON without FastAPI validating it a second time.

A route still declares ``response_model`` for the OpenAPI schema; returning a ``Response``
makes FastAPI skip its own re-validation and serialisation, which for a week's plan or the
whole catalogue costs more than the work the route does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi.responses import Response
from pydantic import BaseModel, TypeAdapter

_LISTS: dict[type[Any], TypeAdapter[Any]] = {}


def json_response(model: BaseModel, *, status_code: int = 200) -> Response:
    return Response(model.model_dump_json(), status_code=status_code, media_type="application/json")


def json_list_response(items: Sequence[BaseModel], item_type: type[BaseModel]) -> Response:
    adapter = _LISTS.get(item_type)
    if adapter is None:
        adapter = _LISTS[item_type] = TypeAdapter(list[item_type])  # type: ignore[valid-type]
    return Response(adapter.dump_json(list(items)), media_type="application/json")

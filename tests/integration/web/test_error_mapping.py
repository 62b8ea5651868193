"""Every branch of the exceptions tree reaches the runner as a clear answer, never a bare 500."""

from __future__ import annotations

import datetime as dt
import inspect
import uuid
from collections.abc import Callable

import pytest
import typer
from fastapi import FastAPI
from fastapi.testclient import TestClient

from limberup import exceptions
from limberup.entrypoints.cli.store import reported
from limberup.exceptions import LimberUpError

EXAMPLES: dict[type[LimberUpError], Callable[[], LimberUpError]] = {
    exceptions.InputError: lambda: exceptions.InputError("age", 400, "a whole number 5-110"),
    exceptions.UnknownIdError: lambda: exceptions.UnknownIdError("avoid.0", "nope", ["a", "b"]),
    exceptions.InputFileError: lambda: exceptions.InputFileError(
        "--profile", "p.json", "no such file"
    ),
    exceptions.ImportFormatError: lambda: exceptions.ImportFormatError("x.json", ["record 1: id"]),
    exceptions.StoredDataError: lambda: exceptions.StoredDataError("index", 3, "a session 0-1"),
    exceptions.MissingProfileError: exceptions.MissingProfileError,
    exceptions.ConflictError: lambda: exceptions.ConflictError("session", "u", "a free session"),
    exceptions.PlayedElsewhereError: lambda: exceptions.PlayedElsewhereError(uuid.uuid4()),
    exceptions.NotFoundError: lambda: exceptions.NotFoundError("plan", uuid.uuid4()),
    exceptions.NotPlannedError: lambda: exceptions.NotPlannedError(dt.date(2026, 11, 16), 4, 2),
    exceptions.UnknownPlanError: lambda: exceptions.UnknownPlanError(uuid.uuid4()),
    exceptions.UnknownSessionError: lambda: exceptions.UnknownSessionError(uuid.uuid4()),
    exceptions.CatalogueError: lambda: exceptions.CatalogueError(["a.toml: dose: missing"]),
    exceptions.StorageError: lambda: exceptions.StorageError("the database is read-only"),
    exceptions.SchemaTooNewError: lambda: exceptions.SchemaTooNewError("written by 0.9"),
    exceptions.ReadOnlyStorageError: exceptions.ReadOnlyStorageError,
    exceptions.StorageFullError: exceptions.StorageFullError,
    exceptions.CorruptStorageError: lambda: exceptions.CorruptStorageError("page 3"),
}
HTTP = {
    exceptions.MissingProfileError: 404,
    exceptions.NotFoundError: 404,
    exceptions.NotPlannedError: 404,
    exceptions.UnknownPlanError: 404,
    exceptions.UnknownSessionError: 404,
    exceptions.ConflictError: 409,
    exceptions.PlayedElsewhereError: 409,
    exceptions.CatalogueError: 500,
    exceptions.StorageError: 503,
    exceptions.SchemaTooNewError: 503,
    exceptions.ReadOnlyStorageError: 503,
    exceptions.StorageFullError: 507,
    exceptions.CorruptStorageError: 503,
}


def test_every_error_class_has_an_example_here() -> None:
    declared = {
        value
        for value in vars(exceptions).values()
        if inspect.isclass(value)
        and issubclass(value, LimberUpError)
        and value is not LimberUpError
    }
    assert declared == set(EXAMPLES)


@pytest.fixture
def client(client: TestClient) -> TestClient:
    app: FastAPI = client.app  # type: ignore[assignment]

    @app.get("/api/v1/raise/{name}")
    async def _raise(name: str) -> None:
        raise EXAMPLES[getattr(exceptions, name)]()

    return client


@pytest.mark.parametrize("kind", list(EXAMPLES), ids=lambda kind: kind.__name__)
def test_the_api_answers_each_error_with_its_status_and_a_message(
    client: TestClient, kind: type[LimberUpError]
) -> None:
    response = client.get(f"/api/v1/raise/{kind.__name__}")
    assert response.status_code == HTTP.get(kind, 422)
    body = response.json()
    assert body["message"]
    assert body["error"] != "internal_error"


@pytest.mark.parametrize("kind", list(EXAMPLES), ids=lambda kind: kind.__name__)
def test_the_cli_turns_each_error_into_a_message_and_an_exit_code(
    kind: type[LimberUpError], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(typer.Exit) as stopped, reported():
        raise EXAMPLES[kind]()
    expected = 2 if issubclass(kind, exceptions.InputError) else 1
    assert stopped.value.exit_code == expected
    assert "error:" in capsys.readouterr().err

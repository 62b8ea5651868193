from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from limberup.adapters.db.database import open_database
from limberup.entrypoints.web.app import create_app
from limberup.settings import Settings
from tests.web_client import local_client


@pytest.fixture
def client(data_dir: Path) -> Iterator[TestClient]:
    settings = Settings(data_dir=data_dir)
    engine = open_database(settings.resolved_database_url)
    with local_client(create_app(settings, engine)) as test_client:
        yield test_client
    engine.dispose()

"""Settings a person can get wrong get a message naming the setting and what is allowed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.coach_helpers import run


@pytest.mark.parametrize(
    ("url", "named"),
    [
        ("nonsense", "not a database URL"),
        ("mysql://me:secret@db.example/limberup", "'mysql' is not supported"),
        ("postgresql+psycopg2://me@localhost/limberup", "'postgresql+psycopg2' is not supported"),
    ],
)
@pytest.mark.parametrize("command", [["today"], ["history"], ["serve", "--port", "8123"]])
def test_a_bad_database_url_names_the_setting_and_what_is_allowed(
    data_dir: Path, url: str, named: str, command: list[str]
) -> None:
    result = run(data_dir, *command, env={"LIMBERUP_DATABASE_URL": url})
    assert result.returncode == 2
    assert "LIMBERUP_DATABASE_URL" in result.stderr
    assert named in result.stderr
    assert "sqlite:///" in result.stderr
    assert "postgresql://" in result.stderr
    assert "Traceback" not in result.stderr
    assert "secret" not in result.stderr  # a password never shows

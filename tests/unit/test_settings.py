from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from limberup.settings import DEFAULT_PORT, Mode, Settings, default_data_dir, load_settings


def test_defaults_are_single_user_on_loopback_with_sqlite_in_the_data_dir(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("DATA_DIR", "DATABASE_URL", "HOST", "PORT", "MODE"):
        monkeypatch.delenv(f"LIMBERUP_{name}", raising=False)
    settings = load_settings()
    assert settings.host == "127.0.0.1"
    assert settings.port == DEFAULT_PORT == 8000
    assert settings.mode is Mode.SINGLE_USER
    assert settings.data_dir == default_data_dir()
    assert settings.resolved_database_url == f"sqlite:///{default_data_dir() / 'limberup.db'}"
    assert settings.uses_embedded_database


def test_environment_variables_use_the_limberup_prefix(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("LIMBERUP_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("LIMBERUP_PORT", "9001")
    monkeypatch.setenv("LIMBERUP_DATABASE_URL", "postgresql://u:p@db/limberup")
    settings = load_settings()
    assert settings.data_dir == tmp_path
    assert settings.port == 9001
    assert settings.resolved_database_url == "postgresql://u:p@db/limberup"
    assert not settings.uses_embedded_database


def test_explicit_overrides_beat_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIMBERUP_PORT", "9001")
    assert load_settings(port=9100).port == 9100


@pytest.mark.parametrize("port", [0, -1, 65536, "eighty"])
def test_a_bad_port_is_refused_naming_the_field(port: object) -> None:
    with pytest.raises(ValidationError) as caught:
        load_settings(port=port)
    assert caught.value.errors()[0]["loc"] == ("port",)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "example.org"])
def test_single_user_mode_refuses_a_host_other_machines_can_reach(host: str) -> None:
    with pytest.raises(ValidationError, match="no password") as caught:
        Settings(host=host)
    assert caught.value.errors()[0]["loc"] == ("host",)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_single_user_mode_accepts_loopback_hosts(host: str) -> None:
    assert Settings(host=host).host == host


def test_multi_user_mode_may_listen_on_every_interface() -> None:
    assert Settings(host="0.0.0.0", mode=Mode.MULTI_USER).host == "0.0.0.0"


def test_settings_are_immutable_once_built() -> None:
    settings = Settings()
    with pytest.raises(ValidationError):
        settings.port = 1  # type: ignore[misc]


def test_public_hosts_are_read_comma_separated_and_lowered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIMBERUP_PUBLIC_HOSTS", " Limber.Example.org, coach.example.org ,")
    monkeypatch.setenv("LIMBERUP_TRUSTED_PROXY", "10.0.0.5")
    settings = load_settings(mode="multi", host="0.0.0.0")
    assert settings.public_hosts == ("limber.example.org", "coach.example.org")
    assert settings.trusted_proxy == "10.0.0.5"
    assert load_settings().public_hosts == ("limber.example.org", "coach.example.org")


@pytest.mark.parametrize(
    "environ",
    [
        {},
        {"LIMBERUP_DATA_DIR": "/srv/runner"},
        {"limberup_data_dir": "/srv/lower"},
        {"LIMBERUP_DATA_DIR": "/srv/a", "LIMBERUP_DATABASE_URL": "sqlite:////srv/b/other.db"},
        {"LIMBERUP_DATABASE_URL": "postgresql://u:p@db/limberup"},
        {"LIMBERUP_DATABASE_URL": ""},
    ],
)
def test_the_quick_today_finds_the_database_the_settings_name(
    monkeypatch: pytest.MonkeyPatch, environ: dict[str, str]
) -> None:
    from limberup.entrypoints.cli.quick_today import database_location

    for name in ("DATA_DIR", "DATABASE_URL", "HOST", "PORT", "MODE"):
        monkeypatch.delenv(f"LIMBERUP_{name}", raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    assert database_location(environ) == load_settings().resolved_database_url

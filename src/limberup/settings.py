"""The application's settings: one typed class, read from ``LIMBERUP_*`` variables.

Settings are built by :func:`load_settings` when a command or the web app starts, never at
import time, so tests and tools can build their own without touching the environment.
"""

from __future__ import annotations

import ipaddress
from enum import StrEnum
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from limberup.locations import database_url, default_data_dir

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


class Mode(StrEnum):
    """How many people one deployment serves."""

    SINGLE_USER = "single"
    """One local user, no password; only safe on a loopback address."""
    MULTI_USER = "multi"
    """Accounts with passwords, runners and coaches."""


MOST_WORKERS = 64


class Settings(BaseSettings):
    """Everything a deployment can configure. Each field reads ``LIMBERUP_<FIELD>``."""

    model_config = SettingsConfigDict(env_prefix="LIMBERUP_", extra="ignore", frozen=True)

    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: Annotated[
        str | None,
        Field(description="SQLAlchemy URL; empty means a SQLite file in the data directory."),
    ] = None
    mode: Mode = Mode.SINGLE_USER  # declared before host: the host check reads it
    host: str = DEFAULT_HOST
    port: Annotated[int, Field(ge=1, le=65535)] = DEFAULT_PORT
    read_cache_entries: Annotated[
        int,
        Field(
            ge=0,
            le=100_000,
            description="Answers to reads the web app keeps until the data changes; 0 keeps none.",
        ),
    ] = 256
    public_hosts: Annotated[
        tuple[str, ...],
        NoDecode,
        Field(
            description=(
                "Multi-user mode: the host names the app answers to (comma-separated, e.g. "
                "'limberup.example.org'); loopback names are always allowed."
            )
        ),
    ] = ()
    trusted_proxy: Annotated[
        str | None,
        Field(
            description=(
                "The address of a reverse proxy whose X-Forwarded-* headers are believed "
                "(Uvicorn's forwarded_allow_ips); unset, a request carrying Forwarded or "
                "X-Forwarded-* is refused with 400, whichever server runs the app."
            )
        ),
    ] = None
    form_secret: Annotated[
        SecretStr | None,
        Field(
            min_length=32,
            description=(
                "The secret page forms' tokens are made from, for a deployment whose workers "
                "do not share one data directory (at least 32 characters); unset, one is made "
                "and kept in the data directory."
            ),
        ),
    ] = None
    access_log: Annotated[
        bool, Field(description="Log every HTTP request on standard output (the server's log).")
    ] = False
    workers: Annotated[
        int,
        Field(
            ge=1,
            le=MOST_WORKERS,
            description=(
                "Server processes answering in parallel (`limberup serve`); one per CPU core "
                "is the most that helps. On SQLite they take turns to write."
            ),
        ),
    ] = 1
    release: Annotated[
        str,
        Field(
            max_length=100,
            description=(
                "A name for this deployment (a release or commit), mixed into the offline app's "
                "version: browsers replace what they keep when it changes, even for the same code."
            ),
        ),
    ] = ""

    @field_validator("host")
    @classmethod
    def _refuse_open_single_user(cls, host: str, info: ValidationInfo) -> str:
        # Single-user mode has no password: exposing it beyond this machine would hand
        # anyone on the network the runner's health data.
        if info.data.get("mode", Mode.SINGLE_USER) is Mode.SINGLE_USER and not _is_loopback(host):
            msg = (
                "single-user mode has no password, so it only listens on a loopback address "
                "such as 127.0.0.1 or localhost; set LIMBERUP_MODE=multi to serve other machines"
            )
            raise ValueError(msg)
        return host

    @field_validator("public_hosts", mode="before")
    @classmethod
    def _split_hosts(cls, hosts: object) -> object:
        if isinstance(hosts, str):
            return tuple(name.strip().lower() for name in hosts.split(",") if name.strip())
        return hosts

    @property
    def resolved_database_url(self) -> str:
        """The database URL in use: the configured one, or the SQLite file in ``data_dir``."""
        return database_url(self.data_dir, self.database_url)

    @property
    def uses_embedded_database(self) -> bool:
        return self.resolved_database_url.startswith("sqlite")


def is_loopback(host: str) -> bool:
    """Whether a host name or address (IPv6 with or without brackets) is this machine only."""
    return _is_loopback(host.removeprefix("[").removesuffix("]"))


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def load_settings(**overrides: object) -> Settings:
    """Build the settings from the environment, with explicit overrides taking precedence."""
    return Settings(**overrides)  # type: ignore[arg-type]

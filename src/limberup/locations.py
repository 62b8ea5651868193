"""Where a runner's data lives: the data directory and the database URL it implies.

One rule, read by the settings (``settings.Settings``) and by the quick ``limberup today``,
which answers before pydantic is loaded (``entrypoints/cli/quick_today``).
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

DATABASE_FILE_NAME = "limberup.db"
SQLITE_PREFIX = "sqlite:///"


def default_data_dir() -> Path:
    """The per-user data directory the platform expects (XDG on Linux)."""
    return Path(platformdirs.user_data_dir("limberup", appauthor=False))


def database_url(data_dir: Path, configured: str | None) -> str:
    """The database URL in use: the configured one, or the SQLite file in ``data_dir``."""
    if configured:
        return configured
    return f"{SQLITE_PREFIX}{data_dir / DATABASE_FILE_NAME}"

"""``limberup today`` read straight from the embedded SQLite file, in a tenth of the time.

The full command loads SQLAlchemy, pydantic and the services (over a second of CPU on a slow
machine); the question "what do I do today?" needs three small queries. This reader answers it
from the stored plan with the standard library when it can be sure to show exactly what the
full command would, and otherwise steps aside (returns None) so the full command runs: a
database other than the embedded file, a schema not at this version's head, no local runner
or no stored plan for the week (the full command makes one), a log played from another
version of the plan, a retest day, any setting besides the data location, or anything in the
file it does not expect. Nothing is ever written.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from limberup.adapters.db.schema_head import SCHEMA_HEAD
from limberup.domain.planning.plain_words import CONTEXT_LABELS, dose_summary
from limberup.domain.vocabulary import Context
from limberup.entrypoints.cli.today_view import DrillLine, SessionLine, TodayView
from limberup.locations import SQLITE_PREFIX, database_url, default_data_dir

LOCATION_SETTINGS = frozenset({"limberup_data_dir", "limberup_database_url"})
"""The only settings ``today`` reads; any other one set sends the call to the full command,
which checks every setting and names a bad one."""
LOCAL_USERNAME = "local"  # services.users.LOCAL_USERNAME, which imports the services
STATUSES = frozenset({"in_progress", "finished", "abandoned"})


def quick_today(args: Sequence[str], environ: Mapping[str, str]) -> TodayView | None:
    """The view of ``limberup today ARGS``, or None where the full command must answer."""
    day = _day(args)
    path = _database_file(environ)
    if day is None or path is None:
        return None
    try:
        with closing(_open(path)) as db:
            return _view(db, day)
    except (sqlite3.Error, OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # anything unexpected: the full command explains it, or copes


def _day(args: Sequence[str]) -> dt.date | None:
    """The day of ``[--date YYYY-MM-DD]``; None for any other arguments (help, a typo)."""
    if not args:
        return dt.date.today()
    if len(args) == 2 and args[0] == "--date":
        text = args[1]
    elif len(args) == 1 and args[0].startswith("--date="):
        text = args[0].removeprefix("--date=")
    else:
        return None
    try:
        return dt.date.fromisoformat(text) if len(text) == len("2026-11-16") else None
    except ValueError:
        return None


def database_location(environ: Mapping[str, str]) -> str | None:
    """The database URL the settings would resolve from ``environ``, or None when a setting
    other than the data location is set (the full command then checks them all)."""
    settings = {k.lower(): v for k, v in environ.items() if k.lower().startswith("limberup_")}
    if settings.keys() - LOCATION_SETTINGS or settings.get("limberup_data_dir") == "":
        return None
    data_dir = settings.get("limberup_data_dir")
    directory = Path(data_dir) if data_dir is not None else default_data_dir()
    return database_url(directory, settings.get("limberup_database_url"))


def _database_file(environ: Mapping[str, str]) -> Path | None:
    url = database_location(environ)
    name = url.removeprefix(SQLITE_PREFIX) if url else ""
    if name == url or not name or "?" in name or name.startswith(":"):
        return None
    path = Path(name)
    return path if path.is_file() else None


def _open(path: Path) -> sqlite3.Connection:
    # Read-only: the quick path never creates, migrates or writes anything.
    return sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)


def _view(db: sqlite3.Connection, day: dt.date) -> TodayView | None:
    if _one(db, "SELECT version_num FROM alembic_version") != SCHEMA_HEAD:
        return None
    user = _one(db, "SELECT id FROM users WHERE username = ?", LOCAL_USERNAME)
    if user is None:
        return None
    monday = day - dt.timedelta(days=day.weekday())
    plan = db.execute(
        "SELECT id, data FROM plans WHERE user_id = ? AND week_start = ? "
        "ORDER BY version DESC LIMIT 1",
        (user, monday.isoformat()),
    ).fetchone()
    if plan is None:
        return None
    plan_id, data = plan
    planned = next((d for d in json.loads(data)["days"] if d["date"] == day.isoformat()), None)
    if planned is None or planned["retest"]:
        return None  # a retest names its tests, which the full command words
    logs = _logs(db, user, day)
    sessions = []
    for index, session in enumerate(planned["sessions"]):
        log = logs.get((index, session["context"]))
        if log is not None and log.plan_id not in (None, plan_id):
            return None  # played from an earlier version of the week: the full command shows it
        sessions.append(_session(session, log))
    return TodayView(day, tuple(sessions))


@dataclass(frozen=True, slots=True)
class _Log:
    plan_id: int | None
    status: str
    drills_done: int


def _logs(db: sqlite3.Connection, user: int, day: dt.date) -> dict[tuple[int, str], _Log]:
    """The latest log of each (session index, context) of the day, as the services pick it."""
    rows = db.execute(
        "SELECT s.session_index, s.context, s.plan_id, s.status, "
        "(SELECT COUNT(DISTINCT i.item_index) FROM logged_items i "
        " WHERE i.session_id = s.id AND i.finished_at IS NOT NULL) "
        "FROM session_logs s WHERE s.user_id = ? AND s.day = ? "
        "ORDER BY s.day, s.started_at, s.id",
        (user, day.isoformat()),
    ).fetchall()
    logs = {}
    for index, context, plan_id, status, done in rows:
        if status not in STATUSES:
            raise ValueError(f"unknown session status {status!r}")
        logs[(index, context)] = _Log(plan_id, status, done)  # later rows win: the latest
    return logs


def _session(session: Mapping[str, Any], log: _Log | None) -> SessionLine:
    return SessionLine(
        label=CONTEXT_LABELS[Context(session["context"])],
        minutes=float(session["minutes"]),
        drills=tuple(_drill(item) for item in session["items"]),
        status=log.status if log else None,
        drills_done=log.drills_done if log else 0,
    )


def _drill(item: Mapping[str, Any]) -> DrillLine:
    dosed = _Item(item["sides"], tuple(_Part(**_part_fields(p)) for p in item["parts"]))
    return DrillLine(str(item["name"]), dose_summary(dosed), str(item["why"]))


@dataclass(frozen=True, slots=True)
class _Part:
    sets: int
    reps: int
    reps_unit: str
    hold_s: float | None
    hold_breaths: int | None
    hold_at: tuple[str, ...]
    hold_per_set: bool
    limited_side: str | None
    extra_reps: int


@dataclass(frozen=True, slots=True)
class _Item:
    sides: int
    parts: tuple[_Part, ...]


def _part_fields(part: Mapping[str, Any]) -> dict[str, Any]:
    fields = {name: part[name] for name in _Part.__dataclass_fields__}
    fields["hold_at"] = tuple(fields["hold_at"])
    return fields


def _one(db: sqlite3.Connection, query: str, *parameters: object) -> Any:
    row = db.execute(query, parameters).fetchone()
    return None if row is None else row[0]

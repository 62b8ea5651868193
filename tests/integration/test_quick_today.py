"""The quick ``limberup today`` shows what the full command shows, or steps aside.

Both readers run on one real SQLite file, stored through the services: the full one through
``day_plan`` (SQLAlchemy, pydantic), the quick one with the standard library alone.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from limberup.adapters.db.database import open_database
from limberup.adapters.db.unit_of_work import SqlUnitOfWork, session_factory
from limberup.domain.assessment import Assessment
from limberup.domain.logbook import ItemLog, SessionStatus
from limberup.entrypoints.cli.quick_today import quick_today
from limberup.entrypoints.cli.today_view import TodayView
from limberup.entrypoints.cli.week import today_view
from limberup.services.assessments import record_assessment
from limberup.services.plans import generate_plan, parse_profile, week_of
from limberup.services.profile import save_profile
from limberup.services.runtime import Runtime
from limberup.services.sessions import day_plan, end_session, log_item, start_session
from limberup.services.users import local_user
from limberup.settings import Settings
from tests.factories import runtime_at

MONDAY = dt.date(2026, 11, 16)
WEDNESDAY = MONDAY + dt.timedelta(days=2)
THURSDAY = MONDAY + dt.timedelta(days=3)
NOON = dt.datetime(2026, 11, 18, 12, 0, tzinfo=dt.UTC)
PROFILE = {
    "age": 62,
    "run_days": ["wed", "sat"],
    "equipment": ["wall", "strap", "doorway", "light_band"],
    "minutes": {"pre_run": 6, "rest_day": 10, "daily": 8},
}
UNEVEN_SLR = {"date": "2026-11-16", "slr": {"left": {"angle_deg": 58}, "right": {"angle_deg": 84}}}


@dataclass
class Store:
    data_dir: Path
    uow: Callable[[], SqlUnitOfWork]
    runtime: Runtime
    user: int

    @property
    def environ(self) -> dict[str, str]:
        return {"LIMBERUP_DATA_DIR": str(self.data_dir)}

    def full(self, day: dt.date) -> TodayView:
        return today_view(day, day_plan(self.uow(), self.runtime, self.user, day))

    def quick(self, day: dt.date, environ: dict[str, str] | None = None) -> TodayView | None:
        return quick_today(["--date", day.isoformat()], self.environ | (environ or {}))

    def sql(self, statement: str, *parameters: object) -> None:
        with sqlite3.connect(self.data_dir / "limberup.db") as db:
            db.execute(statement, parameters)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    engine = open_database(Settings(data_dir=tmp_path).resolved_database_url)
    factory = session_factory(engine)
    runtime = runtime_at(NOON)
    user = local_user(SqlUnitOfWork(factory))
    save_profile(SqlUnitOfWork(factory), runtime, user, parse_profile(PROFILE))
    assessment = Assessment.model_validate(UNEVEN_SLR)
    record_assessment(SqlUnitOfWork(factory), runtime, user, assessment)
    generate_plan(SqlUnitOfWork(factory), runtime, user, MONDAY)
    yield Store(tmp_path, lambda: SqlUnitOfWork(factory), runtime, user)
    engine.dispose()


def play(store: Store, day: dt.date, index: int, *, drills: int, end: bool) -> None:
    """Log the first ``drills`` drills of a session as planned, and end it if asked."""
    planned = day_plan(store.uow(), store.runtime, store.user, day).sessions[index]
    log = start_session(
        store.uow(), store.user, plan_uuid=planned.plan.uuid, day=day, session_index=index,
        session_uuid=uuid.uuid4(), now=NOON,
    )  # fmt: skip
    for item_index, item in enumerate(planned.session.items[:drills]):
        done = ItemLog(item_index=item_index, exercise_id=item.exercise_id, finished_at=NOON)
        log_item(store.uow(), store.user, log.uuid, done)
    if end:
        end_session(store.uow(), store.user, log.uuid, status=SessionStatus.FINISHED, now=NOON)


def test_every_day_of_the_week_reads_the_same_both_ways(store: Store) -> None:
    play(store, WEDNESDAY, 0, drills=99, end=True)
    play(store, WEDNESDAY, 1, drills=1, end=False)
    for offset in range(7):
        day = MONDAY + dt.timedelta(days=offset)
        full = store.full(day)
        assert store.quick(day) == (None if full.retest else full), day
    wednesday = store.full(WEDNESDAY)
    assert [s.status for s in wednesday.sessions] == ["finished", "in_progress"]
    assert wednesday.sessions[1].drills_done == 1
    # The view carries the runner's own doses: the left leg's extra rep, named in the dose.
    week = [store.full(MONDAY + dt.timedelta(days=offset)) for offset in range(7)]
    doses = [drill.dose for view in week for s in view.sessions for drill in s.drills]
    assert any("on the left)" in dose for dose in doses)


def test_an_abandoned_session_and_a_later_log_of_it_read_the_same(store: Store) -> None:
    play(store, THURSDAY, 0, drills=1, end=False)
    store.sql("UPDATE session_logs SET status = 'abandoned'")
    assert store.quick(THURSDAY) == store.full(THURSDAY)
    play(store, THURSDAY, 0, drills=2, end=False)  # a second go: the latest log counts
    assert store.quick(THURSDAY) == store.full(THURSDAY)
    assert store.full(THURSDAY).sessions[0].drills_done == 2


def test_a_database_elsewhere_or_any_other_setting_goes_to_the_full_command(store: Store) -> None:
    assert store.quick(WEDNESDAY) is not None
    assert store.quick(WEDNESDAY, {"LIMBERUP_DATABASE_URL": "postgresql://u@db/x"}) is None
    assert store.quick(WEDNESDAY, {"LIMBERUP_MODE": "multi"}) is None
    assert store.quick(WEDNESDAY, {"limberup_port": "99999"}) is None  # the full one names it
    assert store.quick(WEDNESDAY, {"LIMBERUP_DATA_DIR": str(store.data_dir / "new")}) is None
    explicit = f"sqlite:///{store.data_dir / 'limberup.db'}"
    assert store.quick(WEDNESDAY, {"LIMBERUP_DATABASE_URL": explicit}) == store.full(WEDNESDAY)


@pytest.mark.parametrize(
    "args", [["--help"], ["-h"], ["--date"], ["--date", "18/11/2026"], ["--date", "x", "y"]]
)
def test_help_and_bad_arguments_go_to_the_full_command(store: Store, args: list[str]) -> None:
    assert quick_today(args, store.environ) is None


def test_a_week_without_a_stored_plan_goes_to_the_full_command(store: Store) -> None:
    next_week = MONDAY + dt.timedelta(days=7)
    assert store.quick(next_week) is None  # the full command makes and stores its plan
    store.full(next_week)
    assert store.quick(next_week) == store.full(next_week)


def test_a_log_played_from_an_earlier_version_of_the_week_goes_to_the_full_command(
    store: Store,
) -> None:
    play(store, WEDNESDAY, 0, drills=1, end=False)
    generate_plan(store.uow(), store.runtime, store.user, week_of(WEDNESDAY))
    assert store.quick(WEDNESDAY) is None
    assert store.quick(THURSDAY) == store.full(THURSDAY)  # no log there: the new version


def test_a_retest_day_goes_to_the_full_command(store: Store) -> None:
    sunday = MONDAY + dt.timedelta(days=6)  # a week after the assessment
    assert store.full(sunday).retest
    assert store.quick(sunday) is None


def test_a_schema_at_another_revision_goes_to_the_full_command(store: Store) -> None:
    store.sql("UPDATE alembic_version SET version_num = '0008'")
    assert store.quick(WEDNESDAY) is None


def test_an_unexpected_plan_goes_to_the_full_command(store: Store) -> None:
    store.sql("UPDATE plans SET data = json_remove(data, '$.days[2].sessions[0].items[0].parts')")
    assert store.quick(WEDNESDAY) is None
    store.sql("UPDATE plans SET data = ?", json.dumps({"days": "nonsense"}))
    assert store.quick(WEDNESDAY) is None


def test_a_file_that_is_not_a_database_goes_to_the_full_command(tmp_path: Path) -> None:
    (tmp_path / "limberup.db").write_bytes(b"not a database at all" * 100)
    assert quick_today([], {"LIMBERUP_DATA_DIR": str(tmp_path)}) is None

"""The use cases on real databases: a week lived through, replays, export and import."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from limberup.adapters.db.orm import AssessmentRow, LoggedItemRow, SessionLogRow
from limberup.domain.logbook import SessionStatus
from limberup.domain.progression.decisions import Action
from limberup.domain.vocabulary import Region
from limberup.services.assessments import record_assessment
from limberup.services.plans import current_plan, week_decisions
from limberup.services.profile import save_profile
from limberup.services.sessions import end_session, log_item, start_session
from limberup.services.transfer import (
    ImportFileError,
    export_data,
    export_json,
    import_data,
    parse_export,
)
from tests.factories import runtime_at
from tests.integration.storage.conftest import UowFactory, migrated, postgres_schema
from tests.unit.storage.builders import MONDAY, NOW, PROFILE, assessment, item_log
from tests.unit.storage.planning_helpers import do_session, sessions_with

RUNTIME = runtime_at(NOW)

NEXT = MONDAY + dt.timedelta(days=7)
ONE_DAY = dt.timedelta(days=1)


def count(engine: Engine, table: type[object]) -> int:
    with engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(table)) or 0  # type: ignore[arg-type]


def live_a_week(uow: UowFactory) -> None:
    """Profile, assessment, this week's plan, two sessions (one with pain), next week's plan."""
    save_profile(uow(), RUNTIME, 1, PROFILE)
    record_assessment(uow(), RUNTIME, 1, assessment(MONDAY))
    week = current_plan(uow(), RUNTIME, 1, MONDAY)
    day, index, items = sessions_with(week, "leg_lowering_1")[0]
    do_session(
        uow(), week, day, index, items, leg_lowering_1={"pain": 4, "pain_region": Region.HAMSTRINGS}
    )
    day, index, items = sessions_with(week, "assisted_slr")[1]
    do_session(uow(), week, day, index, items)
    sunday = MONDAY + dt.timedelta(days=6)
    retest_day = runtime_at(NOW + dt.timedelta(days=6))
    record_assessment(uow(), retest_day, 1, assessment(sunday, slr_left=66))  # replans Sunday
    current_plan(uow(), retest_day, 1, NEXT)


@pytest.fixture
def second_database(database_url: str, tmp_path: Path) -> Iterator[UowFactory]:
    """Another empty database on the same backend as ``database_url``."""
    if database_url.startswith("sqlite"):
        with migrated(f"sqlite:///{tmp_path / 'second.db'}") as make:
            yield make
    else:
        with postgres_schema() as url, migrated(url) as make:
            yield make


def test_a_lived_week_is_stored_and_pain_regresses_the_drill_next_week(
    uow: UowFactory, user_id: int
) -> None:
    assert user_id == 1
    live_a_week(uow)
    decided = {d.exercise_id: d.action for d in week_decisions(uow(), 1, NEXT)}
    assert decided["leg_lowering_1"] is Action.REGRESS
    with uow() as work:
        plans = work.plans.list(1)
        assert [(p.week_start, p.version) for p in plans] == [(MONDAY, 1), (MONDAY, 2), (NEXT, 1)]
        first, replanned = plans[0].plan, plans[1].plan
        assert replanned.days[:6] == first.days[:6]  # the retest replanned Sunday only
        assert replanned.source is not None
        assert replanned.source.kept_before == NEXT - ONE_DAY
        assert len(work.sessions.list(1, statuses=(SessionStatus.FINISHED,))) == 2


def test_export_then_import_into_an_empty_database_gives_back_identical_data(
    uow: UowFactory, user_id: int, second_database: UowFactory
) -> None:
    live_a_week(uow)
    exported = export_data(uow(), user_id)
    text = export_json(exported)
    import_data(second_database(), 1, parse_export(text, source="export.json"))
    assert export_data(second_database(), 1).data() == exported.data()
    assert export_json(export_data(second_database(), 1, now=exported.exported_at)) == text


def test_an_import_that_fails_half_way_leaves_the_database_as_it_was(
    uow: UowFactory, user_id: int, second_database: UowFactory
) -> None:
    live_a_week(uow)
    document = export_data(uow(), user_id)
    broken = document.model_copy(update={"plans": document.plans[:1]})  # NEXT's plan gone
    orphan = broken.sessions[0].model_copy(update={"plan_uuid": uuid.uuid4()})
    broken = broken.model_copy(update={"sessions": (*broken.sessions, orphan)})
    with pytest.raises(ImportFileError, match="nothing was imported"):
        import_data(second_database(), 1, broken)
    empty = export_data(second_database(), 1)
    assert (empty.profile, empty.assessments, empty.plans, empty.sessions) == (None, (), (), ())


def test_replayed_writes_store_one_record_each(
    uow: UowFactory, user_id: int, engine: Engine
) -> None:
    save_profile(uow(), RUNTIME, user_id, PROFILE)
    record_uuid, session_uuid = uuid.uuid4(), uuid.uuid4()
    for _ in range(2):
        record_assessment(uow(), RUNTIME, user_id, assessment(), record_uuid=record_uuid)
    plan = current_plan(uow(), RUNTIME, user_id, MONDAY)
    first = plan.plan.days[0].sessions[0]
    for _ in range(2):
        start_session(
            uow(),
            user_id,
            plan_uuid=plan.uuid,
            day=MONDAY,
            session_index=0,
            session_uuid=session_uuid,
            now=NOW,
        )
        log_item(uow(), user_id, session_uuid, item_log(0, first.items[0].exercise_id))
        end_session(uow(), user_id, session_uuid, now=NOW)
    assert (count(engine, AssessmentRow), count(engine, SessionLogRow)) == (1, 1)
    assert count(engine, LoggedItemRow) == 1


def test_the_same_session_started_from_two_places_at_once_is_stored_once(
    uow: UowFactory, user_id: int, engine: Engine
) -> None:
    save_profile(uow(), RUNTIME, user_id, PROFILE)
    plan = current_plan(uow(), RUNTIME, user_id, MONDAY)
    session_uuid = uuid.uuid4()

    def start() -> uuid.UUID:
        log = start_session(
            uow(),
            user_id,
            plan_uuid=plan.uuid,
            day=MONDAY,
            session_index=0,
            session_uuid=session_uuid,
        )
        return log.uuid

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: start(), range(8)))
    assert set(results) == {session_uuid}
    assert count(engine, SessionLogRow) == 1


@pytest.mark.postgres
def test_data_exported_from_sqlite_imports_identically_into_postgresql(tmp_path: Path) -> None:
    with migrated(f"sqlite:///{tmp_path / 'laptop.db'}") as laptop:
        live_a_week(laptop)
        exported = export_data(laptop(), 1)
    with postgres_schema() as url, migrated(url) as server:
        import_data(server(), 1, parse_export(export_json(exported), source="export.json"))
        assert export_data(server(), 1).data() == exported.data()

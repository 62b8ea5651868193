"""The data revision moves on with every committed write, and only then, on both backends."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import Engine

from limberup.adapters.db.engine import make_engine
from limberup.adapters.db.revision import read_revision
from limberup.adapters.db.unit_of_work import SqlUnitOfWork
from limberup.domain.logbook import SessionStatus, StoredDecision, StoredProfile
from limberup.domain.planning.week import Profile
from limberup.domain.progression.decisions import Action
from tests.integration.storage.conftest import UowFactory, units_of_work
from tests.paths import EXAMPLES
from tests.unit.storage.builders import NOW, item_log, session_log, stored_assessment, stored_plan

PLAN = stored_plan()
LOG = session_log(PLAN)


def revision(engine: Engine) -> int:
    with engine.connect() as connection:
        return read_revision(connection)


def store_plan_and_log(work: SqlUnitOfWork, user_id: int) -> None:
    work.plans.add(user_id, PLAN)
    work.sessions.add(user_id, LOG)


WRITES: dict[str, Callable[[SqlUnitOfWork, int], object]] = {
    "profile": lambda work, user: work.profiles.save(
        user,
        StoredProfile(
            profile=Profile.model_validate_json((EXAMPLES / "profile.json").read_text()),
            updated_at=NOW,
        ),
    ),
    "assessment": lambda work, user: work.assessments.add(user, stored_assessment()),
    "plan": lambda work, user: work.plans.add(user, PLAN),
    "session": store_plan_and_log,
    "decisions": lambda work, user: work.decisions.replace_week(
        user,
        PLAN.week_start,
        [
            StoredDecision(
                week_start=PLAN.week_start,
                exercise_id="leg_swings",
                action=Action.MAINTAIN,
                reason="steady",
            )
        ],
    ),
}


@pytest.mark.parametrize("write", list(WRITES))
def test_each_kind_of_write_moves_the_revision_on_once(
    write: str, uow: UowFactory, user_id: int, engine: Engine
) -> None:
    before = revision(engine)
    with uow() as work:
        WRITES[write](work, user_id)
        work.commit()
    assert revision(engine) == before + 1


def test_item_and_status_updates_move_it_on_too(
    uow: UowFactory, user_id: int, engine: Engine
) -> None:
    with uow() as work:
        store_plan_and_log(work, user_id)
        work.commit()
    before = revision(engine)
    with uow() as work:
        work.sessions.save_item(user_id, LOG.uuid, item_log(0, "leg_swings"))
        work.commit()
    assert revision(engine) == before + 1
    with uow() as work:
        work.sessions.set_status(user_id, LOG.uuid, SessionStatus.FINISHED, NOW)
        work.commit()
    assert revision(engine) == before + 2


def test_reads_and_rolled_back_writes_leave_it_alone(
    uow: UowFactory, user_id: int, engine: Engine
) -> None:
    before = revision(engine)
    with uow() as work:
        work.plans.list(user_id)
        work.sessions.list(user_id)
        work.commit()
    with uow() as work:
        work.plans.add(user_id, PLAN)  # left without commit: rolled back
    with uow() as work:
        work.plans.add(user_id, PLAN)
        work.rollback()
        work.commit()  # nothing left to commit
    assert revision(engine) == before
    with uow() as work:
        assert work.plans.list(user_id) == ()


def test_a_write_by_another_process_is_seen(database_url: str, engine: Engine) -> None:
    other = make_engine(database_url)  # as a second server worker or the CLI would open it
    try:
        before = revision(engine)
        with units_of_work(other)() as work:
            work.plans.add(
                work.users.ensure("someone", display_name="S", user_uuid=uuid.uuid4(), now=NOW),
                PLAN,
            )
            work.commit()
        assert revision(engine) == before + 1
    finally:
        other.dispose()

"""Every row belongs to a user: no user sees another's data; deleting a user deletes theirs."""

from __future__ import annotations

import uuid

from sqlalchemy import Engine, delete, func, select

from limberup.adapters.db.orm import (
    AssessmentRow,
    DecisionRow,
    LoggedItemRow,
    PlanRow,
    ProfileRow,
    SessionLogRow,
    UserRow,
)
from limberup.domain.logbook import StoredDecision, StoredProfile
from limberup.domain.progression.decisions import Action
from tests.integration.storage.conftest import UowFactory
from tests.unit.storage.builders import (
    MONDAY,
    NOW,
    PROFILE,
    item_log,
    session_log,
    stored_assessment,
    stored_plan,
)

TABLES = (ProfileRow, AssessmentRow, PlanRow, SessionLogRow, LoggedItemRow, DecisionRow)


def fill(uow: UowFactory, user_id: int) -> None:
    plan = stored_plan()
    with uow() as work:
        work.profiles.save(user_id, StoredProfile(profile=PROFILE, updated_at=NOW))
        work.assessments.add(user_id, stored_assessment())
        work.plans.add(user_id, plan)
        work.sessions.add(user_id, session_log(plan, items=(item_log(0, "leg_swings"),)))
        work.decisions.replace_week(
            user_id,
            MONDAY,
            [StoredDecision(week_start=MONDAY, exercise_id="x", action=Action.HOLD, reason="r")],
        )
        work.commit()


def test_one_users_records_are_invisible_to_another(uow: UowFactory, user_id: int) -> None:
    fill(uow, user_id)
    with uow() as work:
        other = work.users.ensure("other", display_name="O", user_uuid=uuid.uuid4(), now=NOW)
        work.commit()
    with uow() as work:
        assert work.profiles.get(other) is None
        assert work.assessments.list(other) == ()
        assert work.plans.list(other) == ()
        assert work.plans.current(other, MONDAY) is None
        assert work.sessions.list(other) == ()
        assert work.decisions.list(other) == ()
        mine = work.sessions.list(user_id)[0]
        assert work.sessions.get(other, mine.uuid) is None


def test_every_row_carries_its_user_and_goes_with_them(
    uow: UowFactory, user_id: int, engine: Engine
) -> None:
    fill(uow, user_id)
    with engine.begin() as connection:
        for table in TABLES:
            owners = connection.scalars(select(table.user_id)).all()
            assert set(owners) == {user_id}, table.__tablename__
        connection.execute(delete(UserRow).where(UserRow.id == user_id))
    with engine.connect() as connection:
        for table in TABLES:
            assert connection.scalar(select(func.count()).select_from(table)) == 0

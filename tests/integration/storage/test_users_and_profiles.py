"""Users (one local user in single-user mode) and profiles, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Engine, func, select

from limberup.adapters.db.orm import UserRow
from limberup.domain.logbook import StoredProfile
from limberup.services.users import LOCAL_USERNAME, local_user
from tests.integration.storage.conftest import UowFactory
from tests.unit.storage.builders import NOW, PROFILE


def test_single_user_mode_creates_exactly_one_local_user(uow: UowFactory, engine: Engine) -> None:
    first = local_user(uow())
    again = local_user(uow())
    assert first == again
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(UserRow)) == 1
        row = connection.execute(select(UserRow.username, UserRow.created_at)).one()
    assert row.username == LOCAL_USERNAME


def test_ensure_returns_the_existing_user_and_keeps_its_first_details(uow: UowFactory) -> None:
    with uow() as work:
        first = work.users.ensure("ana", display_name="Ana", user_uuid=uuid.uuid4(), now=NOW)
        second = work.users.ensure("ana", display_name="Other", user_uuid=uuid.uuid4(), now=NOW)
        work.commit()
    assert first == second
    with uow() as work:
        assert work.users.find("ana") == first
        assert work.users.find("nobody") is None


def test_a_profile_is_stored_replaced_and_read_back_equal(uow: UowFactory, user_id: int) -> None:
    with uow() as work:
        assert work.profiles.get(user_id) is None
        work.profiles.save(user_id, StoredProfile(profile=PROFILE, updated_at=NOW))
        work.commit()
    with uow() as work:
        assert work.profiles.get(user_id) == StoredProfile(profile=PROFILE, updated_at=NOW)
    changed = PROFILE.model_copy(update={"age": 39})
    later = NOW + dt.timedelta(days=1)
    with uow() as work:
        work.profiles.save(user_id, StoredProfile(profile=changed, updated_at=later))
        work.commit()
    with uow() as work:
        stored = work.profiles.get(user_id)
    assert stored is not None
    assert (stored.profile.age, stored.updated_at) == (39, later)


def test_a_time_in_another_zone_is_read_back_as_the_same_instant_in_utc(
    uow: UowFactory, user_id: int
) -> None:
    paris = dt.timezone(dt.timedelta(hours=1))
    local = dt.datetime(2026, 11, 16, 8, 30, 15, 123456, tzinfo=paris)
    with uow() as work:
        work.profiles.save(user_id, StoredProfile(profile=PROFILE, updated_at=local))
        work.commit()
    with uow() as work:
        stored = work.profiles.get(user_id)
    assert stored is not None
    assert stored.updated_at == local
    assert stored.updated_at.tzinfo == dt.UTC


def test_leaving_the_unit_of_work_without_commit_stores_nothing(
    uow: UowFactory, user_id: int
) -> None:
    with uow() as work:
        work.profiles.save(user_id, StoredProfile(profile=PROFILE, updated_at=NOW))
    with uow() as work:
        assert work.profiles.get(user_id) is None

"""Dates held against the runner's today, and pain in a drill replanning the week (fake store)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from limberup.domain.logbook import ItemLog
from limberup.domain.vocabulary import Region
from limberup.exceptions import InputError
from limberup.services.assessments import record_assessment
from limberup.services.dates import STORED_WEEKS_AROUND_TODAY, refuse_future, storable_week
from limberup.services.plans import current_plan
from limberup.services.profile import save_profile
from limberup.services.sessions import log_item, start_session
from tests.factories import runtime_at
from tests.unit.storage.builders import MONDAY, NOW, PROFILE, assessment
from tests.unit.storage.fakes import FakeUnitOfWork

ON_MONDAY = runtime_at(NOW)


def test_a_date_after_today_is_refused_naming_the_field() -> None:
    refuse_future("date", MONDAY, MONDAY)
    with pytest.raises(InputError) as refused:
        refuse_future("date", MONDAY + dt.timedelta(days=1), MONDAY)
    assert refused.value.field == "date"
    assert "on or before today, 2026-11-16" in str(refused.value)


@pytest.mark.parametrize(
    ("weeks", "stored"),
    [(0, True), (STORED_WEEKS_AROUND_TODAY, True), (STORED_WEEKS_AROUND_TODAY + 1, False)],
)
def test_only_weeks_near_today_are_stored(weeks: int, stored: bool) -> None:
    assert storable_week(MONDAY + dt.timedelta(weeks=weeks), MONDAY) is stored
    assert storable_week(MONDAY - dt.timedelta(weeks=weeks), MONDAY) is stored


def test_a_far_week_is_shown_and_not_stored() -> None:
    uow = FakeUnitOfWork()
    save_profile(uow, ON_MONDAY, 1, PROFILE)
    far = MONDAY + dt.timedelta(weeks=30)
    shown = current_plan(uow, ON_MONDAY, 1, far)
    assert shown.week_start == far
    assert shown.plan.days
    with uow:
        assert uow.plans.current(1, far) is None


def test_a_future_assessment_or_session_stores_nothing() -> None:
    uow = FakeUnitOfWork()
    save_profile(uow, ON_MONDAY, 1, PROFILE)
    with pytest.raises(InputError, match="date"):
        record_assessment(uow, ON_MONDAY, 1, assessment(MONDAY + dt.timedelta(days=1)))
    plan = current_plan(uow, ON_MONDAY, 1, MONDAY)
    with pytest.raises(InputError, match="date"):
        start_session(
            uow,
            1,
            plan_uuid=plan.uuid,
            day=MONDAY + dt.timedelta(days=1),
            session_index=0,
            today=MONDAY,
        )
    with uow:
        assert uow.assessments.list(1) == ()
        assert uow.sessions.list(1) == ()


def test_pain_logged_in_a_drill_replans_the_week_at_once() -> None:
    uow = FakeUnitOfWork()
    save_profile(uow, ON_MONDAY, 1, PROFILE)
    record_assessment(uow, ON_MONDAY, 1, assessment(MONDAY))
    plan = current_plan(uow, ON_MONDAY, 1, MONDAY)
    index, session = next((i, s) for i, s in enumerate(plan.day(MONDAY)) if s.items)
    drill = session.items[0].exercise_id
    log = start_session(
        uow,
        1,
        plan_uuid=plan.uuid,
        day=MONDAY,
        session_index=index,
        today=MONDAY,
        session_uuid=uuid.uuid4(),
    )
    hurt = ItemLog(item_index=0, exercise_id=drill, pain=2, pain_region=Region.HIP)
    log_item(uow, 1, log.uuid, hurt, runtime=ON_MONDAY)
    after = current_plan(uow, ON_MONDAY, 1, MONDAY)
    assert after.version == plan.version + 1
    placed = {i.exercise_id for d in after.plan.days for s in d.sessions for i in s.items}
    assert drill not in placed
    again = log_item(uow, 1, log.uuid, hurt, runtime=ON_MONDAY)  # the same pain: no new plan
    assert again.pain == 2
    assert current_plan(uow, ON_MONDAY, 1, MONDAY).version == after.version


def test_a_session_too_far_back_for_a_stored_plan_is_refused_by_its_date() -> None:
    uow = FakeUnitOfWork()
    save_profile(uow, ON_MONDAY, 1, PROFILE)
    long_ago = MONDAY - dt.timedelta(weeks=STORED_WEEKS_AROUND_TODAY + 1)
    shown = current_plan(uow, ON_MONDAY, 1, long_ago)
    with pytest.raises(InputError, match="within 8 weeks of today"):
        start_session(uow, 1, plan_uuid=shown.uuid, day=long_ago, session_index=0, today=MONDAY)

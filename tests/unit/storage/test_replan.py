"""A changed profile or a new assessment plans the current week again from today, for any door.

The rule lives in ``services.plans.replan_from_today``; the profile and assessment use cases
call it, so the CLI, the API and the pages all get it. These tests run it on a fake store with
a clock standing on Wednesday, so Monday and Tuesday have passed.
"""

from __future__ import annotations

import datetime as dt

from limberup.domain.planning.week import Weekday
from limberup.services.assessments import record_assessment
from limberup.services.plans import current_plan
from limberup.services.profile import save_profile
from tests.factories import runtime_at
from tests.unit.storage.builders import MONDAY, NOW, PROFILE, assessment
from tests.unit.storage.fakes import FakeUnitOfWork

WEDNESDAY = MONDAY + dt.timedelta(days=2)
ON_MONDAY = runtime_at(NOW)
ON_WEDNESDAY = runtime_at(NOW + dt.timedelta(days=2))
NEW_RUN_DAYS = PROFILE.model_copy(update={"run_days": (Weekday.MON, Weekday.WED, Weekday.FRI)})


def planned_on_monday() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    save_profile(uow, ON_MONDAY, 1, PROFILE)
    record_assessment(uow, ON_MONDAY, 1, assessment(MONDAY))
    current_plan(uow, ON_MONDAY, 1, MONDAY)  # the week as the runner first saw it
    return uow


def test_a_profile_change_replans_from_today_and_keeps_the_days_gone_by() -> None:
    uow = planned_on_monday()
    before = current_plan(uow, ON_WEDNESDAY, 1, MONDAY)
    save_profile(uow, ON_WEDNESDAY, 1, NEW_RUN_DAYS)
    after = current_plan(uow, ON_WEDNESDAY, 1, MONDAY)
    assert after.version == before.version + 1
    assert after.plan.days[:2] == before.plan.days[:2]  # Monday and Tuesday untouched
    runs = {day.date.weekday() for day in after.plan.days[2:] if day.run}
    assert runs == {2, 4}  # from Wednesday on the new run days: Wednesday and Friday
    source = after.plan.source
    assert source is not None
    assert source.kept_before == WEDNESDAY
    assert source.profile_updated_at == ON_WEDNESDAY.clock.now()


def test_a_new_assessment_replans_from_today_and_records_which_one_it_read() -> None:
    uow = planned_on_monday()
    before = current_plan(uow, ON_WEDNESDAY, 1, MONDAY)
    retest = record_assessment(uow, ON_WEDNESDAY, 1, assessment(WEDNESDAY, slr_left=85))
    after = current_plan(uow, ON_WEDNESDAY, 1, MONDAY)
    assert after.version == before.version + 1
    assert after.plan.days[:2] == before.plan.days[:2]
    assert after.plan.source is not None
    assert after.plan.source.assessment_uuid == retest.uuid
    assert after.plan.catalogue_version == ON_WEDNESDAY.catalogue.version


def test_a_replayed_assessment_plans_nothing_again() -> None:
    uow = planned_on_monday()
    stored = record_assessment(uow, ON_WEDNESDAY, 1, assessment(WEDNESDAY))
    versions = len(uow.store.plans[1])
    record_assessment(uow, ON_WEDNESDAY, 1, assessment(WEDNESDAY), record_uuid=stored.uuid)
    assert len(uow.store.plans[1]) == versions


def test_a_week_not_planned_yet_is_left_to_be_planned_when_asked() -> None:
    uow = FakeUnitOfWork()
    save_profile(uow, ON_WEDNESDAY, 1, PROFILE)
    record_assessment(uow, ON_WEDNESDAY, 1, assessment(WEDNESDAY))
    assert not uow.store.plans.get(1)

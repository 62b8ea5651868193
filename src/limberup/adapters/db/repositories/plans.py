"""Weekly plans. A plan made again for the same week is kept as the next version."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable

from sqlalchemy import Row, bindparam, func, select
from sqlalchemy.orm import Session

from limberup.adapters.db.orm import PlanRow
from limberup.adapters.db.statements import insert_unless_present
from limberup.domain.logbook import StoredPlan
from limberup.domain.planning.notes import upgrade_plan_data
from limberup.domain.planning.week import WeekPlan

VERSION_ATTEMPTS = 5
"""Concurrent generations of one week each take the next free version; a few tries suffice."""
DECODED_PLANS = 512
"""Decoded plans kept per process. A stored plan never changes (a new one is a new version
with a new UUID), so a plan decoded once stays right; decoding one costs milliseconds."""


class _DecodedPlans:
    """A small LRU map from a plan's UUID to its decoded :class:`WeekPlan`."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._plans: OrderedDict[str, WeekPlan] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, plan_uuid: str, data: Callable[[], object]) -> WeekPlan:
        """The plan of ``plan_uuid``, decoded from ``data()`` unless decoded before."""
        with self._lock:
            plan = self._plans.get(plan_uuid)
            if plan is not None:
                self._plans.move_to_end(plan_uuid)
                return plan
        plan = WeekPlan.model_validate(upgrade_plan_data(data()))
        with self._lock:
            self._plans[plan_uuid] = plan
            if len(self._plans) > self._size:
                self._plans.popitem(last=False)
        return plan


_decoded = _DecodedPlans(DECODED_PLANS)

# Built once: SQLAlchemy then reuses their compiled form instead of keying a new statement.
# Plain columns rather than ORM rows (a tenth of the cost), and without the plan's JSON,
# which is read only for plans not decoded before.
_ROWS = select(
    PlanRow.uuid, PlanRow.week_start, PlanRow.version, PlanRow.catalogue_version, PlanRow.created_at
)
_OF_USER = _ROWS.where(PlanRow.user_id == bindparam("user_id"))
_CURRENT = (
    _OF_USER.where(PlanRow.week_start == bindparam("week_start"))
    .order_by(PlanRow.version.desc())
    .limit(1)
)
_BY_UUID = _OF_USER.where(PlanRow.uuid == bindparam("uuid"))
_SINCE = _OF_USER.where(PlanRow.week_start >= bindparam("since")).order_by(
    PlanRow.week_start, PlanRow.version
)
_FIRST_MADE = select(func.min(PlanRow.created_at)).where(PlanRow.user_id == bindparam("user_id"))
_DATA = select(PlanRow.data).where(PlanRow.uuid == bindparam("uuid"))


class SqlPlanRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, user_id: int, record: StoredPlan) -> StoredPlan:
        """Store ``record`` as its version of the week, or the next free one if that is taken.

        With a UUID already stored, return the stored plan instead.
        """
        version = record.version
        for _ in range(VERSION_ATTEMPTS):
            insert_unless_present(
                self._session, PlanRow, _values(user_id, record, version), key=None
            )
            stored = self.get(user_id, record.uuid)
            if stored is not None:
                return stored
            version = self.next_version(user_id, record.week_start)
        raise RuntimeError(f"could not store a plan for the week of {record.week_start}")

    def next_version(self, user_id: int, week_start: dt.date) -> int:
        """The version a new plan for ``week_start`` gets: one more than the newest."""
        newest = self._session.scalar(
            select(func.max(PlanRow.version)).where(
                PlanRow.user_id == user_id, PlanRow.week_start == week_start
            )
        )
        return (newest or 0) + 1

    def current(self, user_id: int, week_start: dt.date) -> StoredPlan | None:
        """The newest version of the plan for the week of ``week_start``."""
        row = self._session.execute(
            _CURRENT, {"user_id": user_id, "week_start": week_start}
        ).first()
        return None if row is None else self._record(row)

    def get(self, user_id: int, plan_uuid: uuid.UUID) -> StoredPlan | None:
        # On the session's connection: a read needs none of the ORM's execution, which cost
        # as much as the query when logging a session (writes still go through the session,
        # whose events count them).
        row = (
            self._session.connection()
            .execute(_BY_UUID, {"user_id": user_id, "uuid": str(plan_uuid)})
            .first()
        )
        return None if row is None else self._record(row)

    def list(self, user_id: int, *, since: dt.date | None = None) -> tuple[StoredPlan, ...]:
        """Every plan of the user, every version, by week then version; with ``since``, only
        the weeks that start on or after it."""
        rows = self._session.execute(_SINCE, {"user_id": user_id, "since": since or dt.date.min})
        return tuple(self._record(row) for row in rows)

    def first_made(self, user_id: int) -> dt.date | None:
        """The day the user's first plan was made (the day they began), if any was."""
        made: dt.datetime | None = self._session.scalar(_FIRST_MADE, {"user_id": user_id})
        return None if made is None else made.date()

    def _record(self, row: Row[str, dt.date, int, str, dt.datetime]) -> StoredPlan:
        def data() -> object:
            return self._session.scalar(_DATA, {"uuid": row.uuid})

        return StoredPlan.model_construct(  # every part below is already a validated value
            uuid=uuid.UUID(row.uuid),
            week_start=row.week_start,
            version=row.version,
            catalogue_version=row.catalogue_version,
            plan=_decoded.get(row.uuid, data),
            created_at=row.created_at,
        )


def _values(user_id: int, record: StoredPlan, version: int) -> dict[str, object]:
    return {
        "uuid": str(record.uuid),
        "user_id": user_id,
        "week_start": record.week_start,
        "version": version,
        "catalogue_version": record.catalogue_version,
        "data": record.plan.model_dump(mode="json"),
        "created_at": record.created_at,
    }

"""SQLAlchemy 2 ORM rows, one class per table, kept apart from the domain's values.

Repositories turn these rows into the frozen values of ``limberup.domain`` and back; nothing
outside ``adapters/db`` sees a row. The schema itself is made only by the Alembic migrations in
``migrations/versions``; ``tests/integration/storage/test_migrations.py`` checks that these
classes and the migrated schema agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from limberup.adapters.db.types import JsonDocument, UtcDateTime

UUID_LENGTH = 36
ID_LENGTH = 80


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UtcDateTime(),
        dict[str, Any]: JsonDocument,
    }


def _owner() -> Mapped[int]:
    # Every row belongs to a user; deleting the user deletes their data.
    return mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), unique=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16), default="runner")
    password_hash: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[dt.datetime]


class ProfileRow(Base):
    __tablename__ = "profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    data: Mapped[dict[str, Any]]
    updated_at: Mapped[dt.datetime]


class AssessmentRow(Base):
    __tablename__ = "assessments"
    __table_args__ = (UniqueConstraint("user_id", "uuid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(UUID_LENGTH))
    user_id: Mapped[int] = _owner()
    kind: Mapped[str] = mapped_column(String(16))
    taken_on: Mapped[dt.date] = mapped_column(Date)
    inputs: Mapped[dict[str, Any]]
    findings: Mapped[dict[str, Any]]
    recorded_at: Mapped[dt.datetime]


class AssessmentDraftRow(Base):
    """The self-test wizard's answers so far; one per user, gone when the wizard finishes."""

    __tablename__ = "assessment_drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    uuid: Mapped[str] = mapped_column(String(UUID_LENGTH))
    answers: Mapped[dict[str, Any]]
    updated_at: Mapped[dt.datetime]


class PlanRow(Base):
    __tablename__ = "plans"
    __table_args__ = (
        UniqueConstraint("user_id", "uuid"),
        UniqueConstraint("user_id", "week_start", "version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(UUID_LENGTH))
    user_id: Mapped[int] = _owner()
    week_start: Mapped[dt.date] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer)
    catalogue_version: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]]
    created_at: Mapped[dt.datetime]


class SessionLogRow(Base):
    __tablename__ = "session_logs"
    __table_args__ = (
        UniqueConstraint("user_id", "uuid"),
        # Newest first by day, start and id (a page of the listing, the days of a streak).
        Index("ix_session_logs_user_day", "user_id", "day", "started_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(UUID_LENGTH))
    user_id: Mapped[int] = _owner()
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id", ondelete="SET NULL"))
    week_start: Mapped[dt.date] = mapped_column(Date)
    day: Mapped[dt.date] = mapped_column(Date)
    context: Mapped[str] = mapped_column(String(16))
    session_index: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[dt.datetime]
    finished_at: Mapped[dt.datetime | None]
    status: Mapped[str] = mapped_column(String(16))
    player: Mapped[str | None] = mapped_column(String(UUID_LENGTH))
    """The token of the one player whose writes are accepted (``services.claims``)."""

    items: Mapped[list[LoggedItemRow]] = relationship(
        back_populates="session",
        order_by="LoggedItemRow.item_index",
        lazy="selectin",
        cascade="all, delete-orphan",
    )


class LoggedItemRow(Base):
    __tablename__ = "logged_items"
    __table_args__ = (UniqueConstraint("session_id", "item_index"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _owner()
    session_id: Mapped[int] = mapped_column(ForeignKey("session_logs.id", ondelete="CASCADE"))
    item_index: Mapped[int] = mapped_column(Integer)
    exercise_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    variant_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    sets_done: Mapped[int] = mapped_column(Integer)
    reps_done: Mapped[int] = mapped_column(Integer)
    holds_done: Mapped[int] = mapped_column(Integer)
    sides: Mapped[str] = mapped_column(String(16))
    """Sides worked, comma-separated in order (``left,right``); empty for both at once."""
    skipped: Mapped[bool]
    pain: Mapped[int | None] = mapped_column(Integer)
    pain_region: Mapped[str | None] = mapped_column(String(32))
    ease: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    finished_at: Mapped[dt.datetime | None]

    session: Mapped[SessionLogRow] = relationship(back_populates="items")


class DecisionRow(Base):
    __tablename__ = "progression_decisions"
    __table_args__ = (UniqueConstraint("user_id", "week_start", "exercise_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _owner()
    week_start: Mapped[dt.date] = mapped_column(Date)
    exercise_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    action: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)
    replacement_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))


class DataRevisionRow(Base):
    """One row: how many write transactions the database has seen (see ``revision.py``)."""

    __tablename__ = "data_revision"
    __table_args__ = (CheckConstraint("id = 1", name="ck_data_revision_one_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)

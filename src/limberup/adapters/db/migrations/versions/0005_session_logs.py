"""Session logs and their items: what was done of each planned session, item by item.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _owner() -> sa.Column[int]:
    return sa.Column(
        "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )


def upgrade() -> None:
    op.create_table(
        "session_logs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False),
        _owner(),
        sa.Column("plan_id", sa.Integer, sa.ForeignKey("plans.id", ondelete="SET NULL")),
        sa.Column("week_start", sa.Date, nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("context", sa.String(16), nullable=False),
        sa.Column("session_index", sa.Integer, nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.UniqueConstraint("user_id", "uuid"),
        sa.CheckConstraint(
            "status IN ('in_progress', 'finished', 'abandoned')", name="ck_session_logs_status"
        ),
    )
    op.create_index("ix_session_logs_user_id", "session_logs", ["user_id"])
    op.create_table(
        "logged_items",
        sa.Column("id", sa.Integer, primary_key=True),
        _owner(),
        sa.Column(
            "session_id",
            sa.Integer,
            sa.ForeignKey("session_logs.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("item_index", sa.Integer, nullable=False),
        sa.Column("exercise_id", sa.String(80), nullable=False),
        sa.Column("variant_id", sa.String(80)),
        sa.Column("sets_done", sa.Integer, nullable=False),
        sa.Column("reps_done", sa.Integer, nullable=False),
        sa.Column("holds_done", sa.Integer, nullable=False),
        sa.Column("sides", sa.String(16), nullable=False),
        sa.Column("skipped", sa.Boolean, nullable=False),
        sa.Column("pain", sa.Integer),
        sa.Column("pain_region", sa.String(32)),
        sa.Column("ease", sa.Integer),
        sa.Column("notes", sa.Text),
        sa.Column("finished_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("session_id", "item_index"),
        sa.CheckConstraint("pain BETWEEN 0 AND 10", name="ck_logged_items_pain"),
        sa.CheckConstraint("ease BETWEEN 1 AND 5", name="ck_logged_items_ease"),
    )
    op.create_index("ix_logged_items_user_id", "logged_items", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_logged_items_user_id", "logged_items")
    op.drop_table("logged_items")
    op.drop_index("ix_session_logs_user_id", "session_logs")
    op.drop_table("session_logs")

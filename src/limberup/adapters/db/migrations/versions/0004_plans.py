"""Plans: each generated week with the catalogue version it was built from.

A plan made again for the same week is kept as the next version, so the logs of sessions
done from the earlier one still point at what was actually planned.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column(
            "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("week_start", sa.Date, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("catalogue_version", sa.String(64), nullable=False),
        sa.Column("data", JSON, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("user_id", "uuid"),
        sa.UniqueConstraint("user_id", "week_start", "version"),
        sa.CheckConstraint("version >= 1", name="ck_plans_version"),
    )
    op.create_index("ix_plans_user_id", "plans", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_plans_user_id", "plans")
    op.drop_table("plans")

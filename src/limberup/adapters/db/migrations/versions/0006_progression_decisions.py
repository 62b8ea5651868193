"""Progression decisions: per drill, what the week's plan did with it and why.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "progression_decisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("week_start", sa.Date, nullable=False),
        sa.Column("exercise_id", sa.String(80), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("replacement_id", sa.String(80)),
        sa.UniqueConstraint("user_id", "week_start", "exercise_id"),
    )
    op.create_index("ix_progression_decisions_user_id", "progression_decisions", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_progression_decisions_user_id", "progression_decisions")
    op.drop_table("progression_decisions")

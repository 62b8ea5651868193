"""The live player of a session: a token naming the one player whose writes are accepted.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("session_logs") as table:
        table.add_column(sa.Column("player", sa.String(36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("session_logs") as table:
        table.drop_column("player")

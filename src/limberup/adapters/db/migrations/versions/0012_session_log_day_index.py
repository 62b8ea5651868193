"""Session logs indexed by runner and day: listings and streaks read only what they return.

With only the runner's id indexed, a page of the newest logs, or the days before a date, was
found by reading and sorting every log the runner ever stored.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

INDEX = "ix_session_logs_user_day"


def upgrade() -> None:
    op.create_index(INDEX, "session_logs", ["user_id", "day", "started_at", "id"])


def downgrade() -> None:
    op.drop_index(INDEX, table_name="session_logs")

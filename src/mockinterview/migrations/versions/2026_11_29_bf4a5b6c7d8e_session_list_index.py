"""an index for listing a user's sessions newest first

Revision ID: bf4a5b6c7d8e
Revises: ae3f4a5b6c7d
Create Date: 2026-11-29 22:50:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "bf4a5b6c7d8e"
down_revision: str | None = "ae3f4a5b6c7d"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_index(
        "ix_interview_sessions_user_created", "interview_sessions", ["user_id", "created_at"]
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index("ix_interview_sessions_user_created", table_name="interview_sessions")

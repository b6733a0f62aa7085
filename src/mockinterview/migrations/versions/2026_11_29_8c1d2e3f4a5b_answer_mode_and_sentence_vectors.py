"""answer mode and sentence vectors on session responses

Revision ID: 8c1d2e3f4a5b
Revises: 6f4edf1d7161
Create Date: 2026-11-29 20:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "8c1d2e3f4a5b"
down_revision: str | None = "6f4edf1d7161"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("session_responses") as batch:
        batch.add_column(
            sa.Column("answer_mode", sa.String(length=8), nullable=False, server_default="typed")
        )
        batch.add_column(sa.Column("sentence_vectors", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("session_responses") as batch:
        batch.drop_column("sentence_vectors")
        batch.drop_column("answer_mode")

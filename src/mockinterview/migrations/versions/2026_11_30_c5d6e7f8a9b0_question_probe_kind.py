"""the kind of probe each tailored question makes (gap, overlap, achievement...)

Revision ID: c5d6e7f8a9b0
Revises: 347d4be245b6
Create Date: 2026-11-30 01:55:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c5d6e7f8a9b0"
down_revision: str | None = "347d4be245b6"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision (existing questions have no recorded probe kind)."""
    with op.batch_alter_table("session_questions") as batch:
        batch.add_column(sa.Column("probe_kind", sa.String(length=16), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("session_questions") as batch:
        batch.drop_column("probe_kind")

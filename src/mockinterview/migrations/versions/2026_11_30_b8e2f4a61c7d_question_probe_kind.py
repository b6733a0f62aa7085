"""the kind of probe each tailored question makes (gap, overlap, achievement...)

Revision ID: b8e2f4a61c7d
Revises: fd21156b101c
Create Date: 2026-11-30 01:55:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b8e2f4a61c7d"
down_revision: str | None = "fd21156b101c"
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

"""sign-in attempts remember the client address, for a per-address limit; index to prune tokens

Revision ID: ae3f4a5b6c7d
Revises: 9d2e3f4a5b6c
Create Date: 2026-11-29 22:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "ae3f4a5b6c7d"
down_revision: str | None = "9d2e3f4a5b6c"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("login_attempts") as batch:
        batch.add_column(sa.Column("ip", sa.String(length=45), nullable=True))
        batch.create_index("ix_login_attempts_ip_at", ["ip", "attempted_at"])
        batch.create_index("ix_login_attempts_at", ["attempted_at"])
    with op.batch_alter_table("access_tokens") as batch:
        batch.create_index("ix_access_tokens_expires_at", ["expires_at"])


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("access_tokens") as batch:
        batch.drop_index("ix_access_tokens_expires_at")
    with op.batch_alter_table("login_attempts") as batch:
        batch.drop_index("ix_login_attempts_at")
        batch.drop_index("ix_login_attempts_ip_at")
        batch.drop_column("ip")

"""practice flow: timed answers, follow-up questions, retakes

Revision ID: c5d6e7f8a9b0
Revises: b8e2f4a61c7d
Create Date: 2026-11-30 01:05:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import mockinterview.db

revision: str = "c5d6e7f8a9b0"
down_revision: str | None = "b8e2f4a61c7d"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision (existing interviews stay untimed, without follow-ups)."""
    with op.batch_alter_table("interview_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("time_limit_seconds", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "question_opened_at", mockinterview.db.UTCDateTime(timezone=True), nullable=True
            )
        )
        batch_op.add_column(
            sa.Column("follow_ups", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("retake_of", sa.String(length=36), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_interview_sessions_retake_of"), ["retake_of"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_interview_sessions_retake_of_interview_sessions"),
            "interview_sessions",
            ["retake_of"],
            ["session_uuid"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("session_questions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("parent_question_uuid", sa.String(length=64), nullable=True))
    with op.batch_alter_table("session_responses", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("over_time", sa.Boolean(), server_default="0", nullable=False)
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("session_responses", schema=None) as batch_op:
        batch_op.drop_column("over_time")
    with op.batch_alter_table("session_questions", schema=None) as batch_op:
        batch_op.drop_column("parent_question_uuid")
    with op.batch_alter_table("interview_sessions", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_interview_sessions_retake_of_interview_sessions"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_interview_sessions_retake_of"))
        batch_op.drop_column("retake_of")
        batch_op.drop_column("follow_ups")
        batch_op.drop_column("question_opened_at")
        batch_op.drop_column("time_limit_seconds")

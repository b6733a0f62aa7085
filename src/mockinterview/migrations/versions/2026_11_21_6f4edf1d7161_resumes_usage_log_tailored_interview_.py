"""resumes, usage log, tailored interview fields

Revision ID: 6f4edf1d7161
Revises: 5af73a73aa9d
Create Date: 2026-11-21 20:54:58.699783
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import mockinterview.db

revision: str = "6f4edf1d7161"
down_revision: str | None = "5af73a73aa9d"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "ai_usage_logs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("session_uuid", sa.String(length=36), nullable=True),
        sa.Column("operation", sa.String(length=40), nullable=False),
        sa.Column("provider", sa.String(length=40), nullable=False),
        sa.Column("model", sa.String(length=120), nullable=False),
        sa.Column("input_tokens", sa.Integer(), nullable=False),
        sa.Column("output_tokens", sa.Integer(), nullable=False),
        sa.Column("cost_usd", sa.Float(), nullable=False),
        sa.Column("latency_ms", sa.Float(), nullable=False),
        sa.Column("success", sa.Boolean(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_at", mockinterview.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_ai_usage_logs_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ai_usage_logs")),
    )
    with op.batch_alter_table("ai_usage_logs", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ai_usage_logs_user_created", ["user_id", "created_at"], unique=False
        )

    op.create_table(
        "resumes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resume_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("published", sa.Boolean(), nullable=False),
        sa.Column("created_at", mockinterview.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", mockinterview.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_resumes_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resumes")),
        sa.UniqueConstraint("resume_id", name=op.f("uq_resumes_resume_id")),
    )
    with op.batch_alter_table("resumes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resumes_user_id"), ["user_id"], unique=False)

    with op.batch_alter_table("interview_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("resume_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("job_description", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("draft_text", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("draft_elapsed_seconds", sa.Float(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_interview_sessions_resume_id_resumes"),
            "resumes",
            ["resume_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("interview_sessions", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_interview_sessions_resume_id_resumes"), type_="foreignkey"
        )
        batch_op.drop_column("draft_elapsed_seconds")
        batch_op.drop_column("draft_text")
        batch_op.drop_column("job_description")
        batch_op.drop_column("resume_id")

    with op.batch_alter_table("resumes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resumes_user_id"))

    op.drop_table("resumes")
    with op.batch_alter_table("ai_usage_logs", schema=None) as batch_op:
        batch_op.drop_index("ix_ai_usage_logs_user_created")

    op.drop_table("ai_usage_logs")

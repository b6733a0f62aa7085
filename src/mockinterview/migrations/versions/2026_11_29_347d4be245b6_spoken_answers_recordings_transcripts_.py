"""spoken answers: recordings, transcripts, background jobs

Revision ID: 347d4be245b6
Revises: bf4a5b6c7d8e
Create Date: 2026-11-29 22:52:29.806836
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import mockinterview.db

revision: str = "347d4be245b6"
down_revision: str | None = "bf4a5b6c7d8e"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("run_after", mockinterview.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("lease_until", mockinterview.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("worker", sa.String(length=80), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", mockinterview.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", mockinterview.db.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jobs")),
    )
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.create_index("ix_jobs_status_run_after", ["status", "run_after"], unique=False)

    op.create_table(
        "recordings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recording_uuid", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("duration_seconds", sa.Float(), nullable=False),
        sa.Column("store", sa.String(length=16), nullable=False),
        sa.Column("created_at", mockinterview.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["session_responses.id"],
            name=op.f("fk_recordings_response_id_session_responses"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_recordings_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recordings")),
        sa.UniqueConstraint("recording_uuid", name=op.f("uq_recordings_recording_uuid")),
    )
    with op.batch_alter_table("recordings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recordings_created_at"), ["created_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_recordings_response_id"), ["response_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_recordings_user_id"), ["user_id"], unique=False)

    op.create_table(
        "recording_blobs",
        sa.Column("recording_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recording_id"],
            ["recordings.id"],
            name=op.f("fk_recording_blobs_recording_id_recordings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("recording_id", name=op.f("pk_recording_blobs")),
    )
    if op.get_bind().dialect.name == "postgresql":
        # Recordings are compressed already; uncompressed storage lets ranges be read in place.
        op.execute("ALTER TABLE recording_blobs ALTER COLUMN data SET STORAGE EXTERNAL")
    with op.batch_alter_table("session_responses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("transcript_status", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("transcript_error", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("raw_transcript", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("transcript_words", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("voice_metrics", sa.JSON(), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("session_responses", schema=None) as batch_op:
        batch_op.drop_column("voice_metrics")
        batch_op.drop_column("transcript_words")
        batch_op.drop_column("raw_transcript")
        batch_op.drop_column("transcript_error")
        batch_op.drop_column("transcript_status")

    op.drop_table("recording_blobs")
    with op.batch_alter_table("recordings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recordings_user_id"))
        batch_op.drop_index(batch_op.f("ix_recordings_response_id"))
        batch_op.drop_index(batch_op.f("ix_recordings_created_at"))

    op.drop_table("recordings")
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_index("ix_jobs_status_run_after")

    op.drop_table("jobs")

"""initial schema

Revision ID: 5af73a73aa9d
Revises:
Create Date: 2026-11-21 20:46:33.548358
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import mockinterview.db

revision: str = "5af73a73aa9d"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "industries",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_industries")),
    )
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("attempted_at", mockinterview.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_attempts")),
    )
    with op.batch_alter_table("login_attempts", schema=None) as batch_op:
        batch_op.create_index("ix_login_attempts_email_at", ["email", "attempted_at"], unique=False)

    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_uuid", sa.String(length=36), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("is_admin", sa.Boolean(), nullable=False),
        sa.Column("created_at", mockinterview.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("email", name=op.f("uq_users_email")),
        sa.UniqueConstraint("user_uuid", name=op.f("uq_users_user_uuid")),
    )
    op.create_table(
        "access_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("created_at", mockinterview.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", mockinterview.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", mockinterview.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_access_tokens_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_access_tokens_token_hash")),
    )
    with op.batch_alter_table("access_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_access_tokens_user_id"), ["user_id"], unique=False)

    op.create_table(
        "roles",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("industry_id", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["industry_id"], ["industries.id"], name=op.f("fk_roles_industry_id_industries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roles")),
    )
    with op.batch_alter_table("roles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roles_industry_id"), ["industry_id"], unique=False)

    op.create_table(
        "interview_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_uuid", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("scenario_name", sa.String(length=300), nullable=False),
        sa.Column("role_uuid", sa.String(length=32), nullable=True),
        sa.Column("industry_uuid", sa.String(length=32), nullable=True),
        sa.Column("difficulty_level", sa.String(length=8), nullable=False),
        sa.Column("company_name", sa.String(length=200), nullable=True),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("current_question_index", sa.Integer(), nullable=False),
        sa.Column("performance_summary", sa.JSON(), nullable=True),
        sa.Column("metadata", sa.JSON(), nullable=False),
        sa.Column("created_at", mockinterview.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("started_at", mockinterview.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("completed_at", mockinterview.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["industry_uuid"],
            ["industries.id"],
            name=op.f("fk_interview_sessions_industry_uuid_industries"),
        ),
        sa.ForeignKeyConstraint(
            ["role_uuid"], ["roles.id"], name=op.f("fk_interview_sessions_role_uuid_roles")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_interview_sessions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_sessions")),
        sa.UniqueConstraint("session_uuid", name=op.f("uq_interview_sessions_session_uuid")),
    )
    with op.batch_alter_table("interview_sessions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_interview_sessions_role_difficulty", ["role_uuid", "difficulty_level"], unique=False
        )
        batch_op.create_index("ix_interview_sessions_started_at", ["started_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_interview_sessions_user_id"), ["user_id"], unique=False
        )
        batch_op.create_index(
            "ix_interview_sessions_user_status", ["user_id", "status"], unique=False
        )

    op.create_table(
        "questions",
        sa.Column("question_uuid", sa.String(length=64), nullable=False),
        sa.Column("industry_id", sa.String(length=32), nullable=False),
        sa.Column("role_id", sa.String(length=32), nullable=True),
        sa.Column("prompt", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("difficulty", sa.String(length=8), nullable=False),
        sa.Column("expected_skills", sa.JSON(), nullable=False),
        sa.Column("star_framework", sa.JSON(), nullable=True),
        sa.Column("interviewer_guidance", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["industry_id"], ["industries.id"], name=op.f("fk_questions_industry_id_industries")
        ),
        sa.ForeignKeyConstraint(["role_id"], ["roles.id"], name=op.f("fk_questions_role_id_roles")),
        sa.PrimaryKeyConstraint("question_uuid", name=op.f("pk_questions")),
    )
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_questions_pick", ["industry_id", "category", "difficulty"], unique=False
        )
        batch_op.create_index(
            "ix_questions_role", ["role_id", "category", "difficulty"], unique=False
        )

    op.create_table(
        "session_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("question_uuid", sa.String(length=64), nullable=False),
        sa.Column("prompt", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("difficulty", sa.String(length=8), nullable=False),
        sa.Column("expected_skills", sa.JSON(), nullable=False),
        sa.Column("star_framework", sa.JSON(), nullable=True),
        sa.Column("interviewer_guidance", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("sources", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["interview_sessions.id"],
            name=op.f("fk_session_questions_session_id_interview_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_questions")),
        sa.UniqueConstraint(
            "session_id", "position", name=op.f("uq_session_questions_session_id_position")
        ),
        sa.UniqueConstraint(
            "session_id",
            "question_uuid",
            name=op.f("uq_session_questions_session_id_question_uuid"),
        ),
    )
    op.create_table(
        "session_responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("question_uuid", sa.String(length=64), nullable=False),
        sa.Column("response_text", sa.Text(), nullable=False),
        sa.Column("response_duration_seconds", sa.Float(), nullable=False),
        sa.Column("word_count", sa.Integer(), nullable=False),
        sa.Column("question_category", sa.String(length=16), nullable=False),
        sa.Column("question_difficulty", sa.String(length=8), nullable=False),
        sa.Column("timestamp", mockinterview.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("coaching", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["interview_sessions.id"],
            name=op.f("fk_session_responses_session_id_interview_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_responses")),
        sa.UniqueConstraint(
            "session_id",
            "question_uuid",
            name=op.f("uq_session_responses_session_id_question_uuid"),
        ),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("session_responses")
    op.drop_table("session_questions")
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.drop_index("ix_questions_role")
        batch_op.drop_index("ix_questions_pick")

    op.drop_table("questions")
    with op.batch_alter_table("interview_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_interview_sessions_user_status")
        batch_op.drop_index(batch_op.f("ix_interview_sessions_user_id"))
        batch_op.drop_index("ix_interview_sessions_started_at")
        batch_op.drop_index("ix_interview_sessions_role_difficulty")

    op.drop_table("interview_sessions")
    with op.batch_alter_table("roles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roles_industry_id"))

    op.drop_table("roles")
    with op.batch_alter_table("access_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_access_tokens_user_id"))

    op.drop_table("access_tokens")
    op.drop_table("users")
    with op.batch_alter_table("login_attempts", schema=None) as batch_op:
        batch_op.drop_index("ix_login_attempts_email_at")

    op.drop_table("login_attempts")
    op.drop_table("industries")

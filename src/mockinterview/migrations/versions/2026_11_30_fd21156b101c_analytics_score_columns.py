"""analytics: score columns per interview and answer, answers' skill rows, their indexes

Existing completed interviews get their columns filled from the stored coaching report; the
summary's coaching_score and dimension_scores move to the columns (stored once).

Revision ID: fd21156b101c
Revises: 347d4be245b6
Create Date: 2026-11-30 01:10:00
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "fd21156b101c"
down_revision: str | None = "347d4be245b6"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DIMENSIONS = ("communication", "technical_knowledge", "problem_solving", "confidence")
MOVED_KEYS = ("coaching_score", "dimension_scores")
BATCH = 500

sessions = sa.table(
    "interview_sessions",
    sa.column("id", sa.Integer),
    sa.column("performance_summary", sa.JSON),
    sa.column("overall_score", sa.Integer),
    *[sa.column(f"{name}_score", sa.Integer) for name in DIMENSIONS],
)
responses = sa.table(
    "session_responses",
    sa.column("id", sa.Integer),
    sa.column("session_id", sa.Integer),
    sa.column("question_uuid", sa.String),
    sa.column("coaching", sa.JSON),
    sa.column("coaching_score", sa.Integer),
    sa.column("filler_count", sa.Integer),
    sa.column("words_per_minute", sa.Float),
)
skills = sa.table(
    "answer_skills",
    sa.column("session_id", sa.Integer),
    sa.column("question_uuid", sa.String),
    sa.column("skill", sa.String),
    sa.column("covered", sa.Boolean),
)


def _session_values(summary: dict[str, Any]) -> dict[str, Any]:
    """The score columns of one interview, from its stored summary."""
    dims = summary.get("dimension_scores") or {}
    return {
        "overall_score": summary.get("coaching_score"),
        **{f"{name}_score": dims.get(name) for name in DIMENSIONS},
        "performance_summary": {k: v for k, v in summary.items() if k not in MOVED_KEYS},
    }


def _fill_answers(bind: sa.Connection, session_ids: list[int]) -> None:
    """The columns and skill rows of the coached answers of these interviews."""
    rows = bind.execute(
        sa.select(
            responses.c.id, responses.c.session_id, responses.c.question_uuid, responses.c.coaching
        ).where(responses.c.session_id.in_(session_ids), responses.c.coaching.is_not(None))
    ).all()
    for response_id, session_id, question_uuid, coaching in rows:
        metrics = coaching.get("metrics") or {}
        bind.execute(
            responses.update()
            .where(responses.c.id == response_id)
            .values(
                coaching_score=coaching.get("coaching_score"),
                filler_count=metrics.get("filler_count"),
                words_per_minute=metrics.get("words_per_minute"),
            )
        )
        found = [(s, True) for s in metrics.get("skills_used") or []]
        found += [(s, False) for s in metrics.get("skills_missed") or []]
        if found:
            bind.execute(
                skills.insert(),
                [
                    {
                        "session_id": session_id,
                        "question_uuid": question_uuid,
                        "skill": s[:200],
                        "covered": c,
                    }
                    for s, c in found
                ],
            )


def _fill() -> None:
    """Fill the new columns of every coached interview, a batch at a time."""
    bind = op.get_bind()
    last = 0
    while True:
        batch = bind.execute(
            sa.select(sessions.c.id, sessions.c.performance_summary)
            .where(sessions.c.id > last, sessions.c.performance_summary.is_not(None))
            .order_by(sessions.c.id)
            .limit(BATCH)
        ).all()
        if not batch:
            return
        coached = [(i, s) for i, s in batch if isinstance(s, dict) and "coaching_score" in s]
        for session_id, summary in coached:
            bind.execute(
                sessions.update()
                .where(sessions.c.id == session_id)
                .values(**_session_values(summary))
            )
        if coached:
            _fill_answers(bind, [i for i, _ in coached])
        last = batch[-1][0]


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("interview_sessions") as batch:
        batch.add_column(sa.Column("overall_score", sa.Integer(), nullable=True))
        for name in DIMENSIONS:
            batch.add_column(sa.Column(f"{name}_score", sa.Integer(), nullable=True))
        batch.create_index("ix_interview_sessions_user_completed", ["user_id", "completed_at"])
    with op.batch_alter_table("session_responses") as batch:
        batch.add_column(sa.Column("coaching_score", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("filler_count", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("words_per_minute", sa.Float(), nullable=True))
        batch.create_index(
            "ix_session_responses_question_score", ["question_uuid", "coaching_score"]
        )
    op.create_table(
        "answer_skills",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("question_uuid", sa.String(length=64), nullable=False),
        sa.Column("skill", sa.String(length=200), nullable=False),
        sa.Column("covered", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["interview_sessions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_answer_skills_session", "answer_skills", ["session_id"])
    op.create_index("ix_answer_skills_gaps", "answer_skills", ["covered", "question_uuid", "skill"])
    _fill()


def _restore() -> None:
    """Put the scores back into the stored summaries before their columns go."""
    bind = op.get_bind()
    rows = bind.execute(sa.select(sessions).where(sessions.c.overall_score.is_not(None))).mappings()
    for row in list(rows):
        summary = dict(row["performance_summary"] or {})
        summary["coaching_score"] = row["overall_score"]
        summary["dimension_scores"] = {
            name: row[f"{name}_score"] for name in DIMENSIONS if row[f"{name}_score"] is not None
        }
        bind.execute(
            sessions.update().where(sessions.c.id == row["id"]).values(performance_summary=summary)
        )


def downgrade() -> None:
    """Revert this revision."""
    _restore()
    op.drop_index("ix_answer_skills_gaps", table_name="answer_skills")
    op.drop_index("ix_answer_skills_session", table_name="answer_skills")
    op.drop_table("answer_skills")
    with op.batch_alter_table("session_responses") as batch:
        batch.drop_index("ix_session_responses_question_score")
        for name in ("words_per_minute", "filler_count", "coaching_score"):
            batch.drop_column(name)
    with op.batch_alter_table("interview_sessions") as batch:
        batch.drop_index("ix_interview_sessions_user_completed")
        for name in (*DIMENSIONS, "overall"):
            batch.drop_column(f"{name}_score")

"""analytics: score columns per interview and answer, answers' skill rows, their indexes

Existing completed interviews get their columns filled from the stored coaching report; the
summary's coaching_score and dimension_scores, and each answer's coaching_score, filler_count
and words_per_minute, move to the columns (stored once).

Revision ID: fd21156b101c
Revises: 3f1931a0b230
Create Date: 2026-11-30 01:10:00
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "fd21156b101c"
down_revision: str | None = "3f1931a0b230"
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
        metrics = dict(coaching.get("metrics") or {})
        fillers, pace = metrics.pop("filler_count", None), metrics.pop("words_per_minute", None)
        rest = {k: v for k, v in coaching.items() if k != "coaching_score"}
        bind.execute(
            responses.update()
            .where(responses.c.id == response_id)
            .values(
                coaching={**rest, "metrics": metrics},
                coaching_score=coaching.get("coaching_score"),
                filler_count=fillers,
                words_per_minute=pace,
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
    op.add_column("interview_sessions", sa.Column("overall_score", sa.Integer(), nullable=True))
    for name in DIMENSIONS:
        op.add_column("interview_sessions", sa.Column(f"{name}_score", sa.Integer(), nullable=True))
    op.create_index(
        "ix_interview_sessions_user_completed", "interview_sessions", ["user_id", "completed_at"]
    )
    op.add_column("session_responses", sa.Column("coaching_score", sa.Integer(), nullable=True))
    op.add_column("session_responses", sa.Column("filler_count", sa.Integer(), nullable=True))
    op.add_column("session_responses", sa.Column("words_per_minute", sa.Float(), nullable=True))
    op.create_index(
        "ix_session_responses_question_score",
        "session_responses",
        ["question_uuid", "coaching_score"],
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
    """Put the scores back into the stored summaries and answers before their columns go."""
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
    answers = bind.execute(sa.select(responses).where(responses.c.coaching.is_not(None)))
    for row in list(answers.mappings()):
        coaching = dict(row["coaching"])
        metrics = {
            **(coaching.get("metrics") or {}),
            "filler_count": row["filler_count"],
            "words_per_minute": row["words_per_minute"],
        }
        coaching.update(coaching_score=row["coaching_score"], metrics=metrics)
        bind.execute(
            responses.update().where(responses.c.id == row["id"]).values(coaching=coaching)
        )


def downgrade() -> None:
    """Revert this revision."""
    _restore()
    op.drop_index("ix_answer_skills_gaps", table_name="answer_skills")
    op.drop_index("ix_answer_skills_session", table_name="answer_skills")
    op.drop_table("answer_skills")
    # Plain DROP COLUMN (SQLite 3.35+): a batch copy of these tables would cascade-delete
    # every answer and recording on SQLite, whose foreign keys the app turns on.
    op.drop_index("ix_session_responses_question_score", table_name="session_responses")
    for name in ("words_per_minute", "filler_count", "coaching_score"):
        op.drop_column("session_responses", name)
    op.drop_index("ix_interview_sessions_user_completed", table_name="interview_sessions")
    for name in (*DIMENSIONS, "overall"):
        op.drop_column("interview_sessions", f"{name}_score")

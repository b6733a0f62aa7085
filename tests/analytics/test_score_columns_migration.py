"""The migration moves the scores of interviews coached before it into their columns, once."""

import json
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from mockinterview.migrate import alembic_config, upgrade

BEFORE = "3f1931a0b230"
SUMMARY = {
    "completion_percentage": 50.0,
    "coaching_score": 64,
    "dimension_scores": {
        "communication": 70,
        "technical_knowledge": 55,
        "problem_solving": 61,
        "confidence": 68,
    },
    "coaching_report": {"overall_score": 64},
}
COACHING = {
    "coaching_score": 58,
    "metrics": {
        "filler_count": 3,
        "words_per_minute": 131.5,
        "skills_used": ["planning"],
        "skills_missed": ["risk management", "stakeholders"],
    },
}


def _seed(url: str) -> None:
    """A user with one interview coached before the score columns existed."""
    engine = create_engine(url)
    with engine.begin() as db:
        db.execute(
            text(
                "INSERT INTO users (id, user_uuid, email, name, password_hash, is_admin,"
                " created_at)"
                " VALUES (1, 'u-1', 'a@example.com', 'A', 'x', 0, '2026-11-01 10:00:00')"
            )
        )
        db.execute(
            text(
                "INSERT INTO interview_sessions (id, session_uuid, user_id, kind, scenario_name,"
                " difficulty_level, categories, status, current_question_index,"
                " performance_summary, metadata, created_at, completed_at, version) VALUES"
                " (1, 's-1', 1, 'bank', 'S', 'mid', '[]', 'completed', 2, :summary, '{}',"
                " '2026-11-01 10:00:00', '2026-11-01 10:30:00', 1)"
            ),
            {"summary": json.dumps(SUMMARY)},
        )
        db.execute(
            text(
                "INSERT INTO session_responses (id, session_id, position, question_uuid,"
                " response_text, response_duration_seconds, word_count, question_category,"
                " question_difficulty, timestamp, coaching, answer_mode) VALUES"
                " (1, 1, 0, 'q-1', 'An answer', 30, 40, 'behavioral', 'mid',"
                " '2026-11-01 10:10:00', :coaching, 'spoken')"
            ),
            {"coaching": json.dumps(COACHING)},
        )
    engine.dispose()


def test_the_migration_fills_the_columns_and_stores_each_score_once(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'old.db'}"
    plain = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade(url, BEFORE)
    _seed(plain)
    upgrade(url)
    engine = create_engine(plain)
    with engine.connect() as db:
        session = db.execute(text("SELECT * FROM interview_sessions")).mappings().one()
        response = db.execute(text("SELECT * FROM session_responses")).mappings().one()
        skills = db.execute(text("SELECT skill, covered FROM answer_skills ORDER BY skill")).all()
    assert session["overall_score"] == 64
    assert [session[f"{n}_score"] for n in SUMMARY["dimension_scores"]] == [70, 55, 61, 68]
    stored = json.loads(session["performance_summary"])
    assert "coaching_score" not in stored and "dimension_scores" not in stored
    assert stored["coaching_report"] == {"overall_score": 64}
    assert (response["coaching_score"], response["filler_count"]) == (58, 3)
    assert response["words_per_minute"] == 131.5
    assert json.loads(response["coaching"]) == {
        "metrics": {
            "skills_used": ["planning"],
            "skills_missed": ["risk management", "stakeholders"],
        }
    }
    assert [(s, bool(c)) for s, c in skills] == [
        ("planning", True),
        ("risk management", False),
        ("stakeholders", False),
    ]
    command.downgrade(alembic_config(url), BEFORE)
    with engine.connect() as db:
        summary = db.execute(text("SELECT performance_summary FROM interview_sessions")).scalar()
        coaching = db.execute(text("SELECT coaching FROM session_responses")).scalar()
    assert json.loads(summary) == SUMMARY
    assert json.loads(coaching) == COACHING
    engine.dispose()

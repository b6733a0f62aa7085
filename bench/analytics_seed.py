"""Seed PostgreSQL with a large analytics history through COPY (asyncpg copy_records_to_table).

About 120,000 interviews of 10,000 people (one person with 500 completed ones) and a million
answers, each with two skill rows; every interview asks 9 bank questions of its role.
"""

import json
import random
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg

INTERVIEWS = 120_000
PEOPLE = 10_000
HEAVY_INTERVIEWS = 500
QUESTIONS = 9
NOW = datetime.now(UTC)
ANSWER = "I led the migration, planned the steps with the team and measured the result. " * 3
CATEGORIES = ("behavioral", "technical", "situational", "company")
SUMMARY = json.dumps({"completion_percentage": 100.0, "total_words": 400})


def _score(rng: random.Random, base: float) -> int:
    """A 0-100 score around base."""
    return max(0, min(100, round(rng.gauss(base, 12))))


def _owners(heavy: int, first_id: int) -> Iterator[int]:
    """The owner of each interview: the heavy user's 500, then the others round-robin."""
    yield from [heavy] * HEAVY_INTERVIEWS
    others = range(first_id, first_id + PEOPLE - 1)
    for index in range(INTERVIEWS - HEAVY_INTERVIEWS):
        yield others[index % len(others)]


async def _bank(db: asyncpg.Connection) -> dict[str, tuple[str, list[Any]]]:
    """Each role's industry and the bank questions it can ask."""
    roles = await db.fetch("SELECT id, industry_id FROM roles")
    questions = await db.fetch(
        "SELECT question_uuid, industry_id, role_id, category, difficulty, expected_skills "
        "FROM questions"
    )
    bank = {}
    for role in roles:
        own = [
            q
            for q in questions
            if q["industry_id"] == role["industry_id"] and q["role_id"] in (None, role["id"])
        ]
        bank[role["id"]] = (role["industry_id"], own)
    return bank


async def seed(url: str, heavy: int) -> dict[str, int]:
    """Copy the history in; the number of rows per table."""
    db = await asyncpg.connect(url.replace("postgresql+asyncpg", "postgresql"))
    rng = random.Random(7)
    bank = await _bank(db)
    roles = sorted(bank)
    hashed = await db.fetchval("SELECT password_hash FROM users WHERE id = $1", heavy)
    first = int(await db.fetchval("SELECT max(id) FROM users")) + 1
    people = [
        (i, str(uuid.uuid4()), f"p{i}@example.com", f"Person {i}", hashed, False, NOW)
        for i in range(first, first + PEOPLE - 1)
    ]
    await db.copy_records_to_table(
        "users",
        records=people,
        columns=["id", "user_uuid", "email", "name", "password_hash", "is_admin", "created_at"],
    )
    sessions: list[tuple[Any, ...]] = []
    questions: list[tuple[Any, ...]] = []
    answers: list[tuple[Any, ...]] = []
    skills: list[tuple[Any, ...]] = []
    heavy_roles = roles[:3]
    for sid, owner in enumerate(_owners(heavy, first), start=1):
        role = rng.choice(heavy_roles if owner == heavy else roles)
        industry, pool = bank[role]
        level = rng.choice(("entry", "mid", "senior"))
        asked = rng.sample(pool, QUESTIONS)
        roll = 0.0 if owner == heavy else rng.random()
        status = "completed" if roll < 0.85 else "abandoned" if roll < 0.95 else "in_progress"
        answered = QUESTIONS if status == "completed" else rng.randrange(0, QUESTIONS)
        started = NOW - timedelta(days=rng.uniform(0, 730 if owner == heavy else 365))
        ended = started + timedelta(minutes=25) if status != "in_progress" else None
        skill = 40 + 40 * rng.random()
        scores = [_score(rng, skill) for _ in range(5)] if status == "completed" else [None] * 5
        summary = SUMMARY if status == "completed" else None
        sessions.append(
            (sid, str(uuid.uuid4()), owner, "bank", "Bench interview", role, industry, level)
            + ("[]", status, answered, summary, "{}", started, started, ended, 1, *scores)
        )
        for position, q in enumerate(asked):
            qid = len(questions) + 1
            questions.append(
                (qid, sid, position, q["question_uuid"], "A bank question", q["category"])
                + (q["difficulty"], q["expected_skills"], "")
            )
            if position >= answered:
                continue
            rid = len(answers) + 1
            words = rng.randint(40, 220)
            spoken = rng.random() < 0.2
            answers.append(
                (rid, sid, position, q["question_uuid"], ANSWER, rng.uniform(20, 180), words)
                + (q["category"], q["difficulty"], started, "spoken" if spoken else "typed")
                + (_score(rng, skill) if status == "completed" else None,)
                + (rng.randint(0, 8), rng.uniform(100, 180) if spoken else None)
            )
            expected = json.loads(q["expected_skills"]) or ["communication"]
            for name in expected[:2]:
                skills.append((len(skills) + 1, sid, q["question_uuid"], name, rng.random() < 0.6))
    await _copy(db, sessions, questions, answers, skills)
    await db.execute("VACUUM ANALYZE")
    await db.close()
    return {
        "users": len(people) + 1,
        "interviews": len(sessions),
        "questions": len(questions),
        "answers": len(answers),
        "skills": len(skills),
    }


async def _copy(db: asyncpg.Connection, *tables: list[tuple[Any, ...]]) -> None:
    """COPY the rows of each table."""
    sessions, questions, answers, skills = tables
    await db.copy_records_to_table(
        "interview_sessions",
        records=sessions,
        columns=[
            "id", "session_uuid", "user_id", "kind", "scenario_name", "role_uuid",
            "industry_uuid", "difficulty_level", "categories", "status",
            "current_question_index", "performance_summary", "metadata", "created_at",
            "started_at", "completed_at", "version", "overall_score", "communication_score",
            "technical_knowledge_score", "problem_solving_score", "confidence_score",
        ],
    )  # fmt: skip
    await db.copy_records_to_table(
        "session_questions",
        records=questions,
        columns=[
            "id", "session_id", "position", "question_uuid", "prompt", "category",
            "difficulty", "expected_skills", "interviewer_guidance",
        ],
    )  # fmt: skip
    await db.copy_records_to_table(
        "session_responses",
        records=answers,
        columns=[
            "id", "session_id", "position", "question_uuid", "response_text",
            "response_duration_seconds", "word_count", "question_category",
            "question_difficulty", "timestamp", "answer_mode", "coaching_score",
            "filler_count", "words_per_minute",
        ],
    )  # fmt: skip
    await db.copy_records_to_table(
        "answer_skills",
        records=skills,
        columns=["id", "session_id", "question_uuid", "skill", "covered"],
    )
    for table in ("users", "interview_sessions", "session_questions", "session_responses"):
        await db.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
        )
    await db.execute(
        "SELECT setval(pg_get_serial_sequence('answer_skills', 'id'), "
        "(SELECT max(id) FROM answer_skills))"
    )

"""Answering on PostgreSQL in plain SQL on the asyncpg connection.

The answer's insert and the session's versioned move to the next question are one statement, so
they are stored together or not at all, and a request that read an older version of the session
stores nothing (the rules in answering.py then decide).

The usual answer (a signed-in candidate's well-formed answer to the current question) takes one
round trip: ANSWER_AT_ONCE checks the token, stores the answer and reads the next question. When
it stores nothing, the request takes the general path, which finds out why (401, 404, 409, a
repeat) by the rules in answering.py.
"""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from asyncpg import UniqueViolationError

from mockinterview.db import stored, utcnow
from mockinterview.interviews.answering import Answered, TypedAnswer, new_response
from mockinterview.interviews.models import InterviewSession, SessionResponse
from mockinterview.interviews.plain_answers import (
    QUESTION_COLUMNS,
    WRITTEN_COLUMNS,
    PlainAnswerRepository,
    Row,
    listed,
    prefixed,
    question_of,
)
from mockinterview.interviews.timing import LATE_PAST_LIMIT_SECONDS

_VALUES = ", ".join(f"${n}" for n in range(5, 5 + len(WRITTEN_COLUMNS)))
ADVANCE = f"""
WITH moved AS (
    UPDATE interview_sessions
    SET current_question_index = $2, question_opened_at = $3, version = $4 + 1
    WHERE id = $1 AND version = $4
    RETURNING id
)
INSERT INTO session_responses (session_id, {", ".join(f'"{c}"' for c in WRITTEN_COLUMNS)})
SELECT moved.id, {_VALUES} FROM moved
RETURNING id
"""

_LATE = (
    "coalesce(s.time_limit_seconds, 0) > 0 AND s.question_opened_at IS NOT NULL"
    " AND $5 - s.question_opened_at > make_interval(secs => s.time_limit_seconds + $11)"
)
"""timing.answered_late() for the current question, answered at $5."""
_AT_ONCE_VALUES = {  # every one of WRITTEN_COLUMNS
    "position": "q.position",
    "question_uuid": "q.question_uuid",
    "response_text": "$6",
    "response_duration_seconds": "$7",
    "word_count": "$8",
    "question_category": "q.category",
    "question_difficulty": "q.difficulty",
    "timestamp": "$5",
    "answer_mode": "$9",
    "over_time": f"$10 OR ({_LATE})",
}
ANSWER_AT_ONCE = f"""
WITH signed_in AS (
    SELECT t.user_id FROM access_tokens t JOIN users u ON u.id = t.user_id
    WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $5
      AND u.disabled_at IS NULL AND ($3::text IS NULL OR u.user_uuid = $3::text)
), s AS (
    SELECT s.id, s.version, s.current_question_index, s.time_limit_seconds, s.question_opened_at
    FROM interview_sessions s JOIN signed_in ON s.user_id = signed_in.user_id
    WHERE s.session_uuid = $2 AND s.status = 'in_progress' AND NOT s.follow_ups
), q AS (
    SELECT q.* FROM session_questions q JOIN s ON q.session_id = s.id
    WHERE q.position = s.current_question_index AND ($4::text IS NULL OR q.question_uuid = $4::text)
), moved AS (
    UPDATE interview_sessions x
    SET current_question_index = q.position + 1, question_opened_at = $5, version = s.version + 1
    FROM s, q
    WHERE x.id = s.id AND x.version = s.version
    RETURNING x.id
), answer AS (
    INSERT INTO session_responses (session_id, {", ".join(f'"{c}"' for c in WRITTEN_COLUMNS)})
    SELECT moved.id, {", ".join(_AT_ONCE_VALUES[c] for c in WRITTEN_COLUMNS)} FROM moved, q, s
    RETURNING id, over_time
)
SELECT answer.id AS answer_id, answer.over_time AS answer_over_time, q.session_id,
       {listed("q", QUESTION_COLUMNS)},
       (SELECT count(*) FROM session_questions c WHERE c.session_id = q.session_id) AS total,
       {listed("n", QUESTION_COLUMNS, "n_")}
FROM answer, q
LEFT JOIN session_questions n ON n.session_id = q.session_id AND n.position = q.position + 1
"""
"""Store an answer to the current question in one statement: the rules of answering.py's usual
case (a live token, the uuid header, an interview in progress without follow-ups, the current
question, and timing.answered_late), restated in SQL. It returns no row when any fails."""

STORE_VECTORS = """
UPDATE session_responses AS a SET sentence_vectors = v.packed
FROM unnest($1::int[], $2::bytea[]) AS v(id, packed)
WHERE a.id = v.id
"""


class PgAnswerRepository(PlainAnswerRepository):
    """Answering's statements on one asyncpg connection."""

    def __init__(self, conn: Any) -> None:
        super().__init__()
        self.conn = conn

    async def _fetch(self, sql: str, *args: Any) -> Sequence[Row]:
        """The statement's rows (asyncpg decodes every column, JSON included)."""
        rows: Sequence[Row] = await self.conn.fetch(sql, *args)
        return rows

    async def advance(
        self, session: InterviewSession, response: SessionResponse, now: datetime
    ) -> bool:
        """Store the answer and move the session on, in one statement; False if another won."""
        index = response.position + 1
        values = [getattr(response, column) for column in WRITTEN_COLUMNS]
        try:
            new_id = await self.conn.fetchval(
                ADVANCE, session.id, index, now, session.version, *values
            )
        except UniqueViolationError:
            return False
        if new_id is None:
            return False
        self._moved(session, response, new_id, now)
        return True

    async def answer_at_once(
        self, token_hash: str, session_uuid: str, user_uuid: str | None, typed: TypedAnswer
    ) -> Answered | None:
        """Store the usual answer in one statement; None when it is not the usual case."""
        now = utcnow()
        duration = round(typed.duration, 1)
        try:
            row = await self.conn.fetchrow(
                ANSWER_AT_ONCE,
                token_hash,
                session_uuid,
                user_uuid,
                typed.question_uuid,
                now,
                typed.text,
                duration,
                typed.words,
                typed.mode,
                typed.over_time,
                LATE_PAST_LIMIT_SECONDS,
            )
        except UniqueViolationError:
            return None
        if row is None:
            return None
        question = question_of(row["session_id"], prefixed(row, "", QUESTION_COLUMNS))
        upcoming = None
        if row["n_id"] is not None:
            upcoming = question_of(row["session_id"], prefixed(row, "n_", QUESTION_COLUMNS))
        response = new_response(
            question, typed.text, typed.words, duration, typed.mode, row["answer_over_time"]
        )
        at = {"id": row["answer_id"], "session_id": row["session_id"], "timestamp": now}
        stored(response, at)
        return Answered(response, False, question.position + 1, upcoming, row["total"])

    async def store_vectors(self, vectors: list[tuple[int, bytes]]) -> None:
        """Keep answers' sentence vectors, (response id, packed vectors), in one statement."""
        await self.conn.execute(
            STORE_VECTORS, [rid for rid, _ in vectors], [packed for _, packed in vectors]
        )

"""Answering on PostgreSQL in plain SQL on the asyncpg connection.

The answer's insert and the session's versioned move to the next question are one statement, so
they are stored together or not at all, and a request that read an older version of the session
stores nothing (the rules in answering.py then decide).
"""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from asyncpg import UniqueViolationError

from mockinterview.interviews.models import InterviewSession, SessionResponse
from mockinterview.interviews.plain_answers import WRITTEN_COLUMNS, PlainAnswerRepository, Row

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

    async def store_vectors(self, vectors: list[tuple[int, bytes]]) -> None:
        """Keep answers' sentence vectors, (response id, packed vectors), in one statement."""
        await self.conn.execute(
            STORE_VECTORS, [rid for rid, _ in vectors], [packed for _, packed in vectors]
        )

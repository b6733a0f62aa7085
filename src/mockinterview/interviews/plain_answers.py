"""Answering in plain SQL: the busiest request, kept lean, on PostgreSQL and on a SQLite file.

The reads are written once, with numbered parameters ($1 ...) that each database's repository
adapts; the store-and-advance write is each database's own. The rules stay in answering.py.
"""

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from mockinterview.accounts.plain_tokens import TOKEN_CHECK, signed_in_uuid
from mockinterview.accounts.security import hash_token
from mockinterview.db import built, stored
from mockinterview.interviews.answering import WRITTEN_LATER
from mockinterview.interviews.models import InterviewSession, SessionQuestion, SessionResponse
from mockinterview.recordings.models import Recording

Row = Mapping[str, Any]

SESSION_COLUMNS = (
    "id",
    "session_uuid",
    "user_id",
    "kind",
    "status",
    "current_question_index",
    "version",
    "time_limit_seconds",
    "question_opened_at",
    "follow_ups",
)
QUESTION_COLUMNS = (
    "id",
    "position",
    "question_uuid",
    "prompt",
    "category",
    "difficulty",
    "expected_skills",
    "star_framework",
    "interviewer_guidance",
    "reason",
    "sources",
    "probe_kind",
    "parent_question_uuid",
)
WRITTEN_COLUMNS = (
    "position",
    "question_uuid",
    "response_text",
    "response_duration_seconds",
    "word_count",
    "question_category",
    "question_difficulty",
    "timestamp",
    "answer_mode",
    "over_time",
)
"""What answering writes of a new answer (the rest is written later, or by a recording)."""
ANSWER_COLUMNS = ("id", *WRITTEN_COLUMNS, *WRITTEN_LATER)
RECORDING_COLUMNS = ("recording_uuid", "kind", "duration_seconds")


def listed(alias: str, columns: tuple[str, ...], prefix: str = "") -> str:
    """A select list of the table's columns, each named with the prefix."""
    return ", ".join(f'{alias}."{c}" AS "{prefix}{c}"' for c in columns)


_SESSION_AND_QUESTIONS = f"""{listed("s", SESSION_COLUMNS)},
       (SELECT count(*) FROM session_questions c WHERE c.session_id = s.id) AS total,
       {listed("q", QUESTION_COLUMNS, "q_")}"""
_QUESTIONS_AHEAD = """LEFT JOIN session_questions q ON q.session_id = s.id
     AND q.position IN (s.current_question_index, s.current_question_index + 1)"""
SESSION_ROW = f"""
SELECT {_SESSION_AND_QUESTIONS}
FROM interview_sessions s
{_QUESTIONS_AHEAD}
WHERE s.session_uuid = $1 AND s.user_id = $2
"""
TOKEN_AND_SESSION_ROW = f"""
SELECT {TOKEN_CHECK}, {_SESSION_AND_QUESTIONS}
FROM access_tokens t JOIN users u ON u.id = t.user_id
LEFT JOIN interview_sessions s ON s.user_id = t.user_id AND s.session_uuid = $2
{_QUESTIONS_AHEAD}
WHERE t.token_hash = $1
"""
QUESTIONS_AT = f"""
SELECT {listed("q", QUESTION_COLUMNS)},
       (SELECT count(*) FROM session_questions c WHERE c.session_id = $1) AS total
FROM session_questions q WHERE q.session_id = $1 AND q.position IN ($2, $3)
"""
QUESTION_COUNT = "SELECT count(*) AS total FROM session_questions WHERE session_id = $1"
HAS_QUESTION = (
    "SELECT 1 AS found FROM session_questions WHERE session_id = $1 AND question_uuid = $2"
)
ANSWER_TO = f"""
SELECT {listed("a", ANSWER_COLUMNS)}, a.coaching AS coaching_json,
       {listed("r", RECORDING_COLUMNS, "r_")}
FROM session_responses a LEFT JOIN recordings r ON r.response_id = a.id
WHERE a.session_id = $1 AND a.question_uuid = $2
"""
NO_POSITION = -1
"""Fills QUESTIONS_AT's second position when only one (or none) is asked for."""


def prefixed(row: Row, prefix: str, columns: tuple[str, ...]) -> dict[str, Any]:
    """The columns a row holds under the prefix, by their own names."""
    return {c: row[prefix + c] for c in columns}


def question_of(session_id: int, values: dict[str, Any]) -> SessionQuestion:
    """The session's question holding these column values."""
    return built(SessionQuestion, values | {"session_id": session_id})


class PlainAnswerRepository(ABC):
    """The reads and the write of answering, as plain SQL; each statement commits by itself."""

    def __init__(self) -> None:
        self._ahead: tuple[int, int, dict[int, SessionQuestion], int] | None = None

    @abstractmethod
    async def _fetch(self, sql: str, *args: Any) -> Sequence[Row]:
        """The rows of one of the statements above, its values in Python types."""

    @abstractmethod
    async def advance(
        self, session: InterviewSession, response: SessionResponse, now: datetime
    ) -> bool:
        """Store the answer and move the session on, together; False if another change won."""

    @staticmethod
    def _moved(
        session: InterviewSession, response: SessionResponse, new_id: int, now: datetime
    ) -> None:
        """Show on the objects what advance() stored: the answer's id, the session's move."""
        stored(response, {"id": new_id, "session_id": session.id})
        moved = {"current_question_index": response.position + 1, "question_opened_at": now}
        stored(session, moved | {"version": session.version + 1})

    async def signed_in_with_row(
        self, token: str, session_uuid: str
    ) -> tuple[str, InterviewSession | None]:
        """The uuid of whom the token signs in (401 if no one), and their session: one statement."""
        rows = await self._fetch(TOKEN_AND_SESSION_ROW, hash_token(token), session_uuid)
        return signed_in_uuid(rows[0] if rows else None), self._session_from(rows)

    async def get_row_for_user(self, session_uuid: str, user_id: int) -> InterviewSession | None:
        """The session's row with its current and next questions, in one statement."""
        return self._session_from(await self._fetch(SESSION_ROW, session_uuid, user_id))

    def _session_from(self, rows: Sequence[Row]) -> InterviewSession | None:
        """The session in rows of SESSION_ROW; its questions are kept for questions_at()."""
        if not rows or rows[0]["id"] is None:
            return None
        session = built(InterviewSession, prefixed(rows[0], "", SESSION_COLUMNS))
        questions = {
            row["q_position"]: question_of(session.id, prefixed(row, "q_", QUESTION_COLUMNS))
            for row in rows
            if row["q_id"] is not None
        }
        self._ahead = (session.id, session.current_question_index, questions, rows[0]["total"])
        return session

    async def response_to(
        self, session: InterviewSession, question_uuid: str
    ) -> SessionResponse | None:
        """The session's stored answer to a question, with its recording's details."""
        rows = await self._fetch(ANSWER_TO, session.id, question_uuid)
        if not rows:
            return None
        row = rows[0]
        values = prefixed(row, "", ANSWER_COLUMNS)
        values |= {"session_id": session.id, "coaching_json": row["coaching_json"]}
        answer = built(SessionResponse, values)
        answer.recording = (
            built(Recording, prefixed(row, "r_", RECORDING_COLUMNS))
            if row["r_recording_uuid"] is not None
            else None
        )
        return answer

    async def questions_at(
        self, session: InterviewSession, positions: tuple[int, ...]
    ) -> tuple[dict[int, SessionQuestion], int]:
        """The session's questions at these positions (two at most), and how many it has."""
        ahead = self._ahead
        if ahead is not None:
            session_id, index, questions, total = ahead
            at_same_place = session.id == session_id and session.current_question_index == index
            if at_same_place and all(index <= p <= index + 1 for p in positions):
                return {p: q for p, q in questions.items() if p in positions}, total
        first, second = (*positions, NO_POSITION, NO_POSITION)[:2]
        rows = await self._fetch(QUESTIONS_AT, session.id, first, second)
        if not rows:
            counted = await self._fetch(QUESTION_COUNT, session.id)
            return {}, int(counted[0]["total"])
        found = {
            row["position"]: question_of(session.id, prefixed(row, "", QUESTION_COLUMNS))
            for row in rows
        }
        return found, int(rows[0]["total"])

    async def has_question(self, session: InterviewSession, question_uuid: str) -> bool:
        """Whether the question belongs to the session."""
        return bool(await self._fetch(HAS_QUESTION, session.id, question_uuid))

    async def commit(self) -> None:  # noqa: B027 - the same for both databases, not abstract
        """Nothing to do: every statement here commits by itself."""

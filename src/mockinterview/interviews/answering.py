"""Answering an interview's questions: where an answer goes, repeats, and the move onwards."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from mockinterview.accounts.models import User
from mockinterview.coaching.schemas import AnswerMode
from mockinterview.db import built, utcnow
from mockinterview.errors import Conflict, Invalid, NotFound
from mockinterview.interviews.follow_ups import FollowUpAsker
from mockinterview.interviews.metrics import count_words
from mockinterview.interviews.models import InterviewSession, SessionQuestion, SessionResponse
from mockinterview.interviews.timing import answered_late

MIN_ANSWER_WORDS = 10
WRITTEN_LATER = (
    "transcript_status",
    "transcript_error",
    "raw_transcript",
    "transcript_words",
    "voice_metrics",
    "coaching_score",
    "filler_count",
    "words_per_minute",
)
"""An answer's columns written after it is stored: a recording's transcript, its coaching."""
NOT_YET_WRITTEN = (*WRITTEN_LATER, "coaching_json", "recording")
"""What a new answer starts without: its coaching, and a recording's transcript and file."""


class AnswerRepository(Protocol):
    """What answering reads and writes: the session's row, its questions and its answers."""

    async def get_row_for_user(self, session_uuid: str, user_id: int) -> InterviewSession | None:
        """The session's own row, only if it belongs to the user."""

    async def response_to(
        self, session: InterviewSession, question_uuid: str
    ) -> SessionResponse | None:
        """The session's stored answer to a question, if any."""

    async def questions_at(
        self, session: InterviewSession, positions: tuple[int, ...]
    ) -> tuple[dict[int, SessionQuestion], int]:
        """The session's questions at these positions, and how many questions it has."""

    async def has_question(self, session: InterviewSession, question_uuid: str) -> bool:
        """Whether the question belongs to the session."""

    async def advance(
        self, session: InterviewSession, response: SessionResponse, now: datetime
    ) -> bool:
        """Store the answer and move the session past its question; False if another won."""

    async def commit(self) -> None:
        """Make what was written so far permanent."""


class FollowUpQuestions(Protocol):
    """Where follow-up questions are counted and written."""

    async def follow_up_count(self, session: InterviewSession) -> int:
        """How many follow-up questions the interview has had."""

    async def insert_question_after(
        self, session: InterviewSession, position: int, question: SessionQuestion
    ) -> None:
        """Put a question right after `position`."""


@dataclass(frozen=True, slots=True)
class FollowUps:
    """Who words follow-up questions, and where they are written."""

    asker: FollowUpAsker
    questions: FollowUpQuestions


@dataclass(frozen=True, slots=True)
class Slot:
    """Where the next answer goes: its question, the one after it, and how many there are."""

    question: SessionQuestion
    upcoming: SessionQuestion | None
    total: int


@dataclass(frozen=True, slots=True)
class TypedAnswer:
    """A typed answer as sent, with its word count (the question is the current one, or named)."""

    text: str
    words: int
    duration: float
    question_uuid: str | None
    mode: AnswerMode
    over_time: bool


@dataclass(frozen=True, slots=True)
class Answered:
    """A stored answer and where the interview stands after it."""

    response: SessionResponse
    duplicate: bool
    current_question_index: int
    upcoming: SessionQuestion | None
    total_questions: int


def new_response(
    question: SessionQuestion,
    text: str,
    words: int,
    duration: float,
    mode: AnswerMode,
    over_time: bool = False,
) -> SessionResponse:
    """An answer to a question with its word count (require_words counts it)."""
    values = dict.fromkeys(NOT_YET_WRITTEN) | {
        "position": question.position,
        "question_uuid": question.question_uuid,
        "response_text": text,
        "response_duration_seconds": round(duration, 1),
        "word_count": words,
        "question_category": question.category,
        "question_difficulty": question.difficulty,
        "timestamp": utcnow(),
        "answer_mode": mode,
        "over_time": over_time,
    }
    return built(SessionResponse, values)


def found(session: InterviewSession | None) -> InterviewSession:
    """The session, or 404 (unknown and someone else's look the same)."""
    if session is None:
        raise NotFound("Interview session not found.")
    return session


def require_words(text: str) -> int:
    """The answer's word count; 422 naming response_text when it is under the minimum."""
    words = count_words(text)
    if words < MIN_ANSWER_WORDS:
        raise Invalid(
            "response_text",
            f"Your answer has {words} word{'s' if words != 1 else ''}; "
            f"write at least {MIN_ANSWER_WORDS} words before submitting.",
        )
    return words


class Answering:
    """The rules of answering: one answer per question, in order, repeats are no-ops."""

    def __init__(self, sessions: AnswerRepository, follow_ups: FollowUps | None = None) -> None:
        self.sessions = sessions
        self.follow_ups = follow_ups

    async def get_for_answer(self, user: User, session_uuid: str) -> InterviewSession:
        """The user's session row alone, for answering (404 for unknown or someone else's)."""
        return found(await self.sessions.get_row_for_user(session_uuid, user.id))

    async def open_slot(
        self, session: InterviewSession, question_uuid: str | None
    ) -> Answered | Slot:
        """Where an answer to question_uuid goes, or the stored answer when it is a repeat.

        Reads only the current and next questions (and the answer to a repeated question). The
        current question has no answer yet (storing one moves the interview on), so an answer
        naming it needs no look for a stored one.
        """
        questions: dict[int, SessionQuestion] = {}
        total = 0
        index = session.current_question_index
        if session.status == "in_progress":
            questions, total = await self.sessions.questions_at(session, (index, index + 1))
        question = questions.get(index)
        if question is not None and question_uuid in (None, question.question_uuid):
            return Slot(question, questions.get(index + 1), total)
        if question_uuid is not None:
            existing = await self.sessions.response_to(session, question_uuid)
            if existing is not None:
                return await self._answered(session, existing, duplicate=True)
        if session.status != "in_progress":
            raise Conflict(f"This interview is {session.status}; it takes no more answers.")
        if question is None or question_uuid is None:
            raise Conflict("Every question is answered; complete the interview.")
        if not await self.sessions.has_question(session, question_uuid):
            raise Invalid("question_uuid", "That question is not part of this interview.")
        raise Conflict(
            f"Question {question_uuid} is not the current question "
            f"({question.question_uuid}); reload the interview."
        )

    async def submit(
        self,
        session: InterviewSession,
        text: str,
        duration: float,
        question_uuid: str | None,
        mode: AnswerMode = "typed",
        over_time: bool = False,
    ) -> Answered:
        """Store the typed (or transcribed) answer to the current question; repeats are no-ops.

        over_time: the candidate kept going past the limit; the server also checks the clock.
        """
        slot = await self.open_slot(session, question_uuid)
        if isinstance(slot, Answered):
            return slot
        words = require_words(text)
        follow_up = await self._follow_up(session, slot.question, text)
        response = new_response(slot.question, text, words, duration, mode, over_time)
        return await self.store(session, slot, response, question_uuid, follow_up=follow_up)

    async def _follow_up(
        self, session: InterviewSession, question: SessionQuestion, text: str
    ) -> SessionQuestion | None:
        """A follow-up to ask after this answer: one per question, a few per interview."""
        follow_ups = self.follow_ups
        if not session.follow_ups or question.is_follow_up:
            return None
        if follow_ups is None:
            raise RuntimeError("this interview asks follow-ups; answer it with a follow-up asker")
        asker = follow_ups.asker
        if await follow_ups.questions.follow_up_count(session) >= asker.settings.max_follow_ups:
            return None
        # Nothing is written yet: end the read transaction so its snapshot cannot go stale
        # (SQLite) while the answer is analysed; the write that follows starts a fresh one.
        await self.sessions.commit()
        return await asker.ask(session, question, text)

    async def store(
        self,
        session: InterviewSession,
        slot: Slot,
        response: SessionResponse,
        question_uuid: str | None,
        attach: Callable[[SessionResponse], Awaitable[None]] | None = None,
        follow_up: SessionQuestion | None = None,
    ) -> Answered:
        """Write the answer with the session's move to the next question, in one transaction.

        `attach` adds what belongs to the answer (its recording, its transcription job) before
        the commit, so none of it is ever stored without the rest. A follow-up question goes
        in right after the answered one and becomes the next question.
        """
        key = (session.session_uuid, session.user_id)
        now = utcnow()
        response.over_time = bool(response.over_time) or answered_late(session, now)
        if not await self.sessions.advance(session, response, now):
            return await self._after_lost_race(key, question_uuid)
        upcoming, total = slot.upcoming, slot.total
        if follow_up is not None and self.follow_ups is not None:  # the answer won the row
            questions = self.follow_ups.questions
            await questions.insert_question_after(session, slot.question.position, follow_up)
            upcoming, total = follow_up, total + 1
        if attach is not None:
            await attach(response)
        await self.sessions.commit()
        return Answered(response, False, session.current_question_index, upcoming, total)

    async def _answered(
        self, session: InterviewSession, response: SessionResponse, duplicate: bool
    ) -> Answered:
        """The stored answer with the session's position and the question now due."""
        index = session.current_question_index
        upcoming = None
        if session.status == "in_progress":
            upcoming_at, total = await self.sessions.questions_at(session, (index,))
            upcoming = upcoming_at.get(index)
        else:
            _, total = await self.sessions.questions_at(session, ())
        return Answered(response, duplicate, index, upcoming, total)

    async def _after_lost_race(self, key: tuple[str, int], question_uuid: str | None) -> Answered:
        """A concurrent change won: the stored answer if it was this one, else a conflict."""
        fresh = await self.sessions.get_row_for_user(*key)
        if fresh is not None and question_uuid is not None:
            existing = await self.sessions.response_to(fresh, question_uuid)
            if existing is not None:
                return await self._answered(fresh, existing, duplicate=True)
        raise Conflict("The interview changed while this answer was sent; reload it.")

"""Session rules: start, answer, complete, abandon, delete (the state machine)."""

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from mockinterview.accounts.models import User
from mockinterview.coaching.schemas import AnswerMode
from mockinterview.db import utcnow
from mockinterview.errors import Conflict, Invalid, NotFound
from mockinterview.interviews.coach import Coach
from mockinterview.interviews.follow_ups import FollowUpAsker
from mockinterview.interviews.metrics import count_words, performance_summary
from mockinterview.interviews.models import InterviewSession, SessionQuestion, SessionResponse
from mockinterview.interviews.repository import ListedSession, SessionRepository
from mockinterview.interviews.retake import retake_of
from mockinterview.interviews.scenario import generate_scenario, scenario_name
from mockinterview.interviews.schemas import StartRequest
from mockinterview.interviews.timing import answered_late
from mockinterview.questionbank.repository import QuestionBankRepository
from mockinterview.recordings.storage import RecordingStore

MIN_ANSWER_WORDS = 10


@dataclass(frozen=True, slots=True)
class Slot:
    """Where the next answer goes: its question, the one after it, and how many there are."""

    question: SessionQuestion
    upcoming: SessionQuestion | None
    total: int


def new_response(
    question: SessionQuestion, text: str, duration: float, mode: AnswerMode, over_time: bool = False
) -> SessionResponse:
    """An answer to a question, counted with the product's one tokenizer."""
    return SessionResponse(
        position=question.position,
        question_uuid=question.question_uuid,
        response_text=text,
        response_duration_seconds=round(duration, 1),
        word_count=count_words(text),
        question_category=question.category,
        question_difficulty=question.difficulty,
        timestamp=utcnow(),
        answer_mode=mode,
        over_time=over_time,
    )


@dataclass(frozen=True, slots=True)
class Answered:
    """A stored answer and where the interview stands after it."""

    response: SessionResponse
    duplicate: bool
    current_question_index: int
    upcoming: SessionQuestion | None
    total_questions: int


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


def require_transcripts(session: InterviewSession) -> None:
    """Refuse to coach while a spoken answer is being transcribed or could not be."""
    pending = [r for r in session.responses if r.transcript_status == "pending"]
    if pending:
        raise Conflict(
            f"{len(pending)} spoken answer{'s are' if len(pending) > 1 else ' is'} still being "
            "transcribed; complete the interview again in a few seconds."
        )
    failed = next((r for r in session.responses if r.transcript_status == "failed"), None)
    if failed is not None:
        raise Conflict(
            f"Answer {failed.position + 1} has no usable transcript ({failed.transcript_error}) "
            "Correct its text or record it again before completing."
        )


class SessionService:
    """Use cases of interview sessions, always scoped to one user."""

    def __init__(
        self,
        sessions: SessionRepository,
        bank: QuestionBankRepository,
        coach: Coach,
        recordings: RecordingStore,
        asker: FollowUpAsker | None = None,
    ) -> None:
        self.sessions = sessions
        self.bank = bank
        self.coach = coach
        self.recordings = recordings
        self.asker = asker

    async def get(self, user: User, session_uuid: str) -> InterviewSession:
        """The user's session; 404 for unknown or someone else's."""
        return found(await self.sessions.get_for_user(session_uuid, user.id))

    async def list(
        self, user: User, status: str | None, role_uuid: str | None, page: int, page_size: int
    ) -> tuple[list[ListedSession], int]:
        """The user's sessions, newest first (their rows and counts only)."""
        offset = (page - 1) * page_size
        return await self.sessions.list_for_user(user.id, status, role_uuid, offset, page_size)

    async def start(self, user: User, request: StartRequest) -> InterviewSession:
        """Generate a scenario for the role and open an in-progress session."""
        role = await self.bank.role(request.role_uuid)
        if role is None:
            raise NotFound(f"Role {request.role_uuid!r} not found.")
        if request.industry_uuid and request.industry_uuid != role.industry_id:
            if await self.bank.industry(request.industry_uuid) is None:
                raise NotFound(f"Industry {request.industry_uuid!r} not found.")
            raise Invalid(
                "industry_uuid", f"Role {role.id} belongs to industry {role.industry_id}."
            )
        company = (request.company_name or "").strip() or None
        categories = request.categories()
        questions = await generate_scenario(
            self.bank, role, request.difficulty_level, categories, company
        )
        session = InterviewSession(
            user_id=user.id,
            kind="bank",
            scenario_name=scenario_name(role, request.difficulty_level, company),
            role_uuid=role.id,
            industry_uuid=role.industry_id,
            difficulty_level=request.difficulty_level,
            company_name=company,
            categories=list(categories),
            status="in_progress",
            current_question_index=0,
            started_at=utcnow(),
            question_opened_at=utcnow(),
            time_limit_seconds=request.time_limit_seconds,
            follow_ups=request.follow_ups,
            meta={},
            questions=questions,
            responses=[],
        )
        return await self.sessions.create(session)

    async def get_for_answer(self, user: User, session_uuid: str) -> InterviewSession:
        """The user's session row alone, for answering (404 for unknown or someone else's)."""
        return found(await self.sessions.get_row_for_user(session_uuid, user.id))

    async def open_slot(
        self, session: InterviewSession, question_uuid: str | None
    ) -> Answered | Slot:
        """Where an answer to question_uuid goes, or the stored answer when it is a repeat.

        Reads only the current and next questions (and the answer to a repeated question).
        """
        if question_uuid is not None:
            existing = await self.sessions.response_to(session, question_uuid)
            if existing is not None:
                return await self._answered(session, existing, duplicate=True)
        if session.status != "in_progress":
            raise Conflict(f"This interview is {session.status}; it takes no more answers.")
        index = session.current_question_index
        questions, total = await self.sessions.questions_at(session, (index, index + 1))
        question = questions.get(index)
        if question is None:
            raise Conflict("Every question is answered; complete the interview.")
        if question_uuid is not None and question_uuid != question.question_uuid:
            if not await self.sessions.has_question(session, question_uuid):
                raise Invalid("question_uuid", "That question is not part of this interview.")
            raise Conflict(
                f"Question {question_uuid} is not the current question "
                f"({question.question_uuid}); reload the interview."
            )
        return Slot(question, questions.get(index + 1), total)

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
        require_words(text)
        follow_up = await self._follow_up(session, slot.question, text)
        response = new_response(slot.question, text, duration, mode, over_time)
        response.recording = None
        return await self.store(session, slot, response, question_uuid, follow_up=follow_up)

    async def _follow_up(
        self, session: InterviewSession, question: SessionQuestion, text: str
    ) -> SessionQuestion | None:
        """A follow-up to ask after this answer: one per question, a few per interview."""
        if self.asker is None or not session.follow_ups or question.is_follow_up:
            return None
        if await self.sessions.follow_up_count(session) >= self.asker.settings.max_follow_ups:
            return None
        # Nothing is written yet: end the read transaction so its snapshot cannot go stale
        # (SQLite) while the answer is analysed; the write that follows starts a fresh one.
        await self.sessions.commit()
        return await self.asker.ask(session, question, text)

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
        if follow_up is not None:  # only once this answer has won the session's row
            await self.sessions.insert_question_after(session, slot.question.position, follow_up)
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

    async def complete(self, session: InterviewSession) -> InterviewSession:
        """Close the session; compute its summary and coaching from the stored responses."""
        if session.status != "in_progress":
            raise Conflict(f"This interview is {session.status}; only one in progress completes.")
        require_transcripts(session)
        session.status = "completed"
        session.completed_at = utcnow()
        session.draft_text = session.draft_elapsed_seconds = None
        if not await self.sessions.claim():
            raise Conflict("The interview changed at the same moment (another tab?); reload it.")
        await self._coach(session)
        return session

    async def regenerate_coaching(self, session: InterviewSession) -> InterviewSession:
        """Run the coaching again on a completed session (e.g. after changing engine)."""
        if session.status != "completed":
            raise Conflict(f"This interview is {session.status}; complete it first.")
        await self._coach(session)
        return session

    async def _coach(self, session: InterviewSession) -> None:
        """Coach the session: its summary, its score columns and its answers' skill rows."""
        vectors = await self.sessions.sentence_vectors(session)
        summary, skills = await self.coach.coach(session, performance_summary(session), vectors)
        session.performance_summary = summary
        await self.sessions.replace_skills(session, skills)

    async def abandon(self, session: InterviewSession) -> InterviewSession:
        """Mark an in-progress session abandoned."""
        if session.status != "in_progress":
            raise Conflict(
                f"This interview is {session.status}; only one in progress is abandoned."
            )
        session.status = "abandoned"
        session.completed_at = utcnow()
        if not await self.sessions.claim():
            raise Conflict("The interview changed at the same moment (another tab?); reload it.")
        return session

    async def retake(
        self, session: InterviewSession, question_uuids: Sequence[str] | None
    ) -> InterviewSession:
        """A new interview asking this one's questions again (all, or the ones named)."""
        return await self.sessions.create(retake_of(session, question_uuids))

    async def delete(self, session: InterviewSession) -> None:
        """Delete the session, its answers and their recordings."""
        recordings = [r.recording for r in session.responses if r.recording is not None]
        await self.sessions.delete(session)
        for recording in recordings:
            await self.recordings.delete(recording)

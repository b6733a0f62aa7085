"""Session rules: start, answer, complete, abandon, delete (the state machine)."""

from collections.abc import Sequence

import anyio

from mockinterview.accounts.models import User
from mockinterview.coaching.analysis import encode_vectors
from mockinterview.coaching.schemas import AnswerMode
from mockinterview.db import utcnow
from mockinterview.errors import Conflict, Invalid, NotFound
from mockinterview.interviews.coach import Coach
from mockinterview.interviews.metrics import count_words, performance_summary
from mockinterview.interviews.models import InterviewSession, SessionResponse
from mockinterview.interviews.repository import SessionRepository
from mockinterview.interviews.scenario import generate_scenario, scenario_name
from mockinterview.interviews.schemas import StartRequest
from mockinterview.interviews.views import current_question
from mockinterview.questionbank.repository import QuestionBankRepository

MIN_ANSWER_WORDS = 10


class SessionService:
    """Use cases of interview sessions, always scoped to one user."""

    def __init__(
        self, sessions: SessionRepository, bank: QuestionBankRepository, coach: Coach
    ) -> None:
        self.sessions = sessions
        self.bank = bank
        self.coach = coach

    async def get(self, user: User, session_uuid: str) -> InterviewSession:
        """The user's session; 404 for unknown or someone else's."""
        session = await self.sessions.get_for_user(session_uuid, user.id)
        if session is None:
            raise NotFound("Interview session not found.")
        return session

    async def list(
        self, user: User, status: str | None, role_uuid: str | None, page: int, page_size: int
    ) -> tuple[Sequence[InterviewSession], int]:
        """The user's sessions, newest first."""
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
            meta={},
            questions=questions,
            responses=[],
        )
        return await self.sessions.create(session)

    async def submit(
        self,
        session: InterviewSession,
        text: str,
        duration: float,
        question_uuid: str | None,
        mode: AnswerMode = "typed",
    ) -> tuple[SessionResponse, bool]:
        """Store the answer to the current question; a repeat of an answered one is a no-op."""
        if question_uuid is not None:
            for existing in session.responses:
                if existing.question_uuid == question_uuid:
                    return existing, True
        key = (session.session_uuid, session.user_id)
        if session.status != "in_progress":
            raise Conflict(f"This interview is {session.status}; it takes no more answers.")
        question = current_question(session)
        if question is None:
            raise Conflict("Every question is answered; complete the interview.")
        if question_uuid is not None and question_uuid != question.question_uuid:
            if all(q.question_uuid != question_uuid for q in session.questions):
                raise Invalid("question_uuid", "That question is not part of this interview.")
            raise Conflict(
                f"Question {question_uuid} is not the current question "
                f"({question.question_uuid}); reload the interview."
            )
        words = count_words(text)
        if words < MIN_ANSWER_WORDS:
            raise Invalid(
                "response_text",
                f"Your answer has {words} word{'s' if words != 1 else ''}; "
                f"write at least {MIN_ANSWER_WORDS} words before submitting.",
            )
        response = SessionResponse(
            position=question.position,
            question_uuid=question.question_uuid,
            response_text=text,
            response_duration_seconds=round(duration, 1),
            word_count=words,
            question_category=question.category,
            question_difficulty=question.difficulty,
            timestamp=utcnow(),
            answer_mode=mode,
            sentence_vectors=await anyio.to_thread.run_sync(encode_vectors, text),
        )
        session.current_question_index = question.position + 1
        if await self.sessions.add_response(session, response):
            return response, False
        return await self._after_lost_race(key, question_uuid)

    async def _after_lost_race(
        self, key: tuple[str, int], question_uuid: str | None
    ) -> tuple[SessionResponse, bool]:
        """A concurrent change won: the stored answer if it was this one, else a conflict."""
        fresh = await self.sessions.get_for_user(*key)
        for existing in fresh.responses if fresh else []:
            if question_uuid is not None and existing.question_uuid == question_uuid:
                return existing, True
        raise Conflict("The interview changed while this answer was sent; reload it.")

    async def complete(self, session: InterviewSession) -> InterviewSession:
        """Close the session; compute its summary and coaching from the stored responses."""
        if session.status != "in_progress":
            raise Conflict(f"This interview is {session.status}; only one in progress completes.")
        session.status = "completed"
        session.completed_at = utcnow()
        session.draft_text = session.draft_elapsed_seconds = None
        if not await self.sessions.claim():
            raise Conflict("The interview changed at the same moment (another tab?); reload it.")
        session.performance_summary = await self.coach.coach(
            session, performance_summary(session), await self.sessions.sentence_vectors(session)
        )
        return session

    async def regenerate_coaching(self, session: InterviewSession) -> InterviewSession:
        """Run the coaching again on a completed session (e.g. after changing engine)."""
        if session.status != "completed":
            raise Conflict(f"This interview is {session.status}; complete it first.")
        session.performance_summary = await self.coach.coach(
            session, performance_summary(session), await self.sessions.sentence_vectors(session)
        )
        return session

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

    async def delete(self, session: InterviewSession) -> None:
        """Delete the session and its answers."""
        await self.sessions.delete(session)

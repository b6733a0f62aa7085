"""Seed 000's interview lifecycle on the shared session model: setup -> ready -> in_progress."""

from mockinterview.accounts.models import User
from mockinterview.db import utcnow
from mockinterview.errors import Conflict, Invalid, NotFound
from mockinterview.interviews.models import InterviewSession, SessionQuestion, SessionResponse
from mockinterview.interviews.repository import ListedSession
from mockinterview.interviews.retake import copy_question
from mockinterview.interviews.service import SessionService
from mockinterview.interviews.tailored_schemas import (
    CreateInterview,
    GenerateQuestions,
    UpdateTranscript,
)
from mockinterview.interviews.tailored_views import public_status
from mockinterview.resumes.models import Resume
from mockinterview.resumes.repository import ResumeRepository
from mockinterview.tailoring.question_writer import QuestionWriter

DEFAULT_TITLE = "Tailored interview"


def require_status(session: InterviewSession, *allowed: str, action: str) -> None:
    """409 naming the state when the interview cannot take this action now."""
    if session.status not in allowed:
        wanted = " or ".join(allowed)
        raise Conflict(
            f"Cannot {action}: the interview is {public_status(session)} (needs {wanted})."
        )


class TailoredInterviewService:
    """Use cases of seed 000's interviews; answers and completion go through SessionService."""

    def __init__(
        self, sessions: SessionService, resumes: ResumeRepository, writer: QuestionWriter
    ) -> None:
        self.sessions = sessions
        self.resumes = resumes
        self.writer = writer

    async def published_resume(self, user: User, resume_id: str) -> Resume:
        """The user's resume, which must be published to be used."""
        resume = await self.resumes.get_for_user(resume_id, user.id)
        if resume is None:
            raise NotFound("Resume not found.")
        if not resume.published:
            raise Invalid("resume_id", "Publish this resume before using it for an interview.")
        return resume

    async def list_all(
        self, user: User, page: int, page_size: int
    ) -> tuple[list[ListedSession], int]:
        """Every interview of the user, newest first (their rows and counts only)."""
        return await self.sessions.list(user, None, None, page, page_size)

    async def create(self, user: User, body: CreateInterview) -> InterviewSession:
        """A new interview in setup."""
        resume = await self.published_resume(user, body.resume_id) if body.resume_id else None
        session = InterviewSession(
            user_id=user.id,
            kind="tailored",
            scenario_name=(body.title or "").strip() or DEFAULT_TITLE,
            difficulty_level="mid",
            categories=[],
            status="setup",
            current_question_index=0,
            time_limit_seconds=body.time_limit_seconds,
            follow_ups=body.follow_ups,
            meta={},
            resume=resume,
            job_description=(body.job_description or "").strip() or None,
            questions=[],
            responses=[],
        )
        return await self.sessions.sessions.create(session)

    async def generate(
        self, user: User, session: InterviewSession, body: GenerateQuestions
    ) -> InterviewSession:
        """Write ten questions for the resume and job description; the interview is then ready."""
        require_status(session, "setup", "ready", action="generate questions")
        resume = await self.published_resume(user, body.resume_id)
        # the job description saved at creation counts unless this request sends one ("" clears it)
        sent = body.job_description
        job = session.job_description if sent is None else (sent.strip() or None)
        bank = list(await self.sessions.bank.all_questions())
        try:
            questions = await self.writer.write(session, resume.text, job, bank)
        except ValueError as exc:
            raise Invalid("resume_id", str(exc)) from exc
        await self.replace_questions(session, questions)
        session.resume_id, session.resume = resume.id, resume
        session.job_description = job
        if session.scenario_name == DEFAULT_TITLE:
            session.scenario_name = await self.writer.title(job, resume.title)
        session.difficulty_level = _most_common([q.difficulty for q in questions])
        session.categories = sorted({q.category for q in questions})
        session.status = "ready"
        return session

    async def replace_questions(
        self, session: InterviewSession, questions: list[SessionQuestion]
    ) -> None:
        """Swap the interview's questions (old rows go before new ones take their places)."""
        session.questions.clear()
        await self.sessions.sessions.db.flush()
        session.questions.extend(questions)
        await self.sessions.sessions.db.flush()

    async def edit_question(
        self, session: InterviewSession, question_uuid: str, prompt: str | None
    ) -> InterviewSession:
        """Reword (prompt) or remove (None) one question before the interview starts."""
        require_status(session, "setup", "ready", action="change questions")
        kept = [q for q in session.questions if q.question_uuid != question_uuid]
        if len(kept) == len(session.questions):
            raise NotFound("Question not found in this interview.")
        if prompt is not None:
            target = next(q for q in session.questions if q.question_uuid == question_uuid)
            target.prompt = prompt.strip()
            return session
        if not kept:
            raise Conflict("An interview needs at least one question; regenerate instead.")
        copies = [copy_question(q, pos) for pos, q in enumerate(kept)]
        await self.replace_questions(session, copies)
        return session

    async def start(self, session: InterviewSession) -> InterviewSession:
        """Open a ready interview for answers."""
        require_status(session, "ready", action="start the session")
        session.status = "in_progress"
        session.started_at = session.question_opened_at = utcnow()
        session.current_question_index = 0
        return session

    async def update_transcript(
        self, session: InterviewSession, body: UpdateTranscript
    ) -> tuple[InterviewSession, list[SessionResponse]]:
        """Autosave the draft of the current answer and record finished answers (the new ones)."""
        require_status(session, "in_progress", action="update the transcript")
        stored = []
        for answer in body.responses:
            answered = await self.sessions.answering.submit(
                session,
                answer.response_text,
                answer.response_duration_seconds,
                answer.question_uuid,
            )
            if not answered.duplicate:
                stored.append(answered.response)
        index = body.current_question_index
        if index is not None and index != session.current_question_index:
            raise Conflict(
                f"The interview is at question {session.current_question_index + 1}, not "
                f"{index + 1}; reload it."
            )
        if body.draft_text is not None:
            session.draft_text = body.draft_text
        if body.draft_elapsed_seconds is not None:
            session.draft_elapsed_seconds = body.draft_elapsed_seconds
        return session, stored

    async def duplicate(self, user: User, session: InterviewSession) -> InterviewSession:
        """A fresh copy with the same resume, job and questions, ready to practice again."""
        copy = InterviewSession(
            user_id=user.id,
            kind=session.kind,
            scenario_name=copy_title(session.scenario_name),
            role_uuid=session.role_uuid,
            industry_uuid=session.industry_uuid,
            difficulty_level=session.difficulty_level,
            company_name=session.company_name,
            categories=list(session.categories),
            status="ready" if session.questions else "setup",
            current_question_index=0,
            time_limit_seconds=session.time_limit_seconds,
            follow_ups=session.follow_ups,
            meta={"duplicated_from": session.session_uuid},
            resume_id=session.resume_id,
            job_description=session.job_description,
            questions=[copy_question(q, q.position) for q in session.questions],
            responses=[],
        )
        return await self.sessions.sessions.create(copy)


def copy_title(title: str) -> str:
    """The title of a copy: one "(copy)" suffix, however often it is copied."""
    suffix = " (copy)"
    return title if title.endswith(suffix) else f"{title[: 300 - len(suffix)]}{suffix}"


def _most_common(values: list[str]) -> str:
    return max(sorted(set(values)), key=values.count) if values else "mid"

"""Writing a tailored interview's questions: the offline generator, or a configured model."""

import time
import uuid

from mockinterview.config import Settings
from mockinterview.interviews.models import InterviewSession, SessionQuestion
from mockinterview.process_pool import ProcessPool
from mockinterview.questionbank.models import Question
from mockinterview.questionbank.service import render_prompt
from mockinterview.tailoring.generator import generate_tailored_questions
from mockinterview.tailoring.requirements import interview_title
from mockinterview.tailoring.schemas import BankQuestion, GeneratedQuestion
from mockinterview.tailoring.writer_prompt import (
    SYSTEM_PROMPT,
    WrittenQuestions,
    grounded_questions,
    user_prompt,
)
from mockinterview.usage.service import UsageService, offline_call

OFFLINE_MODEL = "offline-writer-1"
QUESTION_COUNT = 10


def bank_material(questions: list[Question]) -> list[BankQuestion]:
    """Bank questions as filler material for the generator."""
    return [
        BankQuestion(
            question_uuid=q.question_uuid,
            prompt=render_prompt(q.prompt, None),
            category=q.category,  # type: ignore[arg-type]
            difficulty=q.difficulty,  # type: ignore[arg-type]
            expected_skills=q.expected_skills,
            star_framework=q.star_framework,
            interviewer_guidance=q.interviewer_guidance or None,
        )
        for q in questions
    ]


def to_session_question(question: GeneratedQuestion, position: int) -> SessionQuestion:
    """A generated question as a session's question."""
    return SessionQuestion(
        position=position,
        question_uuid=f"tq-{uuid.uuid4().hex[:16]}",
        prompt=question.prompt,
        category=question.category,
        difficulty=question.difficulty,
        expected_skills=question.expected_skills,
        star_framework=question.star_framework,
        interviewer_guidance=question.interviewer_guidance or "",
        reason=question.reason,
        sources=[s.model_dump() for s in question.sources],
        probe_kind=question.probe_kind,
    )


class QuestionWriter:
    """Writes tailored questions with the configured engine and logs every call."""

    def __init__(self, settings: Settings, usage: UsageService, worker: ProcessPool) -> None:
        self.settings = settings
        self.usage = usage
        self.worker = worker

    async def write(
        self,
        session: InterviewSession,
        resume_text: str,
        job_description: str | None,
        bank: list[Question],
    ) -> list[SessionQuestion]:
        """Ten questions for this resume and job; notes the engine in the session's metadata."""
        started = time.perf_counter()
        offline = await self.worker.run(
            generate_tailored_questions,
            resume_text,
            job_description,
            bank_material(bank),
            QUESTION_COUNT,
        )
        self.usage.record(
            session.user_id,
            session.session_uuid,
            offline_call("question_generation", OFFLINE_MODEL, started),
        )
        chosen, engine, fallback = offline, "offline", None
        if self.settings.ai_provider != "offline":
            from mockinterview.ai.client import LLMError, run_structured

            try:
                written, call = await run_structured(
                    self.settings,
                    "question_generation",
                    SYSTEM_PROMPT,
                    user_prompt(resume_text, job_description, offline),
                    WrittenQuestions,
                )
                self.usage.record(session.user_id, session.session_uuid, call)
                chosen = grounded_questions(written, resume_text, job_description, offline)
                engine = f"{call.provider}:{call.model}"
            except LLMError as exc:
                self.usage.record(session.user_id, session.session_uuid, exc.call)
                fallback = f"The AI provider failed ({exc}); the offline generator wrote these."
        session.meta = {
            **session.meta,
            "question_engine": engine,
            "question_fallback_reason": fallback,
        }
        return [to_session_question(q, i) for i, q in enumerate(chosen)]

    async def title(self, job_description: str | None, resume_title: str) -> str:
        """The interview's title; a job description is read in the worker process."""
        if not job_description:
            return interview_title(None, resume_title)
        return await self.worker.run(interview_title, job_description, resume_title)

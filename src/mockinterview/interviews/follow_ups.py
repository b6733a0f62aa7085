"""Follow-up questions: asked after an answer with a clear gap, at most one per question.

The offline engine finds the gap and words the question (in a coaching process, never on the
event loop); when a provider is configured, the model rewrites it in an interviewer's voice.
"""

import logging

from pydantic import BaseModel, Field

from mockinterview.coaching.pool import follow_up
from mockinterview.coaching.schemas import AnswerInput
from mockinterview.config import Settings
from mockinterview.interviews.models import InterviewSession, SessionQuestion
from mockinterview.process_pool import ProcessPool
from mockinterview.usage.service import UsageService

logger = logging.getLogger(__name__)

GAPS = {
    "result": "what happened in the end and how it was measured",
    "ownership": "what the candidate personally did, rather than the team",
    "example": "one specific time it happened",
    "tradeoffs": "what the approach costs and when it breaks down",
    "red_flag": "the red flag the interviewer's notes name",
}
SYSTEM = (
    "You are a job interviewer. Ask exactly one short, natural follow-up question about the "
    "gap named below. Refer to the candidate's own words. Do not give feedback or hints."
)


class WrittenFollowUp(BaseModel):
    """A follow-up question as the model writes it."""

    question: str = Field(min_length=10, max_length=400)


def follow_up_uuid(parent_uuid: str) -> str:
    """The follow-up's id within its interview (one per parent question)."""
    return f"{parent_uuid[:52]}-follow-up"


class FollowUpAsker:
    """Decides whether an answer gets a follow-up, and writes it."""

    def __init__(self, settings: Settings, usage: UsageService, pool: ProcessPool) -> None:
        self.settings = settings
        self.usage = usage
        self.pool = pool

    async def ask(
        self, session: InterviewSession, question: SessionQuestion, text: str
    ) -> SessionQuestion | None:
        """The follow-up to put after this answer, or None when the answer has no clear gap."""
        answer = AnswerInput(
            question=question.prompt,
            answer=text,
            category=question.category,  # type: ignore[arg-type]
            difficulty=question.difficulty,  # type: ignore[arg-type]
            expected_skills=question.expected_skills,
            star_framework=question.star_framework,
            interviewer_guidance=question.interviewer_guidance or None,
        )
        found = await self.pool.run(follow_up, answer)
        if found is None:
            return None
        prompt = found.prompt
        if self.settings.ai_provider != "offline":
            prompt = await self._written(session, answer, found.gap) or prompt
        return SessionQuestion(
            position=question.position + 1,
            question_uuid=follow_up_uuid(question.question_uuid),
            prompt=prompt,
            category=question.category,
            difficulty=question.difficulty,
            expected_skills=list(question.expected_skills),
            star_framework=None,
            interviewer_guidance=f"A follow-up: the first answer did not show {GAPS[found.gap]}.",
            parent_question_uuid=question.question_uuid,
        )

    async def _written(self, session: InterviewSession, answer: AnswerInput, gap: str) -> str:
        """The model's wording of the follow-up ('' when the call fails)."""
        from mockinterview.ai.client import LLMError, run_structured

        user_prompt = (
            f"Question asked: {answer.question}\n\nCandidate's answer: {answer.answer}\n\n"
            f"Gap to probe: {GAPS[gap]}."
        )
        try:
            written, call = await run_structured(
                self.settings, "follow_up", SYSTEM, user_prompt, WrittenFollowUp
            )
        except LLMError as exc:
            logger.info("follow-up written offline: %s", exc)
            self.usage.record(session.user_id, session.session_uuid, exc.call)
            return ""
        self.usage.record(session.user_id, session.session_uuid, call)
        return written.question.strip()

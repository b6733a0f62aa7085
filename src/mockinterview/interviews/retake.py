"""Retakes: a new interview with some or all questions of an earlier one; scores over the chain."""

from collections.abc import Sequence

from mockinterview.db import utcnow
from mockinterview.errors import Conflict, Invalid
from mockinterview.interviews.models import InterviewSession, SessionQuestion


def copy_question(question: SessionQuestion, position: int) -> SessionQuestion:
    """The same question, to be put again at a position of another interview."""
    return SessionQuestion(
        position=position,
        question_uuid=question.question_uuid,
        prompt=question.prompt,
        category=question.category,
        difficulty=question.difficulty,
        expected_skills=list(question.expected_skills),
        star_framework=question.star_framework,
        interviewer_guidance=question.interviewer_guidance,
        reason=question.reason,
        sources=question.sources,
        probe_kind=question.probe_kind,
    )


def chosen_questions(
    session: InterviewSession, question_uuids: Sequence[str] | None
) -> list[SessionQuestion]:
    """The interview's own questions (never its follow-ups) to ask again, in their order."""
    own = [q for q in session.questions if not q.is_follow_up]
    if not question_uuids:
        return own
    known = {q.question_uuid for q in own}
    unknown = [u for u in question_uuids if u not in known]
    if unknown:
        raise Invalid("question_uuids", f"Not a question of this interview: {unknown[0]}.")
    wanted = set(question_uuids)
    return [q for q in own if q.question_uuid in wanted]


def retake_of(session: InterviewSession, question_uuids: Sequence[str] | None) -> InterviewSession:
    """A new in-progress interview asking the chosen questions again (all by default)."""
    if session.status not in ("completed", "abandoned"):
        raise Conflict(f"This interview is {session.status}; finish it before taking it again.")
    questions = chosen_questions(session, question_uuids)
    if not questions:
        raise Conflict("This interview has no questions to take again.")
    now = utcnow()
    return InterviewSession(
        user_id=session.user_id,
        kind=session.kind,
        scenario_name=session.scenario_name,
        role_uuid=session.role_uuid,
        industry_uuid=session.industry_uuid,
        difficulty_level=session.difficulty_level,
        company_name=session.company_name,
        categories=sorted({q.category for q in questions}),
        status="in_progress",
        current_question_index=0,
        started_at=now,
        question_opened_at=now,
        time_limit_seconds=session.time_limit_seconds,
        follow_ups=session.follow_ups,
        retake_of=session.retake_of or session.session_uuid,
        resume_id=session.resume_id,
        job_description=session.job_description,
        meta={},
        questions=[copy_question(q, position) for position, q in enumerate(questions)],
        responses=[],
    )

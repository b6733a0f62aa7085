"""Building API views of sessions and their questions."""

from typing import Any

from mockinterview.interviews.coach import report_json
from mockinterview.interviews.models import InterviewSession, SessionQuestion
from mockinterview.interviews.repository import ListedSession
from mockinterview.interviews.schemas import (
    CompleteOut,
    QuestionView,
    ResponseOut,
    SessionListItem,
    SessionOut,
)
from mockinterview.interviews.scores import score_fields
from mockinterview.questionbank.schemas import StarFramework


def summary_with_report(session: InterviewSession) -> dict[str, Any] | None:
    """The performance summary with the whole coaching report (answers' parts joined in)."""
    summary = stored_summary(session)
    report = report_json(session)
    return {**summary, "coaching_report": report} if summary and report else summary


def stored_summary(session: InterviewSession) -> dict[str, Any] | None:
    """The stored performance summary with the scores joined in from their columns."""
    summary = session.performance_summary
    return {**summary, **score_fields(session)} if summary else None


def question_view(question: SessionQuestion, total: int) -> QuestionView:
    """A session question in full."""
    return QuestionView(
        uuid=question.question_uuid,
        question_uuid=question.question_uuid,
        question_number=question.position + 1,
        total_questions=total,
        prompt=question.prompt,
        category=question.category,  # type: ignore[arg-type]
        difficulty=question.difficulty,  # type: ignore[arg-type]
        expected_skills=question.expected_skills,
        star_framework=StarFramework(**question.star_framework)
        if question.star_framework
        else None,
        interviewer_guidance=question.interviewer_guidance,
        reason=question.reason,
        sources=question.sources,
        probe_kind=question.probe_kind,
        is_follow_up=question.is_follow_up,
        parent_question_uuid=question.parent_question_uuid,
    )


def current_question(session: InterviewSession) -> SessionQuestion | None:
    """The question the candidate is on, if the session still takes answers."""
    index = session.current_question_index
    if session.status != "in_progress" or index >= len(session.questions):
        return None
    return session.questions[index]


def session_fields(
    session: InterviewSession,
    user_uuid: str,
    total_questions: int,
    performance_summary: dict[str, Any] | None,
) -> dict[str, Any]:
    """The fields every view of a session shares (SessionFields)."""
    return {
        "session_uuid": session.session_uuid,
        "user_uuid": user_uuid,
        "kind": session.kind,
        "scenario_name": session.scenario_name,
        "role_uuid": session.role_uuid,
        "industry_uuid": session.industry_uuid,
        "difficulty_level": session.difficulty_level,
        "company_name": session.company_name,
        "categories": session.categories,
        "current_question_index": session.current_question_index,
        "total_questions": total_questions,
        "status": session.status,
        "performance_summary": performance_summary,
        "created_at": session.created_at,
        "started_at": session.started_at,
        "completed_at": session.completed_at,
        "metadata": session.meta,
        "time_limit_seconds": session.time_limit_seconds,
        "follow_ups": session.follow_ups,
        "retake_of": session.retake_of,
    }


def session_out(session: InterviewSession, user_uuid: str) -> SessionOut:
    """The full API view of a session."""
    total = len(session.questions)
    current = current_question(session)
    return SessionOut(
        **session_fields(session, user_uuid, total, summary_with_report(session)),
        question_sequence=[q.question_uuid for q in session.questions],
        responses=[ResponseOut.model_validate(r) for r in session.responses],
        current_question=question_view(current, total) if current else None,
        questions=[question_view(q, total) for q in session.questions],
    )


def light_summary(session: InterviewSession) -> dict[str, Any] | None:
    """The performance summary without the coaching report (scores and metrics only)."""
    summary = stored_summary(session)
    return {k: v for k, v in summary.items() if k != "coaching_report"} if summary else None


def list_item(listed: ListedSession, user_uuid: str) -> SessionListItem:
    """A session as listed."""
    session = listed.session
    fields = session_fields(session, user_uuid, listed.total_questions, light_summary(session))
    return SessionListItem(**fields, answered_questions=listed.answered_questions)


def complete_out(session: InterviewSession) -> CompleteOut:
    """A completed session's status, time and metrics."""
    metrics = summary_with_report(session)
    assert session.completed_at is not None and metrics is not None
    return CompleteOut(status=session.status, completed_at=session.completed_at, metrics=metrics)

"""Building seed 000's views of sessions."""

from typing import Any

from mockinterview.interviews.coach import report_json
from mockinterview.interviews.models import InterviewSession
from mockinterview.interviews.repository import ListedSession
from mockinterview.interviews.schemas import SpokenFields
from mockinterview.interviews.tailored_schemas import (
    InterviewListItem,
    InterviewOut,
    ReportOut,
    SessionData,
    TranscriptEntry,
)
from mockinterview.interviews.views import light_summary, question_view, summary_with_report

PUBLIC_STATUS = {"abandoned": "cancelled"}


def public_status(session: InterviewSession) -> str:
    """Seed 000 calls an abandoned interview cancelled."""
    return PUBLIC_STATUS.get(session.status, session.status)


def transcript(session: InterviewSession) -> list[TranscriptEntry]:
    """Every answered question with its answer, in order."""
    prompts = {q.question_uuid: q.prompt for q in session.questions}
    return [
        TranscriptEntry(
            question_uuid=r.question_uuid,
            question=prompts.get(r.question_uuid, ""),
            answer=r.response_text,
            duration_seconds=r.response_duration_seconds,
            word_count=r.word_count,
            timestamp=r.timestamp,
            **SpokenFields.model_validate(r).model_dump(),
        )
        for r in session.responses
    ]


def analysis(session: InterviewSession) -> dict[str, Any] | None:
    """Seed 000's analysis fields, from the stored coaching report."""
    report = report_json(session)
    if not report:
        return None
    dims = report["dimensions"]
    return {
        "overall_score": report["overall_score"],
        "communication_skills": dims["communication"]["score"],
        "technical_knowledge": dims["technical_knowledge"]["score"],
        "problem_solving": dims["problem_solving"]["score"],
        "confidence": dims["confidence"]["score"],
        "strengths": report["strengths"],
        "areas_for_improvement": report["areas_for_improvement"],
        "recommendations": report["recommendations"],
        "detailed_feedback": report["coaching_feedback"],
        "engine": report["engine"],
        "fallback_reason": report.get("fallback_reason"),
        "report": report,
    }


def interview_out(session: InterviewSession) -> InterviewOut:
    """The full seed 000 view of a session."""
    total = len(session.questions)
    duration = (
        (session.completed_at - session.started_at).total_seconds()
        if session.started_at and session.completed_at
        else None
    )
    return InterviewOut(
        id=session.session_uuid,
        title=session.scenario_name,
        kind=session.kind,
        status=public_status(session),
        resume_id=session.resume.resume_id if session.resume else None,
        resume_title=session.resume.title if session.resume else None,
        job_description=session.job_description,
        difficulty_level=session.difficulty_level,
        questions=[question_view(q, total) for q in session.questions],
        session_data=SessionData(
            start_time=session.started_at,
            end_time=session.completed_at,
            duration_seconds=duration,
            current_question_index=session.current_question_index,
            transcript=transcript(session),
            draft_text=session.draft_text,
            draft_elapsed_seconds=session.draft_elapsed_seconds,
        ),
        analysis=analysis(session),
        performance_summary=summary_with_report(session),
        metadata=session.meta,
        created_at=session.created_at,
        time_limit_seconds=session.time_limit_seconds,
        follow_ups=session.follow_ups,
        retake_of=session.retake_of,
    )


def interview_list_item(listed: ListedSession) -> InterviewListItem:
    """An interview as listed."""
    session = listed.session
    summary = light_summary(session)
    return InterviewListItem(
        id=session.session_uuid,
        title=session.scenario_name,
        kind=session.kind,
        status=public_status(session),
        resume_id=session.resume.resume_id if session.resume else None,
        resume_title=session.resume.title if session.resume else None,
        difficulty_level=session.difficulty_level,
        total_questions=listed.total_questions,
        answered_questions=listed.answered_questions,
        overall_score=(summary or {}).get("coaching_score"),
        start_time=session.started_at,
        end_time=session.completed_at,
        performance_summary=summary,
        metadata=session.meta,
        created_at=session.created_at,
    )


def report_out(session: InterviewSession) -> ReportOut:
    """The report of a completed, analysed session."""
    return ReportOut(
        id=session.session_uuid,
        title=session.scenario_name,
        status=public_status(session),
        analysis=analysis(session) or {},
        performance_summary=summary_with_report(session) or {},
        transcript=transcript(session),
    )

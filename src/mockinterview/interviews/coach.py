"""Running the coaching engine on a session and storing its report (seed UC-076)."""

import time
from typing import Any

from mockinterview.coaching.pool import analyse_with_vectors
from mockinterview.coaching.schemas import AnswerInput, InterviewInput, InterviewReport, LLMCall
from mockinterview.coaching.voice import VoiceMetrics
from mockinterview.config import Settings
from mockinterview.interviews.models import AnswerSkill, InterviewSession, SessionResponse
from mockinterview.interviews.scores import record_scores
from mockinterview.process_pool import ProcessPool
from mockinterview.usage.service import UsageService, offline_call

OFFLINE_MODEL = "offline-coach-1"


def spoken_voice(response: SessionResponse) -> VoiceMetrics | None:
    """Delivery measured from the recording of a spoken answer (None for typed answers)."""
    if response.answer_mode != "spoken" or not response.voice_metrics:
        return None
    return VoiceMetrics.model_validate(response.voice_metrics)


def with_follow_up(
    response: SessionResponse, follow_up: SessionResponse | None
) -> tuple[str, float]:
    """An answer's text and time, joined with its follow-up's answer (coached as one)."""
    if follow_up is None:
        return response.response_text, response.response_duration_seconds
    text = f"{response.response_text}\n\n{follow_up.response_text}"
    return text, response.response_duration_seconds + follow_up.response_duration_seconds


def interview_input(session: InterviewSession) -> InterviewInput:
    """The answered questions of a session, as the engines take them.

    A follow-up is not an answer of its own: its answer completes its parent's.
    """
    answers = {r.question_uuid: r for r in session.responses}
    follow_ups = {
        q.parent_question_uuid: answers.get(q.question_uuid)
        for q in session.questions
        if q.parent_question_uuid
    }
    inputs = []
    for q in session.questions:
        if q.is_follow_up or q.question_uuid not in answers:
            continue
        response = answers[q.question_uuid]
        text, duration = with_follow_up(response, follow_ups.get(q.question_uuid))
        inputs.append(
            AnswerInput(
                question_uuid=q.question_uuid,
                question=q.prompt,
                answer=text,
                category=q.category,  # type: ignore[arg-type]
                difficulty=q.difficulty,  # type: ignore[arg-type]
                expected_skills=q.expected_skills,
                star_framework=q.star_framework,
                interviewer_guidance=q.interviewer_guidance or None,
                duration_seconds=duration or None,
                mode=response.answer_mode,  # type: ignore[arg-type]
                # The recording's measures describe its own answer, not one joined with more.
                voice=None if q.question_uuid in follow_ups else spoken_voice(response),
            )
        )
    return InterviewInput(job_description=session.job_description, answers=inputs)


def coaching_summary(report: InterviewReport) -> dict[str, Any]:
    """The seed's UC-076 fields of performance_summary, plus the report.

    Each answer's part of the report is stored once, with the answer (`coaching`); the summary
    keeps the rest, so lists of sessions stay small. The scores live in their own columns
    (`scores.record_scores`) and are joined back in by `scores.score_fields`.
    """
    return {
        "coaching_feedback": report.coaching_feedback,
        "areas_for_improvement": report.areas_for_improvement,
        "question_specific_feedback": {
            a.question_uuid: a.feedback.summary for a in report.answers if a.question_uuid
        },
        "coaching_engine": report.engine,
        "coaching_fallback_reason": report.fallback_reason,
        "coaching_report": report.model_dump(mode="json", exclude={"answers"}),
    }


def report_json(session: InterviewSession) -> dict[str, Any] | None:
    """The whole coaching report: the summary's part joined with each answer's coaching."""
    report = (session.performance_summary or {}).get("coaching_report")
    if not report:
        return None
    if "answers" in report:
        return dict(report)
    return {**report, "answers": [r.coaching for r in session.responses if r.coaching]}


class Coach:
    """Analyses sessions with the configured engine and logs every call."""

    def __init__(self, settings: Settings, usage: UsageService, pool: ProcessPool) -> None:
        self.settings = settings
        self.usage = usage
        self.pool = pool

    async def analyse(
        self, session: InterviewSession, vectors: list[tuple[str, bytes | None]]
    ) -> InterviewReport | None:
        """Analyse the session's answers (None when there are none) with their stored vectors."""
        data = interview_input(session)
        if not data.answers:
            return None
        started = time.perf_counter()
        calls: list[LLMCall] = []
        report = await self.pool.run(analyse_with_vectors, data, vectors)
        if self.settings.ai_provider != "offline":
            from mockinterview.coaching.llm import analyze_with_llm

            report, calls = await analyze_with_llm(data, self.settings, report)
        if report.engine == "offline":
            calls.append(offline_call("analysis", OFFLINE_MODEL, started))
        for call in calls:
            self.usage.record(session.user_id, session.session_uuid, call)
        return report

    async def coach(
        self,
        session: InterviewSession,
        metrics: dict[str, Any],
        vectors: list[tuple[str, bytes | None]],
    ) -> tuple[dict[str, Any], list[AnswerSkill]]:
        """The session's summary with coaching added and the skill rows to store.

        Answers get their own feedback; the scores are written to their columns.
        """
        report = await self.analyse(session, vectors)
        skills = record_scores(session, report)
        if report is None:
            return metrics, skills
        by_question = {a.question_uuid: a for a in report.answers}
        for response in session.responses:
            answer = by_question.get(response.question_uuid)
            response.coaching = answer.model_dump(mode="json") if answer else None
        return {**metrics, **coaching_summary(report)}, skills

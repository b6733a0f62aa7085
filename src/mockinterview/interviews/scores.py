"""The coaching report's numbers kept as columns, written once when the report is stored."""

from typing import Any

from mockinterview.coaching.schemas import DIMENSIONS, InterviewReport
from mockinterview.interviews.models import AnswerSkill, InterviewSession, SessionResponse

SKILL_LENGTH = 200


def _column(dimension: str) -> str:
    """The interview column holding one dimension's score."""
    return f"{dimension}_score"


def dimension_scores(session: InterviewSession) -> dict[str, int] | None:
    """The four dimension scores of a coached interview, read from their columns."""
    if session.overall_score is None:
        return None
    scores = {name: getattr(session, _column(name)) for name in DIMENSIONS}
    return {name: score for name, score in scores.items() if score is not None}


def score_fields(session: InterviewSession) -> dict[str, Any]:
    """The seed's coaching_score and dimension_scores summary fields, from the columns."""
    if session.overall_score is None:
        return {}
    return {"coaching_score": session.overall_score, "dimension_scores": dimension_scores(session)}


def answer_skills(
    response: SessionResponse, skills_used: list[str], skills_missed: list[str]
) -> list[AnswerSkill]:
    """One row per skill the question expected: covered or missed by the answer."""
    rows = [(skill, True) for skill in skills_used] + [(skill, False) for skill in skills_missed]
    return [
        AnswerSkill(
            session_id=response.session_id,
            question_uuid=response.question_uuid,
            skill=skill[:SKILL_LENGTH],
            covered=covered,
        )
        for skill, covered in rows
    ]


def record_scores(session: InterviewSession, report: InterviewReport | None) -> list[AnswerSkill]:
    """Write the interview's scores to their columns; the skill rows to store.

    Each answer's score, fillers and pace reach their columns when its report is stored
    (SessionResponse.coaching).
    """
    session.overall_score = report.overall_score if report else None
    for name in DIMENSIONS:
        dimension = report.dimensions.get(name) if report else None
        setattr(session, _column(name), dimension.score if dimension else None)
    by_question = {a.question_uuid: a for a in report.answers} if report else {}
    skills: list[AnswerSkill] = []
    for response in session.responses:
        answer = by_question.get(response.question_uuid)
        if answer is not None:
            skills += answer_skills(
                response, answer.metrics.skills_used, answer.metrics.skills_missed
            )
    return skills

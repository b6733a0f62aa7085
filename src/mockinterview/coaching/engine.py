"""The offline coaching engine: deterministic, pure, no I/O."""

from mockinterview.coaching import summary
from mockinterview.coaching.analysis import Analysis, analyze, embed_ahead
from mockinterview.coaching.dimensions import dimensions
from mockinterview.coaching.jobterms import extract_job_terms
from mockinterview.coaching.report import answer_report
from mockinterview.coaching.schemas import (
    AnswerInput,
    AnswerReport,
    InterviewInput,
    InterviewReport,
)

ENGINE_NAME = "offline"
ANSWER_SHARE = 0.6


def _job_terms(job_description: str | None) -> tuple[str, ...]:
    return extract_job_terms(job_description) if job_description and job_description.strip() else ()


def analyze_answer(answer: AnswerInput, job_description: str | None = None) -> AnswerReport:
    """Score and coach one answer."""
    return answer_report(analyze(answer, _job_terms(job_description)))


def overall_score(analyses: list[Analysis], dimension_scores: list[int]) -> int:
    """0.6 x mean answer score + 0.4 x mean dimension score."""
    if not analyses:
        return 0
    answers = sum(a.score for a in analyses) / len(analyses)
    dims = sum(dimension_scores) / len(dimension_scores)
    return max(0, min(100, round(ANSWER_SHARE * answers + (1 - ANSWER_SHARE) * dims)))


def analyze_interview(data: InterviewInput) -> InterviewReport:
    """Score and coach a whole interview."""
    terms = _job_terms(data.job_description)
    questions = [answer.question for answer in data.answers]
    embed_ahead(data.answers)
    analyses = [
        analyze(answer, terms, tuple(q for q in questions if q != answer.question))
        for answer in data.answers
    ]
    dims = dimensions(analyses)
    recs = summary.recommendations(analyses) if analyses else []
    used = {t for a in analyses for t in a.job.used}
    overall = overall_score(analyses, [d.score for d in dims.values()])
    return InterviewReport(
        engine=ENGINE_NAME,
        overall_score=overall,
        dimensions=dims,
        strengths=summary.strengths(analyses, dims),
        areas_for_improvement=summary.areas(analyses, dims),
        recommendations=recs,
        most_used_words=summary.most_used_words(analyses),
        job_terms_used=[t for t in terms if t in used],
        job_terms_missed=[t for t in terms if t not in used],
        answers=[answer_report(a) for a in analyses],
        coaching_feedback=summary.coaching_paragraph(analyses, overall, dims, recs),
    )

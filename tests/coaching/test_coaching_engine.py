"""The engine's public interface: report shape, determinism, edge cases."""

import json

from coaching_cases import JOB_DESCRIPTION, QUESTIONS

from mockinterview.coaching import AnswerInput, InterviewInput, InterviewReport
from mockinterview.coaching.engine import analyze_answer, analyze_interview
from mockinterview.coaching.schemas import AnswerMetrics

DIMENSIONS = {"communication", "technical_knowledge", "problem_solving", "confidence"}


def interview(kind: str = "strong") -> InterviewInput:
    answers = [
        AnswerInput(**q.payload(getattr(q, kind)), duration_seconds=90, mode="spoken")
        for q in QUESTIONS
    ]
    return InterviewInput(job_description=JOB_DESCRIPTION, answers=answers)


def test_report_has_every_part() -> None:
    report = analyze_interview(interview())
    assert report.engine == "offline" and report.fallback_reason is None
    assert set(report.dimensions) == DIMENSIONS
    for dim in report.dimensions.values():
        assert 0 <= dim.score <= 100 and dim.components and dim.explanation
    assert report.strengths and report.recommendations and report.coaching_feedback
    assert report.most_used_words and all(w.count > 1 for w in report.most_used_words)
    assert {"Python", "Redis", "HIPAA"} <= set(report.job_terms_used)
    assert len(report.answers) == len(QUESTIONS)
    for answer, question in zip(report.answers, QUESTIONS, strict=True):
        assert answer.question_uuid == question.key and answer.category == question.category
        assert answer.feedback.fix_first and answer.feedback.summary
        assert answer.metrics.words_per_minute is not None


def test_weak_interview_gets_areas_and_recommendations() -> None:
    report = analyze_interview(interview("weak"))
    assert report.areas_for_improvement and len(report.recommendations) >= 3
    assert all(a.feedback.strong_answer_adds for a in report.answers)


def test_strong_answer_adds_come_from_the_question_framework() -> None:
    question = QUESTIONS[0]
    report = analyze_answer(AnswerInput(**question.payload(question.weak)))
    adds = " ".join(report.feedback.strong_answer_adds)
    assert question.star_framework and question.star_framework["result"] in adds
    assert question.guidance in adds


def test_analysis_is_deterministic_and_serialisable() -> None:
    first = analyze_interview(interview()).model_dump_json()
    assert first == analyze_interview(interview()).model_dump_json()
    InterviewReport.model_validate(json.loads(first))


def test_every_metric_is_reported() -> None:
    report = analyze_answer(AnswerInput(**QUESTIONS[0].payload(QUESTIONS[0].strong)))
    assert set(report.metrics.model_dump()) == set(AnswerMetrics.model_fields)
    assert {"relevance", "structure", "specificity", "substance", "delivery", "validity"} <= set(
        report.score_components
    )


def test_empty_interview() -> None:
    report = analyze_interview(InterviewInput(answers=[]))
    assert report.overall_score == 0 and report.answers == []
    assert set(report.dimensions) == DIMENSIONS


def test_uncategorised_answers_get_an_inferred_category() -> None:
    report = analyze_answer(
        AnswerInput(question="Explain the difference between TCP and UDP.", answer="TCP is ...")
    )
    assert report.category == "technical"


def test_answer_score_matches_its_components() -> None:
    from mockinterview.coaching.scoring import COVERAGE_SHARE, grade_to_base, score_model

    report = analyze_answer(AnswerInput(**QUESTIONS[0].payload(QUESTIONS[0].strong)))
    comps = report.score_components
    base = grade_to_base(score_model().grade(comps, report.category))
    base = (1 - COVERAGE_SHARE) * base + COVERAGE_SHARE * comps["coverage"]
    assert abs(report.coaching_score - 100 * base * comps["validity"]) <= 1.5

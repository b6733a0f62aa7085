"""The LLM coaching engine: the offline metrics, judged and explained by a language model."""

import json
from typing import Any

import anyio
from pydantic import BaseModel, Field

from mockinterview.ai.client import LLMError, run_structured
from mockinterview.coaching.engine import analyze_interview
from mockinterview.coaching.lexicon import wordset
from mockinterview.coaching.schemas import (
    DIMENSIONS,
    AnswerFeedback,
    AnswerReport,
    DimensionScore,
    InterviewInput,
    InterviewReport,
    LLMCall,
)
from mockinterview.config import Settings

OPERATION = "analysis"
ANSWER_CHARS = 6000
DEGENERATE_FLAGS = wordset(
    "empty too_short padded repetitive gibberish keyword_list copied_question off_topic "
    "no_reasons rambling"
)
DEGENERATE_MAX = 20
SYSTEM_PROMPT = """\
You are an experienced interviewer coaching a candidate after a mock interview.
Score each answer from 0 to 100 the way a fair, demanding interviewer would: reward answers
that address the question, use one concrete example, show what the candidate personally did,
end with a result (measured when possible) and, for technical questions, explain the approach
and its trade-offs. Length, buzzwords and listed skills earn nothing on their own.

Each answer comes with metrics from a deterministic analyser (word counts, fillers, hedges,
structure parts found, skills matched, figures, relevance, flags). Treat these counts as
facts and never contradict them; judge the quality they cannot see. An answer with any of the
flags empty, too_short, padded, repetitive, gibberish, keyword_list, copied_question,
off_topic, no_reasons or rambling scores 20 or less, except rambling in a spoken transcript,
which costs one grade: 45 or less.

Write to the candidate as "you". Every sentence of feedback must be specific to this
candidate's words; never invent experience they did not mention. Keep lists to at most four
short items. Return one entry per answer, numbered as given, and dimension scores for
communication, technical knowledge, problem solving and confidence."""


class LLMAnswerCoaching(BaseModel):
    """The model's verdict on one answer."""

    number: int = Field(description="The answer's number, as given")
    coaching_score: int = Field(description="0-100")
    summary: str = Field(description="One sentence")
    worked: list[str]
    fix_first: str = Field(description="The single most valuable change")
    strong_answer_adds: list[str]


class LLMInterviewCoaching(BaseModel):
    """The model's verdict on the whole interview."""

    overall_score: int = Field(description="0-100")
    communication: int = Field(description="0-100")
    technical_knowledge: int = Field(description="0-100")
    problem_solving: int = Field(description="0-100")
    confidence: int = Field(description="0-100")
    strengths: list[str]
    areas_for_improvement: list[str]
    recommendations: list[str] = Field(description="Concrete practice steps")
    coaching_feedback: str = Field(description="A short paragraph")
    answers: list[LLMAnswerCoaching]


def _answer_facts(number: int, a: AnswerReport, data: InterviewInput) -> dict[str, Any]:
    source = data.answers[number - 1]
    m = a.metrics
    parts = m.star or m.technical or m.company
    return {
        "number": number,
        "question": a.question,
        "category": a.category,
        "difficulty": source.difficulty,
        "expected_skills": source.expected_skills,
        "strong_answer_contains": source.star_framework,
        "interviewer_guidance": source.interviewer_guidance,
        "answer": source.answer[:ANSWER_CHARS],
        "metrics": {
            "offline_score": a.coaching_score,
            "score_components": a.score_components,
            "word_count": m.word_count,
            "words_per_minute": m.words_per_minute,
            "fillers_found": m.fillers_found,
            "hedges_found": m.hedges_found,
            "structure_parts_found": {name: p.present for name, p in parts.items()},
            "skills_used": m.skills_used,
            "skills_missed": m.skills_missed,
            "figures": m.numbers[:10],
            "outcomes": m.outcomes[:10],
            "named_tools": m.named_tools[:10],
            "i_count": m.i_count,
            "we_count": m.we_count,
            "relevance": m.relevance,
            "flags": m.flags,
            "mode": m.mode,
            "meaning_similarity_to_question": m.semantic_similarity,
            "fits_another_question_better": m.better_matching_question,
            "skill_evidence": m.skill_evidence,
            "result_figures": m.result_figures,
            "sentence_roles": [r.role for r in m.sentence_roles],
        },
    }


def build_prompt(data: InterviewInput, report: InterviewReport) -> str:
    """The user prompt: the interview with every answer's offline metrics, as JSON."""
    document = {
        "job_description": data.job_description,
        "job_terms_used": report.job_terms_used,
        "job_terms_missed": report.job_terms_missed,
        "offline_overall_score": report.overall_score,
        "offline_dimension_scores": {k: d.score for k, d in report.dimensions.items()},
        "answers": [_answer_facts(i, a, data) for i, a in enumerate(report.answers, start=1)],
    }
    return "Coach this mock interview.\n\n" + json.dumps(document, indent=1, ensure_ascii=False)


def _clamp(value: int) -> int:
    return max(0, min(100, value))


def _merge_answer(offline: AnswerReport, verdict: LLMAnswerCoaching | None) -> AnswerReport:
    if verdict is None:
        return offline
    score = _clamp(verdict.coaching_score)
    if DEGENERATE_FLAGS.intersection(offline.metrics.flags):
        score = min(score, max(offline.coaching_score, DEGENERATE_MAX))
    old = offline.feedback
    feedback = AnswerFeedback(
        worked=verdict.worked or old.worked,
        fix_first=verdict.fix_first.strip() or old.fix_first,
        strong_answer_adds=verdict.strong_answer_adds or old.strong_answer_adds,
        summary=verdict.summary.strip() or old.summary,
    )
    return offline.model_copy(update={"coaching_score": score, "feedback": feedback})


def merge(report: InterviewReport, coaching: LLMInterviewCoaching, engine: str) -> InterviewReport:
    """The offline report with the model's scores and texts; metrics and evidence stay offline."""
    verdicts = {v.number: v for v in coaching.answers}
    dimensions = {
        name: DimensionScore(
            score=_clamp(getattr(coaching, name)),
            components=report.dimensions[name].components,
            explanation=f"Judged by {engine} from the answers and the offline metrics in "
            f"components (offline score {report.dimensions[name].score}).",
        )
        for name in DIMENSIONS
    }
    return report.model_copy(
        update={
            "engine": engine,
            "fallback_reason": None,
            "overall_score": _clamp(coaching.overall_score),
            "dimensions": dimensions,
            "strengths": coaching.strengths or report.strengths,
            "areas_for_improvement": coaching.areas_for_improvement or report.areas_for_improvement,
            "recommendations": coaching.recommendations or report.recommendations,
            "coaching_feedback": coaching.coaching_feedback.strip() or report.coaching_feedback,
            "answers": [
                _merge_answer(a, verdicts.get(i)) for i, a in enumerate(report.answers, start=1)
            ],
        }
    )


async def analyze_with_llm(
    data: InterviewInput, settings: Settings, offline: InterviewReport | None = None
) -> tuple[InterviewReport, list[LLMCall]]:
    """Coach with the configured model, grounded in the offline metrics; offline on any failure.

    `offline` is the offline engine's report when the caller has it already.
    """
    report = offline if offline else await anyio.to_thread.run_sync(analyze_interview, data)
    if settings.ai_provider == "offline":
        return report, []
    if not data.answers:
        return report.model_copy(update={"fallback_reason": "there were no answers to send"}), []
    try:
        coaching, call = await run_structured(
            settings, OPERATION, SYSTEM_PROMPT, build_prompt(data, report), LLMInterviewCoaching
        )
    except LLMError as exc:
        reason = f"The {settings.ai_provider} model failed ({exc}); this is the offline analysis."
        return report.model_copy(update={"fallback_reason": reason}), [exc.call]
    return merge(report, coaching, f"{settings.ai_provider}:{settings.ai_model}"), [call]

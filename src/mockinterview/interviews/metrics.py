"""Summary metrics computed from the stored responses (never from client numbers)."""

from typing import Any

from mockinterview.coaching.text import word_count
from mockinterview.interviews.models import InterviewSession
from mockinterview.questionbank.schemas import CATEGORIES


def count_words(text: str) -> int:
    """Words in an answer, by the same tokenizer the coaching report counts with."""
    return word_count(text)


def performance_summary(session: InterviewSession) -> dict[str, Any]:
    """completion_percentage, total_words, avg_response_time and category_breakdown."""
    responses = session.responses
    total = len(session.questions)
    breakdown: dict[str, int] = dict.fromkeys(CATEGORIES, 0)
    for response in responses:
        breakdown[response.question_category] = breakdown.get(response.question_category, 0) + 1
    durations = [r.response_duration_seconds for r in responses]
    return {
        "completion_percentage": round(100 * len(responses) / total, 1) if total else 0.0,
        "questions_answered": len(responses),
        "total_questions": total,
        "total_words": sum(r.word_count for r in responses),
        "avg_words_per_answer": round(sum(r.word_count for r in responses) / len(responses), 1)
        if responses
        else 0.0,
        "avg_response_time": round(sum(durations) / len(durations), 1) if durations else 0.0,
        "total_response_time": round(sum(durations), 1),
        "category_breakdown": breakdown,
    }

"""Answer analysis and coaching: an offline engine by default, a language model optionally."""

from mockinterview.coaching.engine import analyze_answer, analyze_interview
from mockinterview.coaching.schemas import (
    AnswerInput,
    AnswerReport,
    DimensionScore,
    InterviewInput,
    InterviewReport,
    LLMCall,
)

__all__ = [
    "AnswerInput",
    "AnswerReport",
    "DimensionScore",
    "InterviewInput",
    "InterviewReport",
    "LLMCall",
    "analyze_answer",
    "analyze_interview",
]

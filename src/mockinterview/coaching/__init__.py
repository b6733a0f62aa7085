"""Answer analysis and coaching: an offline engine by default, a language model optionally.

The engine itself (`coaching.engine`) loads on first use, so importing the schemas stays light.
"""

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
]

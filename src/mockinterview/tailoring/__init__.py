"""Interview questions tailored to a resume and, optionally, a job description."""

from mockinterview.tailoring.generator import generate_tailored_questions
from mockinterview.tailoring.profile import extract_profile
from mockinterview.tailoring.requirements import extract_requirements
from mockinterview.tailoring.schemas import (
    BankQuestion,
    GeneratedQuestion,
    JobRequirements,
    QuestionSource,
    ResumeProfile,
)

__all__ = [
    "BankQuestion",
    "GeneratedQuestion",
    "JobRequirements",
    "QuestionSource",
    "ResumeProfile",
    "extract_profile",
    "extract_requirements",
    "generate_tailored_questions",
]

"""Imports every table so that Base.metadata is complete (for Alembic and create_all)."""

from mockinterview.accounts.models import AccessToken, LoginAttempt, User
from mockinterview.db import Base
from mockinterview.interviews.models import (
    AnswerSkill,
    InterviewSession,
    SessionQuestion,
    SessionResponse,
)
from mockinterview.jobs.models import Job
from mockinterview.questionbank.models import Industry, Question, Role
from mockinterview.recordings.models import Recording, RecordingBlob
from mockinterview.resumes.models import Resume
from mockinterview.usage.models import UsageLog

__all__ = [
    "AccessToken",
    "AnswerSkill",
    "Base",
    "Industry",
    "InterviewSession",
    "Job",
    "LoginAttempt",
    "Question",
    "Recording",
    "RecordingBlob",
    "Resume",
    "Role",
    "SessionQuestion",
    "SessionResponse",
    "UsageLog",
    "User",
]

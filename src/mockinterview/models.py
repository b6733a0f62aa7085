"""Imports every table so that Base.metadata is complete (for Alembic and create_all)."""

from mockinterview.accounts.models import AccessToken, LoginAttempt, User
from mockinterview.db import Base
from mockinterview.interviews.models import InterviewSession, SessionQuestion, SessionResponse
from mockinterview.questionbank.models import Industry, Question, Role
from mockinterview.resumes.models import Resume
from mockinterview.usage.models import UsageLog

__all__ = [
    "AccessToken",
    "Base",
    "Industry",
    "InterviewSession",
    "LoginAttempt",
    "Question",
    "Resume",
    "Role",
    "SessionQuestion",
    "SessionResponse",
    "UsageLog",
    "User",
]

"""Imports every table so that Base.metadata is complete (for Alembic and create_all)."""

from mockinterview.accounts.lifecycle_models import (
    AdminAction,
    PasswordReset,
    ResetRequest,
    SsoIdentity,
)
from mockinterview.accounts.models import AccessToken, LoginAttempt, User
from mockinterview.db import Base
from mockinterview.interviews.models import (
    AnswerSkill,
    InterviewSession,
    SessionQuestion,
    SessionResponse,
)
from mockinterview.jobs.models import Job
from mockinterview.ops.models import WorkerHeartbeat
from mockinterview.questionbank.models import Industry, Question, Role
from mockinterview.recordings.models import Recording, RecordingBlob
from mockinterview.resumes.models import Resume
from mockinterview.usage.models import UsageLog

__all__ = [
    "AccessToken",
    "AdminAction",
    "AnswerSkill",
    "Base",
    "Industry",
    "InterviewSession",
    "Job",
    "LoginAttempt",
    "PasswordReset",
    "Question",
    "Recording",
    "RecordingBlob",
    "ResetRequest",
    "Resume",
    "Role",
    "SessionQuestion",
    "SessionResponse",
    "SsoIdentity",
    "UsageLog",
    "User",
    "WorkerHeartbeat",
]

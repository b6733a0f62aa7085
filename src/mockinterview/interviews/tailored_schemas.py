"""Request and response shapes of the /api/mock-interviews API (seed 000)."""

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from mockinterview.interviews.schemas import (
    MAX_ANSWER_CHARS,
    MAX_DURATION_SECONDS,
    QuestionView,
    SpokenFields,
)
from mockinterview.interviews.timing import MAX_TIME_LIMIT, MIN_TIME_LIMIT

MAX_JOB_DESCRIPTION = 30_000


class CreateInterview(BaseModel):
    """A new interview in setup; resume and job description may come now or at generation."""

    title: str | None = Field(default=None, max_length=200)
    resume_id: str | None = Field(default=None, max_length=36)
    job_description: str | None = Field(default=None, max_length=MAX_JOB_DESCRIPTION)
    time_limit_seconds: int | None = Field(
        default=None,
        ge=MIN_TIME_LIMIT,
        le=MAX_TIME_LIMIT,
        description="Seconds allowed for each answer; null for an untimed interview.",
    )
    follow_ups: bool = Field(
        default=False, description="Ask one follow-up question after an answer with a clear gap."
    )


class GenerateQuestions(BaseModel):
    """Which resume and job description to write the questions for."""

    resume_id: str = Field(min_length=1, max_length=36)
    job_description: str | None = Field(default=None, max_length=MAX_JOB_DESCRIPTION)


class TranscriptAnswer(BaseModel):
    """A final answer sent with an autosave."""

    question_uuid: str = Field(max_length=64)
    response_text: str = Field(max_length=MAX_ANSWER_CHARS)
    response_duration_seconds: float = Field(default=0, ge=0, le=MAX_DURATION_SECONDS)


class UpdateTranscript(BaseModel):
    """Autosave: the draft of the current answer, and optionally finished answers."""

    current_question_index: int | None = Field(default=None, ge=0)
    draft_text: str | None = Field(default=None, max_length=MAX_ANSWER_CHARS)
    draft_elapsed_seconds: float | None = Field(default=None, ge=0, le=MAX_DURATION_SECONDS)
    responses: list[TranscriptAnswer] = Field(default_factory=list, max_length=50)


class EditQuestion(BaseModel):
    """A corrected question prompt."""

    prompt: str = Field(min_length=10, max_length=1000)


class TranscriptEntry(SpokenFields):
    """One question and its answer (a spoken one with its recording and transcript)."""

    question_uuid: str
    question: str
    answer: str
    duration_seconds: float
    word_count: int
    timestamp: datetime


class SessionData(BaseModel):
    """Progress of the interview: times, transcript, the autosaved draft."""

    start_time: datetime | None
    end_time: datetime | None
    duration_seconds: float | None
    current_question_index: int
    transcript: list[TranscriptEntry]
    draft_text: str | None
    draft_elapsed_seconds: float | None


class InterviewOut(BaseModel):
    """An interview as seed 000 shows it."""

    id: str
    title: str
    kind: str
    status: str
    resume_id: str | None
    resume_title: str | None
    job_description: str | None
    difficulty_level: str
    questions: list[QuestionView]
    session_data: SessionData
    analysis: dict[str, Any] | None
    performance_summary: dict[str, Any] | None
    metadata: dict[str, Any]
    created_at: datetime
    time_limit_seconds: int | None = None
    follow_ups: bool = False
    retake_of: str | None = None


class InterviewListItem(BaseModel):
    """An interview in a list: its settings, progress and score, without questions or answers."""

    id: str
    title: str
    kind: str
    status: str
    resume_id: str | None
    resume_title: str | None
    difficulty_level: str
    total_questions: int
    answered_questions: int
    overall_score: float | None
    start_time: datetime | None
    end_time: datetime | None
    performance_summary: dict[str, Any] | None
    metadata: dict[str, Any]
    created_at: datetime


class ReportOut(BaseModel):
    """The analysis report of a completed interview."""

    id: str
    title: str
    status: str
    analysis: dict[str, Any]
    performance_summary: dict[str, Any]
    transcript: list[TranscriptEntry]

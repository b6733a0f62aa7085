"""Tables of interview sessions, their questions and the candidate's responses."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mockinterview.db import Base, UTCDateTime, utcnow
from mockinterview.recordings.models import Recording
from mockinterview.resumes.models import Resume


def split_coaching(
    report: dict[str, Any] | None,
) -> tuple[dict[str, Any] | None, int | None, int | None, float | None]:
    """An answer's report as (JSON without the column values, score, fillers, pace)."""
    if report is None:
        return None, None, None, None
    metrics = dict(report.get("metrics") or {})
    fillers, pace = metrics.pop("filler_count", None), metrics.pop("words_per_minute", None)
    rest = {k: v for k, v in report.items() if k != "coaching_score"}
    return {**rest, "metrics": metrics}, report.get("coaching_score"), fillers, pace


def joined_coaching(
    stored: dict[str, Any] | None, score: int | None, fillers: int | None, pace: float | None
) -> dict[str, Any] | None:
    """An answer's whole report from its JSON and its columns (split_coaching reversed)."""
    if stored is None:
        return None
    metrics = {**(stored.get("metrics") or {}), "filler_count": fillers, "words_per_minute": pace}
    return {**stored, "coaching_score": score, "metrics": metrics}


class InterviewSession(Base):
    """One practice interview, from the bank (UC-077) or tailored to a resume."""

    __tablename__ = "interview_sessions"
    __table_args__ = (
        Index("ix_interview_sessions_user_status", "user_id", "status"),
        Index("ix_interview_sessions_role_difficulty", "role_uuid", "difficulty_level"),
        Index("ix_interview_sessions_started_at", "started_at"),
        Index("ix_interview_sessions_user_created", "user_id", "created_at"),
        Index("ix_interview_sessions_user_completed", "user_id", "completed_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_uuid: Mapped[str] = mapped_column(
        String(36), unique=True, default=lambda: str(uuid.uuid4())
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="bank")
    scenario_name: Mapped[str] = mapped_column(String(300))
    role_uuid: Mapped[str | None] = mapped_column(ForeignKey("roles.id"), nullable=True)
    industry_uuid: Mapped[str | None] = mapped_column(ForeignKey("industries.id"), nullable=True)
    difficulty_level: Mapped[str] = mapped_column(String(8), default="mid")
    company_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default="in_progress")
    current_question_index: Mapped[int] = mapped_column(Integer, default=0)
    performance_summary: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    meta: Mapped[dict[str, Any]] = mapped_column("metadata", JSON, default=dict)
    resume_id: Mapped[int | None] = mapped_column(
        ForeignKey("resumes.id", ondelete="SET NULL"), nullable=True
    )
    job_description: Mapped[str | None] = mapped_column(Text, nullable=True)
    draft_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    draft_elapsed_seconds: Mapped[float | None] = mapped_column(Float, nullable=True)
    # Timed mode: seconds allowed per answer (None: untimed) and when the current question opened.
    time_limit_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    question_opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    follow_ups: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # A retake points at the first interview of its chain (the one first answered).
    retake_of: Mapped[str | None] = mapped_column(
        ForeignKey("interview_sessions.session_uuid", ondelete="SET NULL"),
        nullable=True,
        index=True,
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Written once when the coaching report is stored (read by analytics, never parsed back).
    overall_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    communication_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    technical_knowledge_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    problem_solving_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    confidence_score: Mapped[int | None] = mapped_column(Integer, nullable=True)

    __mapper_args__ = {"version_id_col": version}

    resume: Mapped["Resume | None"] = relationship(lazy="selectin")
    questions: Mapped[list["SessionQuestion"]] = relationship(
        order_by="SessionQuestion.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
    )
    responses: Mapped[list["SessionResponse"]] = relationship(
        order_by="SessionResponse.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
    )


class SessionQuestion(Base):
    """A question as it was put in one session (a snapshot, so history never shifts)."""

    __tablename__ = "session_questions"
    __table_args__ = (
        UniqueConstraint("session_id", "position"),
        UniqueConstraint("session_id", "question_uuid"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("interview_sessions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    question_uuid: Mapped[str] = mapped_column(String(64))
    prompt: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(16))
    difficulty: Mapped[str] = mapped_column(String(8))
    expected_skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    star_framework: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    interviewer_guidance: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    sources: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, nullable=True)
    probe_kind: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # A follow-up question asked after the answer to this parent question.
    parent_question_uuid: Mapped[str | None] = mapped_column(String(64), nullable=True)

    @property
    def is_follow_up(self) -> bool:
        """Whether the interviewer asked this after the answer to another question."""
        return self.parent_question_uuid is not None


class SessionResponse(Base):
    """The candidate's answer to one question of a session."""

    __tablename__ = "session_responses"
    __table_args__ = (
        UniqueConstraint("session_id", "question_uuid"),
        Index("ix_session_responses_question_score", "question_uuid", "coaching_score"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("interview_sessions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    question_uuid: Mapped[str] = mapped_column(String(64))
    response_text: Mapped[str] = mapped_column(Text)
    response_duration_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    word_count: Mapped[int] = mapped_column(Integer)
    question_category: Mapped[str] = mapped_column(String(16))
    question_difficulty: Mapped[str] = mapped_column(String(8))
    timestamp: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # This answer's part of the coaching report, without what its columns below hold.
    coaching_json: Mapped[dict[str, Any] | None] = mapped_column("coaching", JSON, nullable=True)
    answer_mode: Mapped[str] = mapped_column(String(8), default="typed", server_default="typed")
    over_time: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Spoken answers: the transcript is written by a background job (pending, ready, failed).
    transcript_status: Mapped[str | None] = mapped_column(String(8), nullable=True)
    transcript_error: Mapped[str | None] = mapped_column(String(300), nullable=True)
    raw_transcript: Mapped[str | None] = mapped_column(Text, nullable=True)
    transcript_words: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, nullable=True)
    voice_metrics: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    # Written with the coaching report, for analytics: score, fillers and pace of the answer.
    coaching_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    filler_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    words_per_minute: Mapped[float | None] = mapped_column(Float, nullable=True)
    recording: Mapped["Recording | None"] = relationship(lazy="selectin", uselist=False)

    @property
    def coaching(self) -> dict[str, Any] | None:
        """This answer's part of the coaching report, whole (its columns joined back in)."""
        return joined_coaching(
            self.coaching_json, self.coaching_score, self.filler_count, self.words_per_minute
        )

    @coaching.setter
    def coaching(self, report: dict[str, Any] | None) -> None:
        """Store the answer's report once: score, fillers and pace in columns, the rest as JSON."""
        self.coaching_json, self.coaching_score, self.filler_count, self.words_per_minute = (
            split_coaching(report)
        )

    @property
    def recording_type(self) -> str | None:
        """audio or video, for a recorded answer."""
        return self.recording.kind if self.recording else None

    @property
    def recording_duration(self) -> float | None:
        """The recording's length in seconds, measured from the file."""
        return self.recording.duration_seconds if self.recording else None

    @property
    def audio_url(self) -> str | None:
        """Where the owner plays the recording back (audio and video alike)."""
        return f"/api/recordings/{self.recording.recording_uuid}" if self.recording else None

    @property
    def video_url(self) -> str | None:
        """Where the owner plays a filmed answer back."""
        return self.audio_url if self.recording and self.recording.kind == "video" else None

    # Read only when coaching (SessionRepository.sentence_vectors), never with the session.
    sentence_vectors: Mapped[bytes | None] = mapped_column(
        LargeBinary, nullable=True, deferred=True, deferred_raiseload=True
    )


class AnswerSkill(Base):
    """One skill a question expected, and whether the coached answer to it covered it.

    An answer is known by its interview and question (as session_responses' unique key).
    """

    __tablename__ = "answer_skills"
    __table_args__ = (
        Index("ix_answer_skills_session", "session_id"),
        Index("ix_answer_skills_gaps", "covered", "question_uuid", "skill"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("interview_sessions.id", ondelete="CASCADE"))
    question_uuid: Mapped[str] = mapped_column(String(64))
    skill: Mapped[str] = mapped_column(String(200))
    covered: Mapped[bool] = mapped_column(Boolean)

"""Request and response shapes of the /api/mock-interview API (seed UC-077)."""

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from mockinterview.coaching.schemas import AnswerMode
from mockinterview.interviews.timing import MAX_TIME_LIMIT, MIN_TIME_LIMIT
from mockinterview.questionbank.schemas import Category, Difficulty, StarFramework

MAX_ANSWER_CHARS = 20_000
MAX_DURATION_SECONDS = 3 * 60 * 60


class StartRequest(BaseModel):
    """What the candidate chose on the start page."""

    role_uuid: str = Field(min_length=1, max_length=32)
    industry_uuid: str | None = Field(default=None, max_length=32)
    difficulty_level: Difficulty = "mid"
    include_behavioral: bool = True
    include_technical: bool = True
    include_situational: bool = True
    include_company: bool = True
    company_name: str | None = Field(default=None, max_length=120)
    time_limit_seconds: int | None = Field(
        default=None,
        ge=MIN_TIME_LIMIT,
        le=MAX_TIME_LIMIT,
        description="Seconds allowed for each answer; null for an untimed interview.",
    )
    follow_ups: bool = Field(
        default=False, description="Ask one follow-up question after an answer with a clear gap."
    )

    @model_validator(mode="after")
    def _some_category(self) -> "StartRequest":
        if not (
            self.include_behavioral
            or self.include_technical
            or self.include_situational
            or self.include_company
        ):
            raise ValueError("Choose at least one question category.")
        return self

    def categories(self) -> list[Category]:
        """The included categories, in interview order."""
        chosen: list[tuple[Category, bool]] = [
            ("behavioral", self.include_behavioral),
            ("technical", self.include_technical),
            ("situational", self.include_situational),
            ("company", self.include_company),
        ]
        return [name for name, included in chosen if included]


class SubmitRequest(BaseModel):
    """One answer. word_count from a client is accepted but the server counts itself."""

    response_text: str = Field(max_length=MAX_ANSWER_CHARS)
    response_duration_seconds: float = Field(default=0, ge=0, le=MAX_DURATION_SECONDS)
    word_count: int | None = None
    question_uuid: str | None = Field(default=None, max_length=64)
    answer_mode: AnswerMode = "typed"
    over_time: bool = Field(
        default=False,
        description="The candidate chose to keep going past the limit (the server also checks).",
    )


class RetakeRequest(BaseModel):
    """Which questions to answer again (all of the interview's own questions by default)."""

    question_uuids: list[Annotated[str, Field(min_length=1, max_length=64)]] | None = Field(
        default=None, max_length=50
    )


class CompleteRequest(BaseModel):
    """Accepted for compatibility; the server computes the summary itself."""

    performance_summary: dict[str, Any] | None = None


class QuestionView(BaseModel):
    """A question of a session in full, with its place in the sequence."""

    uuid: str
    question_uuid: str
    question_number: int
    total_questions: int
    prompt: str
    category: Category
    difficulty: Difficulty
    expected_skills: list[str]
    star_framework: StarFramework | None
    interviewer_guidance: str
    reason: str | None = None
    sources: list[dict[str, Any]] | None = None
    probe_kind: str | None = None
    is_follow_up: bool = False
    parent_question_uuid: str | None = None


class SpokenFields(BaseModel):
    """What a recorded answer adds: its recording, transcript and delivery from the voice."""

    model_config = ConfigDict(from_attributes=True)

    answer_mode: str = "typed"
    over_time: bool = False
    recording_type: Literal["audio", "video"] | None = None
    audio_url: str | None = None
    video_url: str | None = None
    recording_duration: float | None = None
    transcript_status: Literal["pending", "ready", "failed"] | None = None
    transcript_error: str | None = None
    raw_transcript: str | None = None
    transcript_words: list[dict[str, Any]] | None = None
    voice_metrics: dict[str, Any] | None = None


class ResponseOut(SpokenFields):
    """A stored answer."""

    question_uuid: str
    response_text: str
    response_duration_seconds: float
    word_count: int
    question_category: Category
    question_difficulty: Difficulty
    timestamp: datetime
    coaching: dict[str, Any] | None = None


class CorrectTranscript(BaseModel):
    """The corrected text of a spoken answer."""

    response_text: str = Field(min_length=1, max_length=MAX_ANSWER_CHARS)


class SessionFields(BaseModel):
    """What every view of a session shows: who, which role and level, when, where it stands."""

    session_uuid: str
    user_uuid: str
    kind: str
    scenario_name: str
    role_uuid: str | None
    industry_uuid: str | None
    difficulty_level: Difficulty
    company_name: str | None
    categories: list[str]
    current_question_index: int
    total_questions: int
    status: str
    performance_summary: dict[str, Any] | None
    created_at: datetime
    started_at: datetime | None
    completed_at: datetime | None
    metadata: dict[str, Any]
    time_limit_seconds: int | None = None
    follow_ups: bool = False
    retake_of: str | None = None


class SessionOut(SessionFields):
    """A session as the seed's MockInterviewSession, plus the current question in full.

    Its performance summary carries the whole coaching report.
    """

    question_sequence: list[str]
    responses: list[ResponseOut]
    current_question: QuestionView | None
    questions: list[QuestionView]


class SessionListItem(SessionFields):
    """A session in a list: scores without the coaching report, and no questions or answers."""

    answered_questions: int


class StartOut(SessionOut):
    """A new session and its first question."""

    first_question: QuestionView | None


class SubmitOut(BaseModel):
    """The outcome of a submit, with the next question in full (null when done)."""

    success: bool
    duplicate: bool
    current_question_index: int
    next_question: QuestionView | None
    response: ResponseOut


class CompleteOut(BaseModel):
    """A completed session's summary."""

    status: str
    completed_at: datetime
    metrics: dict[str, Any]


class StatusOut(BaseModel):
    """A session's new status."""

    status: str


class DetailOut(BaseModel):
    """A plain confirmation."""

    detail: str

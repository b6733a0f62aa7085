"""API shapes of /api/mock-interview/analytics."""

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

Bucket = Literal["week", "month"]


class TrendSession(BaseModel):
    """One completed interview with its scores, metrics and habits."""

    session_uuid: str
    completed_at: datetime
    overall_score: int | None
    dimension_scores: dict[str, int] | None
    completion_percentage: float
    questions_answered: int
    total_words: int
    avg_response_time: float
    avg_words_per_answer: float | None
    fillers_per_100_words: float | None
    words_per_minute: float | None = Field(description="Average pace of spoken answers.")
    difficulty_level: str
    role_uuid: str | None
    kind: str


class BucketAverage(BaseModel):
    """Average scores of the interviews completed in one week or month."""

    bucket: date
    interviews: int
    overall_score: float | None
    dimension_scores: dict[str, float | None]


class CategoryAverage(BaseModel):
    """The average coaching score of the answers in one category, in one week or month."""

    bucket: date
    category: str
    answers: int
    average_score: float | None


class DifficultyAverage(BaseModel):
    """Average scores of the interviews at one difficulty level."""

    difficulty_level: str
    interviews: int
    overall_score: float | None
    dimension_scores: dict[str, float | None]


class HabitPoint(BaseModel):
    """Speaking and writing habits of one week or month."""

    bucket: date
    answers: int
    fillers_per_100_words: float | None
    words_per_minute: float | None = Field(description="Average pace of spoken answers.")
    avg_words_per_answer: float | None


class PerformanceTrends(BaseModel):
    """The user's completed interviews in time order, with averages over time."""

    bucket: Bucket
    sessions: list[TrendSession]
    buckets: list[BucketAverage]
    categories: list[CategoryAverage]
    difficulties: list[DifficultyAverage]
    habits: list[HabitPoint]


class Milestone(BaseModel):
    """One interview singled out in the user's progress."""

    session_uuid: str
    completed_at: datetime
    overall_score: int
    dimension_scores: dict[str, int]


class ScoreChange(BaseModel):
    """Latest minus first: overall and per dimension."""

    overall_score: int
    dimension_scores: dict[str, int]


class MissedSkill(BaseModel):
    """A skill the user's answers often left out, and whether the latest answer covered it."""

    skill: str
    times_asked: int
    times_missed: int
    improved: bool


class PracticeNext(BaseModel):
    """The weakest area, with a link that starts an interview focused on it."""

    category: str | None
    average_score: float | None
    skills: list[str]
    role_uuid: str | None
    difficulty_level: str | None
    start_url: str
    start_request: dict[str, object] | None = Field(
        description="A body for POST /api/mock-interview/start focused on the category."
    )


class UserProgress(BaseModel):
    """Progress from the first to the latest interview."""

    interviews_completed: int
    first: Milestone | None
    latest: Milestone | None
    best: Milestone | None
    change: ScoreChange | None
    streak_days: int = Field(description="Consecutive days with a completed interview, to today.")
    longest_streak_days: int
    missed_skills: list[MissedSkill]
    practice_next: PracticeNext | None


class Percentiles(BaseModel):
    """Percentiles of per-user average scores (linear interpolation)."""

    p25: float
    p50: float
    p75: float
    p90: float


class RoleBenchmark(BaseModel):
    """How the user's scores for a role compare with everyone's (no one else's data shown)."""

    role_uuid: str
    difficulty: str | None
    users: int
    min_users: int
    percentiles: dict[str, Percentiles] | None
    reason: str | None
    your_scores: dict[str, float] | None
    your_percentile: dict[str, float] | None


class RoleInsight(BaseModel):
    """Interviews, completion and average score of one role."""

    role_uuid: str
    interviews: int
    completed: int
    completion_rate: float | None
    average_overall_score: float | None


class SkillCount(BaseModel):
    """A skill and how many answers missed it."""

    skill: str
    times_missed: int


class HardQuestion(BaseModel):
    """A question with a low average score over at least k answers."""

    question_uuid: str
    prompt: str
    answers: int
    average_score: float


class AbandonPoint(BaseModel):
    """How many abandoned interviews stopped at a question (1 = the first)."""

    question_number: int
    interviews: int


class IndustryInsight(BaseModel):
    """Everything the insights show about one industry."""

    industry_uuid: str
    name: str
    interviews: int
    completed: int
    completion_rate: float | None
    average_overall_score: float | None
    roles: list[RoleInsight]
    missed_skills: list[SkillCount]
    hardest_questions: list[HardQuestion]
    abandoned_at: list[AbandonPoint]


class IndustryInsights(BaseModel):
    """Industry benchmarks for administrators."""

    min_answers: int
    industries: list[IndustryInsight]

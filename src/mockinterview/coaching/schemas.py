"""Input and report shapes of the coaching engines."""

from typing import Literal

from pydantic import BaseModel, Field

from mockinterview.coaching.voice import VoiceMetrics

Category = Literal["behavioral", "technical", "situational", "company"]
Difficulty = Literal["entry", "mid", "senior"]
AnswerMode = Literal["typed", "spoken"]
EvidenceKind = Literal[
    "filler",
    "hedge",
    "star_situation",
    "star_task",
    "star_action",
    "star_result",
    "tech_approach",
    "tech_tradeoffs",
    "tech_example",
    "company_motivation",
    "company_research",
    "company_fit",
    "company_contribution",
    "skill",
    "job_term",
    "metric",
    "outcome",
    "tool",
]
DIMENSIONS = ("communication", "technical_knowledge", "problem_solving", "confidence")


class AnswerInput(BaseModel):
    """One question and the candidate's answer, with what the question bank knows about it."""

    question: str
    answer: str
    category: Category | None = None
    difficulty: Difficulty | None = None
    expected_skills: list[str] = Field(default_factory=list)
    star_framework: dict[str, str] | None = None
    interviewer_guidance: str | None = None
    duration_seconds: float | None = None
    question_uuid: str | None = None
    mode: AnswerMode = "typed"
    voice: VoiceMetrics | None = None


class InterviewInput(BaseModel):
    """All answers of one interview, with the job description when there is one."""

    answers: list[AnswerInput]
    job_description: str | None = None


class StructurePart(BaseModel):
    """One structural part of an answer and the sentence that shows it best."""

    present: bool
    strength: float = Field(ge=0, le=1)
    sentence: str | None = None
    start: int | None = None
    end: int | None = None


class SentenceRole(BaseModel):
    """The role one sentence plays in the answer, as the trained classifier reads it."""

    sentence: str
    start: int
    end: int
    role: str
    confidence: float


class AnswerMetrics(BaseModel):
    """Every measurement the offline engine takes of one answer."""

    mode: AnswerMode = "typed"
    word_count: int
    content_word_count: int = 0
    sentence_count: int
    words_per_minute: float | None
    filler_count: int
    fillers_per_100_words: float
    fillers_found: dict[str, int]
    hedge_count: int
    hedges_per_100_words: float
    hedges_found: dict[str, int]
    repetition_ratio: float
    avg_sentence_length: float
    longest_sentence_words: int
    function_word_ratio: float
    unique_content_words: int
    novel_content_words: int
    star: dict[str, StructurePart]
    technical: dict[str, StructurePart]
    company: dict[str, StructurePart]
    structure_completeness: float
    story_markers: int
    skills_used: list[str]
    skills_missed: list[str]
    skill_coverage: float | None
    job_terms_used: list[str]
    job_terms_missed: list[str]
    numbers: list[str]
    outcomes: list[str]
    named_tools: list[str]
    specificity: float
    generic_per_100_words: float
    i_count: int
    we_count: int
    ownership_ratio: float | None
    relevance: float
    question_overlap: float | None
    flags: list[str]
    semantic_similarity: float = 0.0
    better_matching_question: str | None = None
    skill_evidence: dict[str, str] = Field(default_factory=dict)
    result_figures: list[str] = Field(default_factory=list)
    sentence_roles: list[SentenceRole] = Field(default_factory=list)
    voice: VoiceMetrics | None = Field(
        default=None,
        description="Spoken answers: pace, long pauses and fillers with their times in the "
        "recording (seconds), answer length and vocal variety.",
    )


class EvidenceSpan(BaseModel):
    """A character range of the answer that supports a finding."""

    kind: EvidenceKind
    start: int
    end: int
    text: str


class AnswerFeedback(BaseModel):
    """Coaching for one answer."""

    worked: list[str]
    fix_first: str
    strong_answer_adds: list[str]
    summary: str


class AnswerReport(BaseModel):
    """Score, metrics, coaching and evidence for one answer."""

    question_uuid: str | None = None
    question: str
    category: Category
    coaching_score: int = Field(ge=0, le=100)
    score_components: dict[str, float]
    metrics: AnswerMetrics
    feedback: AnswerFeedback
    evidence: list[EvidenceSpan]


class DimensionScore(BaseModel):
    """A 0-100 score for one dimension, with the metrics it came from."""

    score: int = Field(ge=0, le=100)
    components: dict[str, float]
    explanation: str


class WordCount(BaseModel):
    """A word and how often the candidate used it."""

    word: str
    count: int


class InterviewReport(BaseModel):
    """The coaching report for a whole interview."""

    engine: str = "offline"
    fallback_reason: str | None = None
    overall_score: int = Field(ge=0, le=100)
    dimensions: dict[str, DimensionScore]
    strengths: list[str]
    areas_for_improvement: list[str]
    recommendations: list[str]
    most_used_words: list[WordCount]
    job_terms_used: list[str]
    job_terms_missed: list[str] = Field(default_factory=list)
    answers: list[AnswerReport]
    coaching_feedback: str


class LLMCall(BaseModel):
    """One call to a language model, for usage and cost tracking."""

    operation: str
    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    latency_ms: int = 0
    success: bool
    error: str | None = None

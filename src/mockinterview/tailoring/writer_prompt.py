"""The model's brief for tailored questions, its output shape, and grounding its answer."""

from typing import Literal

from pydantic import BaseModel, Field

from mockinterview.tailoring.schemas import GeneratedQuestion, ProbeKind, QuestionSource

QUESTION_COUNT = 10
MAX_DOCUMENT_CHARS = 20_000

SYSTEM_PROMPT = (
    "You are an experienced hiring manager preparing a realistic interview for one candidate. "
    "Write exactly 10 questions that an interviewer for this job would ask this person: "
    "must-have requirements the resume does not show, where the resume's strengths meet the "
    "job's core needs, the most senior role, the biggest quantified achievement, claims worth "
    "checking, and motivation for the role; include one system-design or problem-solving "
    "question, and never build a question from the company's description of itself. For "
    "every question give the skills a strong answer shows, what a strong STAR answer holds "
    "(behavioral and situational only), guidance for the interviewer, a one-sentence reason, "
    "source_quote: a whole sentence or bullet copied exactly, character for character, from "
    "the resume or the job description that the question is about, and probe_kind: gap, "
    "overlap, achievement, claim, design or motivation. A draft set written by a rule-based "
    "generator is included; improve on it, keep what is good."
)


class WrittenQuestion(BaseModel):
    """One question as the model writes it."""

    prompt: str = Field(min_length=10, max_length=600)
    category: Literal["behavioral", "technical", "situational", "company"]
    difficulty: Literal["entry", "mid", "senior"] = "mid"
    expected_skills: list[str] = Field(default_factory=list, max_length=6)
    star_framework: dict[str, str] | None = None
    interviewer_guidance: str = ""
    reason: str = Field(min_length=5, max_length=400)
    source_quote: str | None = None
    probe_kind: ProbeKind | None = None


class WrittenQuestions(BaseModel):
    """The model's whole answer."""

    questions: list[WrittenQuestion] = Field(min_length=1, max_length=15)


def user_prompt(resume: str, job: str | None, draft: list[GeneratedQuestion]) -> str:
    """The documents and the offline draft, clipped to a sensible size."""
    drafted = "\n".join(f"- [{q.category}, {q.probe_kind or 'bank'}] {q.prompt}" for q in draft)
    return (
        f"RESUME:\n{resume[:MAX_DOCUMENT_CHARS]}\n\n"
        f"JOB DESCRIPTION:\n{(job or '(none given)')[:MAX_DOCUMENT_CHARS]}\n\n"
        f"DRAFT QUESTIONS:\n{drafted}"
    )


def _sources(quote: str | None, resume: str, job: str | None) -> list[QuestionSource]:
    """A source only when the quote really is in one of the documents."""
    text = (quote or "").strip()
    if len(text) < 4:
        return []
    if text in resume:
        return [QuestionSource(kind="resume", quote=text)]
    if job and text in job:
        return [QuestionSource(kind="job_description", quote=text)]
    return []


def grounded_questions(
    written: WrittenQuestions, resume: str, job: str | None, offline: list[GeneratedQuestion]
) -> list[GeneratedQuestion]:
    """The model's questions with verified sources, deduplicated, topped up from the draft."""
    result: list[GeneratedQuestion] = []
    seen: set[str] = set()
    for q in written.questions:
        key = " ".join(q.prompt.lower().split())
        if key in seen:
            continue
        seen.add(key)
        structured = q.category in ("behavioral", "situational")
        result.append(
            GeneratedQuestion(
                prompt=q.prompt.strip(),
                category=q.category,
                difficulty=q.difficulty,
                expected_skills=[s.strip().lower() for s in q.expected_skills if s.strip()],
                star_framework=q.star_framework if structured else None,
                interviewer_guidance=q.interviewer_guidance or None,
                reason=q.reason.strip(),
                sources=_sources(q.source_quote, resume, job),
                probe_kind=q.probe_kind,
            )
        )
    for draft in offline:
        if len(result) >= QUESTION_COUNT:
            break
        if " ".join(draft.prompt.lower().split()) not in seen:
            result.append(draft)
    return result[:QUESTION_COUNT]

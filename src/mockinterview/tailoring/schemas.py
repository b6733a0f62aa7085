"""Shapes of tailored question generation: inputs, what was read, and the questions."""

from typing import Literal

from pydantic import BaseModel, Field

Category = Literal["behavioral", "technical", "situational", "company"]
Difficulty = Literal["entry", "mid", "senior"]
SourceKind = Literal["resume", "job_description", "bank"]
ProbeKind = Literal["gap", "overlap", "achievement", "claim", "design", "motivation"]
CATEGORY_ORDER: tuple[Category, ...] = ("behavioral", "technical", "situational", "company")


class BankQuestion(BaseModel):
    """A question-bank entry offered to the generator as filler material."""

    question_uuid: str
    prompt: str
    category: Category
    difficulty: Difficulty
    expected_skills: list[str] = Field(default_factory=list)
    star_framework: dict[str, str] | None = None
    interviewer_guidance: str | None = None


class QuestionSource(BaseModel):
    """Where a question came from: an exact line of a document, or a bank question id."""

    kind: SourceKind
    quote: str


class GeneratedQuestion(BaseModel):
    """A question tailored to one candidate, with the reason it was asked."""

    prompt: str
    category: Category
    difficulty: Difficulty
    expected_skills: list[str] = Field(default_factory=list)
    star_framework: dict[str, str] | None = None
    interviewer_guidance: str | None = None
    reason: str
    sources: list[QuestionSource] = Field(default_factory=list)
    bank_question_uuid: str | None = None
    probe_kind: ProbeKind | None = None


class SourcedText(BaseModel):
    """A piece of information and the exact line it was read from."""

    text: str
    line: str


class Skill(BaseModel):
    """A skill or tool named in a document."""

    name: str
    field: str
    line: str
    lines: list[str] = Field(default_factory=list)
    listed: bool = False
    mentions: int = 1


class Role(BaseModel):
    """A dated position from the experience section of a resume."""

    title: str | None = None
    employer: str | None = None
    start: str
    end: str
    current: bool = False
    line: str
    date_line: str


class Project(BaseModel):
    """A project the resume names, from a Projects section or a "built/led/..." line."""

    name: str
    line: str
    verb: str | None = None


class Achievement(BaseModel):
    """A measurable result claimed on the resume."""

    text: str
    metric: str
    line: str
    strength: int = 1
    kind: Literal["result", "scale"] = "result"


class EmploymentGap(BaseModel):
    """More than six months between two dated roles."""

    months: int
    start: str
    end: str
    before: Role
    after: Role


class TimeAway(BaseModel):
    """The months since the latest dated role ended, when the resume shows no current role."""

    months: int
    since: str
    last: Role


class ResumeProfile(BaseModel):
    """What was read from a resume; every item keeps the line it came from."""

    skills: list[Skill] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    achievements: list[Achievement] = Field(default_factory=list)
    education: list[SourcedText] = Field(default_factory=list)
    volunteering: list[SourcedText] = Field(default_factory=list)
    years_experience: float | None = None
    years_line: str | None = None
    gaps: list[EmploymentGap] = Field(default_factory=list)
    aim: SourcedText | None = None
    time_away: TimeAway | None = None
    studying: SourcedText | None = None


class Requirement(BaseModel):
    """One line of a job description's requirements or nice-to-haves."""

    text: str
    line: str
    preferred: bool = False
    skills: list[str] = Field(default_factory=list)


class JobRequirements(BaseModel):
    """What was read from a job description; every item keeps the line it came from."""

    title: SourcedText | None = None
    company: SourcedText | None = None
    required_skills: list[Skill] = Field(default_factory=list)
    preferred_skills: list[Skill] = Field(default_factory=list)
    requirements: list[Requirement] = Field(default_factory=list)
    responsibilities: list[SourcedText] = Field(default_factory=list)
    seniority: Difficulty | None = None
    seniority_line: str | None = None
    years_required: int | None = None
    years_line: str | None = None

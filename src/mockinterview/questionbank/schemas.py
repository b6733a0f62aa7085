"""Shapes of the question bank: the data file and the read API."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Category = Literal["behavioral", "technical", "situational", "company"]
Difficulty = Literal["entry", "mid", "senior"]
CATEGORIES: tuple[Category, ...] = ("behavioral", "technical", "situational", "company")
DIFFICULTIES: tuple[Difficulty, ...] = ("entry", "mid", "senior")


class StarFramework(BaseModel):
    """What a strong answer holds in each STAR part."""

    situation: str
    task: str
    action: str
    result: str


class IndustryOut(BaseModel):
    """An industry."""

    model_config = ConfigDict(from_attributes=True)

    id: str
    name: str


class RoleOut(BaseModel):
    """A role."""

    model_config = ConfigDict(from_attributes=True)

    id: str
    industry_id: str
    title: str
    description: str


class QuestionOut(BaseModel):
    """A bank question as the API shows it."""

    question_uuid: str
    prompt: str
    category: Category
    difficulty: Difficulty
    industry_id: str
    role_id: str | None
    expected_skills: list[str]
    star_framework: StarFramework | None
    interviewer_guidance: str


class QuestionPage(BaseModel):
    """One page of questions."""

    items: list[QuestionOut]
    total: int
    page: int
    page_size: int


class BankQuestion(BaseModel):
    """A question in the bank's data file."""

    id: str = Field(min_length=1, max_length=64)
    prompt: str = Field(min_length=10)
    category: Category
    difficulty: Difficulty
    role: str | None = None
    expected_skills: list[str] = Field(default_factory=list)
    star_framework: StarFramework | None = None
    interviewer_guidance: str = ""

    @model_validator(mode="after")
    def _technical_has_role(self) -> "BankQuestion":
        if self.category == "technical" and not self.role:
            raise ValueError(f"technical question {self.id} must name its role")
        return self


class BankRole(BaseModel):
    """A role in the bank's data file."""

    id: str
    title: str
    description: str = ""


class BankIndustry(BaseModel):
    """An industry in the bank's data file."""

    id: str
    name: str


class BankFile(BaseModel):
    """One industry's part of the bank, as shipped or exported."""

    industry: BankIndustry
    roles: list[BankRole]
    questions: list[BankQuestion]


class BankExport(BaseModel):
    """The whole bank in one file."""

    version: str
    industries: list[BankFile]

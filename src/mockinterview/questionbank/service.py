"""Question bank rules: lookups with clear errors and prompt rendering."""

from collections.abc import Sequence
from typing import Any

from mockinterview.errors import NotFound
from mockinterview.questionbank.models import Industry, Question, Role
from mockinterview.questionbank.repository import QuestionBankRepository
from mockinterview.questionbank.schemas import QuestionOut, StarFramework

COMPANY_PLACEHOLDER = "{company}"


def render_prompt(prompt: str, company_name: str | None) -> str:
    """The prompt with its {company} placeholder filled in."""
    return prompt.replace(COMPANY_PLACEHOLDER, company_name or "this company")


def question_out(question: Question, company_name: str | None = None) -> QuestionOut:
    """The API view of a bank question."""
    return QuestionOut(
        question_uuid=question.question_uuid,
        prompt=render_prompt(question.prompt, company_name),
        category=question.category,  # type: ignore[arg-type]
        difficulty=question.difficulty,  # type: ignore[arg-type]
        industry_id=question.industry_id,
        role_id=question.role_id,
        expected_skills=question.expected_skills,
        star_framework=StarFramework(**question.star_framework)
        if question.star_framework
        else None,
        interviewer_guidance=question.interviewer_guidance,
    )


class QuestionBankService:
    """Read-side use cases of the bank."""

    def __init__(self, repo: QuestionBankRepository) -> None:
        self.repo = repo

    async def industries(self) -> Sequence[Industry]:
        """All industries."""
        return await self.repo.industries()

    async def choices(self) -> list[dict[str, Any]]:
        """Industries that have roles, each with its roles, for the pickers of the start page."""
        roles_by_industry: dict[str, list[dict[str, str]]] = {}
        for role in await self.repo.roles():
            roles_by_industry.setdefault(role.industry_id, []).append(
                {"id": role.id, "title": role.title, "description": role.description}
            )
        return [
            {"id": industry.id, "name": industry.name, "roles": roles_by_industry[industry.id]}
            for industry in await self.repo.industries()
            if industry.id in roles_by_industry
        ]

    async def industry(self, industry_id: str) -> Industry:
        """One industry; 404 when unknown."""
        industry = await self.repo.industry(industry_id)
        if industry is None:
            raise NotFound(f"Industry {industry_id!r} not found.")
        return industry

    async def roles_of(self, industry_id: str) -> Sequence[Role]:
        """Roles of an industry; 404 when the industry is unknown."""
        await self.industry(industry_id)
        return await self.repo.roles(industry_id)

    async def role(self, role_id: str) -> Role:
        """One role; 404 when unknown."""
        role = await self.repo.role(role_id)
        if role is None:
            raise NotFound(f"Role {role_id!r} not found.")
        return role

    async def question(self, question_uuid: str) -> Question:
        """One question; 404 when unknown."""
        question = await self.repo.question(question_uuid)
        if question is None:
            raise NotFound(f"Question {question_uuid!r} not found.")
        return question

    async def search(
        self,
        category: str | None,
        difficulty: str | None,
        role_uuid: str | None,
        page: int,
        page_size: int,
    ) -> tuple[Sequence[Question], int]:
        """A page of questions matching the filters."""
        role = await self.role(role_uuid) if role_uuid else None
        return await self.repo.search(category, difficulty, role, (page - 1) * page_size, page_size)

"""HTTP routes of /api/question-bank (read-only, signed-in users)."""

from typing import Annotated

from fastapi import APIRouter, Query

from mockinterview.accounts.deps import CurrentUser
from mockinterview.api_responses import errors
from mockinterview.questionbank.deps import BankService
from mockinterview.questionbank.schemas import (
    Category,
    Difficulty,
    IndustryOut,
    QuestionOut,
    QuestionPage,
    RoleOut,
)
from mockinterview.questionbank.service import question_out

router = APIRouter(prefix="/api/question-bank", tags=["question bank"], responses=errors(401, 422))


@router.get("/industries", response_model=list[IndustryOut])
async def list_industries(_: CurrentUser, service: BankService) -> list[IndustryOut]:
    """Every industry of the bank."""
    return [IndustryOut.model_validate(i) for i in await service.industries()]


@router.get("/industries/{industry_id}/roles", response_model=list[RoleOut], responses=errors(404))
async def list_roles(industry_id: str, _: CurrentUser, service: BankService) -> list[RoleOut]:
    """The roles of one industry."""
    return [RoleOut.model_validate(r) for r in await service.roles_of(industry_id)]


@router.get("/questions", response_model=QuestionPage, responses=errors(404))
async def list_questions(
    _: CurrentUser,
    service: BankService,
    category: Category | None = None,
    difficulty: Difficulty | None = None,
    role_uuid: str | None = None,
    page: Annotated[int, Query(ge=1, le=100000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=100)] = 20,
) -> QuestionPage:
    """Questions filtered by category, difficulty and role, a page at a time."""
    rows, total = await service.search(category, difficulty, role_uuid, page, page_size)
    return QuestionPage(
        items=[question_out(q) for q in rows], total=total, page=page, page_size=page_size
    )


@router.get("/questions/{question_uuid}", response_model=QuestionOut, responses=errors(404))
async def get_question(question_uuid: str, _: CurrentUser, service: BankService) -> QuestionOut:
    """One question with its STAR framework and guidance."""
    return question_out(await service.question(question_uuid))

"""Every query on the question bank."""

from collections.abc import Sequence

from sqlalchemy import Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.questionbank.models import Industry, Question, Role


class QuestionBankRepository:
    """Data access for industries, roles and questions."""

    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def industries(self) -> Sequence[Industry]:
        """All industries by id."""
        return (await self.db.scalars(select(Industry).order_by(Industry.id))).all()

    async def industry(self, industry_id: str) -> Industry | None:
        """One industry."""
        return await self.db.get(Industry, industry_id)

    async def roles(self, industry_id: str | None = None) -> Sequence[Role]:
        """Roles, optionally of one industry, by id."""
        query = select(Role).order_by(Role.id)
        if industry_id is not None:
            query = query.where(Role.industry_id == industry_id)
        return (await self.db.scalars(query)).all()

    async def role(self, role_id: str) -> Role | None:
        """One role."""
        return await self.db.get(Role, role_id)

    async def question(self, question_uuid: str) -> Question | None:
        """One question."""
        return await self.db.get(Question, question_uuid)

    async def questions_by_ids(self, ids: Sequence[str]) -> dict[str, Question]:
        """Questions keyed by id."""
        rows = await self.db.scalars(select(Question).where(Question.question_uuid.in_(ids)))
        return {q.question_uuid: q for q in rows}

    async def all_questions(self) -> Sequence[Question]:
        """Every question, in id order."""
        return (await self.db.scalars(select(Question).order_by(Question.question_uuid))).all()

    def _filtered(
        self, category: str | None, difficulty: str | None, role: Role | None
    ) -> Select[Question]:
        query = select(Question)
        if category is not None:
            query = query.where(Question.category == category)
        if difficulty is not None:
            query = query.where(Question.difficulty == difficulty)
        if role is not None:
            shared = (Question.role_id.is_(None)) & (Question.industry_id == role.industry_id)
            query = query.where(or_(Question.role_id == role.id, shared))
        return query

    async def search(
        self,
        category: str | None,
        difficulty: str | None,
        role: Role | None,
        offset: int,
        limit: int,
    ) -> tuple[Sequence[Question], int]:
        """One page of matching questions and the total count."""
        query = self._filtered(category, difficulty, role)
        total = await self.db.scalar(select(func.count()).select_from(query.subquery()))
        rows = await self.db.scalars(
            query.order_by(Question.question_uuid).offset(offset).limit(limit)
        )
        return rows.all(), int(total or 0)

    async def candidate_ids(self, category: str, difficulty: str, role: Role) -> list[str]:
        """Ids of the questions a session for this role may draw in one category."""
        query = self._filtered(category, difficulty, role).with_only_columns(Question.question_uuid)
        return list((await self.db.scalars(query.order_by(Question.question_uuid))).all())

    def add(self, obj: Industry | Role | Question) -> None:
        """Stage a new row."""
        self.db.add(obj)

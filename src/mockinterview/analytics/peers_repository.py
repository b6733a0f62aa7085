"""Queries across users: role benchmarks and industry insights (aggregates only)."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.analytics.sql import S, dimension_averages
from mockinterview.interviews.models import AnswerSkill, SessionResponse
from mockinterview.questionbank.models import Industry, Question, Role

R = SessionResponse


class PeersRepository:
    """Data access for comparisons between users."""

    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def role_exists(self, role_uuid: str) -> bool:
        """Whether the role is in the question bank."""
        return await self.db.scalar(select(Role.id).where(Role.id == role_uuid)) is not None

    async def practiced_roles(self, user_id: int, limit: int) -> Sequence[Any]:
        """The roles and levels of the user's scored interviews, the most practiced first."""
        count = func.count().label("interviews")
        query = (
            select(S.role_uuid, S.difficulty_level, Role.title, count)
            .join(Role, Role.id == S.role_uuid)
            .where(S.user_id == user_id, S.status == "completed", S.overall_score.is_not(None))
            .group_by(S.role_uuid, S.difficulty_level, Role.title)
            .order_by(count.desc(), S.role_uuid, S.difficulty_level)
            .limit(limit)
        )
        return (await self.db.execute(query)).all()

    async def user_averages(self, role_uuid: str, difficulty: str | None) -> Sequence[Any]:
        """Each user's average scores for the role (and level), one row per user."""
        conditions = [
            S.role_uuid == role_uuid,
            S.status == "completed",
            S.overall_score.is_not(None),
        ]
        if difficulty is not None:
            conditions.append(S.difficulty_level == difficulty)
        query = (
            select(
                S.user_id, func.avg(S.overall_score).label("overall_score"), *dimension_averages()
            )
            .where(*conditions)
            .group_by(S.user_id)
        )
        return (await self.db.execute(query)).all()

    async def industry_names(self) -> dict[str, str]:
        """Every industry's name by id."""
        return {
            row.id: row.name for row in await self.db.execute(select(Industry.id, Industry.name))
        }

    async def role_totals(self) -> Sequence[Any]:
        """Interviews, completed and abandoned ones, and score sums per industry and role."""
        query = (
            select(
                S.industry_uuid,
                S.role_uuid,
                func.count().label("interviews"),
                func.sum(case((S.status == "completed", 1), else_=0)).label("completed"),
                func.sum(case((S.status == "abandoned", 1), else_=0)).label("abandoned"),
                func.sum(S.overall_score).label("score_sum"),
                func.count(S.overall_score).label("scored"),
            )
            .where(S.industry_uuid.is_not(None))
            .group_by(S.industry_uuid, S.role_uuid)
            .order_by(S.industry_uuid, S.role_uuid)
        )
        return (await self.db.execute(query)).all()

    async def missed_skills(self, per_industry: int) -> Sequence[Any]:
        """How often answers to bank questions missed each skill, per industry (most first).

        Counted per question and skill from the gaps index, then added up per industry.
        """
        per_question = (
            select(AnswerSkill.question_uuid, AnswerSkill.skill, func.count().label("missed"))
            .where(AnswerSkill.covered == False)  # noqa: E712 (an indexable comparison)
            .group_by(AnswerSkill.question_uuid, AnswerSkill.skill)
            .subquery()
        )
        missed = func.sum(per_question.c.missed)
        ranked = (
            select(
                Question.industry_id,
                per_question.c.skill,
                missed.label("missed"),
                func.row_number()
                .over(
                    partition_by=Question.industry_id,
                    order_by=(missed.desc(), per_question.c.skill),
                )
                .label("rank"),
            )
            .join(Question, Question.question_uuid == per_question.c.question_uuid)
            .group_by(Question.industry_id, per_question.c.skill)
            .subquery()
        )
        query = (
            select(ranked.c.industry_id.label("industry_uuid"), ranked.c.skill, ranked.c.missed)
            .where(ranked.c.rank <= per_industry)
            .order_by(ranked.c.industry_id, ranked.c.rank)
        )
        return (await self.db.execute(query)).all()

    async def hardest_questions(self, min_answers: int, per_industry: int) -> Sequence[Any]:
        """Bank questions with the lowest average answer score (at least min_answers answers)."""
        scores = (
            select(
                R.question_uuid,
                func.count(R.coaching_score).label("answers"),
                func.avg(R.coaching_score).label("average"),
            )
            .group_by(R.question_uuid)
            .having(func.count(R.coaching_score) >= min_answers)
            .subquery()
        )
        ranked = (
            select(
                Question.industry_id,
                Question.question_uuid,
                Question.prompt,
                scores.c.answers,
                scores.c.average,
                func.row_number()
                .over(
                    partition_by=Question.industry_id,
                    order_by=(scores.c.average, Question.question_uuid),
                )
                .label("rank"),
            )
            .join(scores, scores.c.question_uuid == Question.question_uuid)
            .subquery()
        )
        query = (
            select(ranked)
            .where(ranked.c.rank <= per_industry)
            .order_by(ranked.c.industry_id, ranked.c.rank)
        )
        return (await self.db.execute(query)).all()

    async def abandon_points(self) -> Sequence[Any]:
        """How many abandoned interviews stopped at each question, per industry."""
        query = (
            select(S.industry_uuid, S.current_question_index, func.count().label("interviews"))
            .where(S.status == "abandoned", S.industry_uuid.is_not(None))
            .group_by(S.industry_uuid, S.current_question_index)
            .order_by(S.industry_uuid, S.current_question_index)
        )
        return (await self.db.execute(query)).all()

"""Every query behind one user's trends and progress (aggregated by the database)."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.analytics.sql import (
    DIMENSION_COLUMNS,
    S,
    TrendFilter,
    bucket_of,
    completed_by,
    day_of,
    dimension_averages,
)
from mockinterview.interviews.models import AnswerSkill, SessionQuestion, SessionResponse

R = SessionResponse
NO_FILTER = TrendFilter()


def _habit_sums() -> list[Any]:
    """Fillers and the words they were counted in, pace of spoken answers, answer length."""
    return [
        func.count(R.id).label("answers"),
        func.sum(R.filler_count).label("fillers"),
        func.sum(case((R.filler_count.is_not(None), R.word_count))).label("filler_words"),
        func.avg(case((R.answer_mode == "spoken", R.words_per_minute))).label("pace"),
        func.avg(R.word_count).label("avg_words"),
    ]


class AnalyticsRepository:
    """Data access for one user's analytics."""

    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def sessions(self, user_id: int, f: TrendFilter) -> Sequence[Any]:
        """The user's completed interviews in time order, with their answers' sums."""
        questions = (
            select(func.count(SessionQuestion.id))
            .where(SessionQuestion.session_id == S.id)
            .scalar_subquery()
        )
        query = (
            select(
                S.session_uuid,
                S.completed_at,
                S.overall_score,
                *[column.label(name) for name, column in DIMENSION_COLUMNS.items()],
                S.difficulty_level,
                S.role_uuid,
                S.kind,
                questions.label("total_questions"),
                func.coalesce(func.sum(R.word_count), 0).label("total_words"),
                func.avg(R.response_duration_seconds).label("avg_time"),
                *_habit_sums(),
            )
            .select_from(S)
            .outerjoin(R, R.session_id == S.id)
            .where(*completed_by(user_id, f))
            .group_by(S.id)
            .order_by(S.completed_at, S.id)
        )
        return (await self.db.execute(query)).all()

    async def bucket_averages(self, user_id: int, f: TrendFilter, unit: str) -> Sequence[Any]:
        """Average scores per week or month."""
        bucket = bucket_of(self.db, S.completed_at, unit).label("bucket")
        query = (
            select(
                bucket, func.count().label("interviews"), func.avg(S.overall_score).label("overall")
            )
            .add_columns(*dimension_averages())
            .where(*completed_by(user_id, f))
            .group_by(bucket)
            .order_by(bucket)
        )
        return (await self.db.execute(query)).all()

    async def category_averages(self, user_id: int, f: TrendFilter, unit: str) -> Sequence[Any]:
        """The answers' average coaching score per week or month and category."""
        bucket = bucket_of(self.db, S.completed_at, unit).label("bucket")
        query = (
            select(
                bucket,
                R.question_category.label("category"),
                func.count(R.coaching_score).label("answers"),
                func.avg(R.coaching_score).label("average"),
            )
            .join(R, R.session_id == S.id)
            .where(*completed_by(user_id, f))
            .group_by(bucket, R.question_category)
            .order_by(bucket, R.question_category)
        )
        return (await self.db.execute(query)).all()

    async def difficulty_averages(self, user_id: int, f: TrendFilter) -> Sequence[Any]:
        """Average scores per difficulty level."""
        query = (
            select(
                S.difficulty_level,
                func.count().label("interviews"),
                func.avg(S.overall_score).label("overall"),
                *dimension_averages(),
            )
            .where(*completed_by(user_id, f))
            .group_by(S.difficulty_level)
            .order_by(S.difficulty_level)
        )
        return (await self.db.execute(query)).all()

    async def habits(self, user_id: int, f: TrendFilter, unit: str) -> Sequence[Any]:
        """Fillers, pace and answer length per week or month."""
        bucket = bucket_of(self.db, S.completed_at, unit).label("bucket")
        query = (
            select(bucket, *_habit_sums())
            .join(R, R.session_id == S.id)
            .where(*completed_by(user_id, f))
            .group_by(bucket)
            .order_by(bucket)
        )
        return (await self.db.execute(query)).all()

    async def milestone(self, user_id: int, which: str) -> Any:
        """The first, latest or best scored interview of the user (None without any)."""
        order = {
            "first": (S.completed_at, S.id),
            "latest": (S.completed_at.desc(), S.id.desc()),
            "best": (S.overall_score.desc(), S.completed_at.desc(), S.id.desc()),
        }[which]
        query = (
            select(
                S.session_uuid,
                S.completed_at,
                S.overall_score,
                *[column.label(name) for name, column in DIMENSION_COLUMNS.items()],
            )
            .where(*completed_by(user_id, NO_FILTER), S.overall_score.is_not(None))
            .order_by(*order)
            .limit(1)
        )
        return (await self.db.execute(query)).first()

    async def completed_count(self, user_id: int) -> int:
        """How many interviews the user completed."""
        query = select(func.count()).select_from(S).where(*completed_by(user_id, NO_FILTER))
        return int(await self.db.scalar(query) or 0)

    async def practice_days(self, user_id: int) -> list[str]:
        """The distinct days (YYYY-MM-DD) with a completed interview, newest first."""
        day = day_of(self.db, S.completed_at).label("day")
        query = (
            select(day).where(*completed_by(user_id, NO_FILTER)).group_by(day).order_by(day.desc())
        )
        return [row.day for row in await self.db.execute(query)]

    async def skill_history(self, user_id: int, limit: int) -> Sequence[Any]:
        """The skills the user's answers missed most, with when each was last covered and missed."""
        missed = func.sum(case((AnswerSkill.covered.is_(False), 1), else_=0)).label("missed")
        query = (
            select(
                AnswerSkill.skill,
                func.count().label("asked"),
                missed,
                func.max(case((AnswerSkill.covered.is_(True), S.completed_at))).label("covered_at"),
                func.max(case((AnswerSkill.covered.is_(False), S.completed_at))).label("missed_at"),
            )
            .join(R, R.id == AnswerSkill.response_id)
            .join(S, S.id == R.session_id)
            .where(*completed_by(user_id, NO_FILTER))
            .group_by(AnswerSkill.skill)
            .having(missed > 0)
            .order_by(missed.desc(), AnswerSkill.skill)
            .limit(limit)
        )
        return (await self.db.execute(query)).all()

    async def weakest_category(self, user_id: int) -> Any:
        """The category with the lowest average coaching score over the user's answers."""
        average = func.avg(R.coaching_score).label("average")
        query = (
            select(R.question_category.label("category"), average)
            .join(S, S.id == R.session_id)
            .where(*completed_by(user_id, NO_FILTER), R.coaching_score.is_not(None))
            .group_by(R.question_category)
            .order_by(average, R.question_category)
            .limit(1)
        )
        return (await self.db.execute(query)).first()

    async def latest_role(self, user_id: int) -> Any:
        """The role and level of the user's latest completed bank interview."""
        query = (
            select(S.role_uuid, S.difficulty_level)
            .where(*completed_by(user_id, NO_FILTER), S.role_uuid.is_not(None))
            .order_by(S.completed_at.desc(), S.id.desc())
            .limit(1)
        )
        return (await self.db.execute(query)).first()

    async def recent_scores(self, user_id: int, limit: int) -> list[int]:
        """The overall scores of the user's latest scored interviews, newest first."""
        query = (
            select(S.overall_score)
            .where(*completed_by(user_id, NO_FILTER), S.overall_score.is_not(None))
            .order_by(S.completed_at.desc(), S.id.desc())
            .limit(limit)
        )
        return [int(score or 0) for score in await self.db.scalars(query)]

    async def earlier_scores(
        self, user_id: int, before: datetime, question_uuids: list[str]
    ) -> Sequence[Any]:
        """The user's earlier coaching scores for these questions, oldest first."""
        query = (
            select(R.question_uuid, R.coaching_score)
            .join(S, S.id == R.session_id)
            .where(
                *completed_by(user_id, NO_FILTER),
                S.completed_at < before,
                R.question_uuid.in_(question_uuids),
                R.coaching_score.is_not(None),
            )
            .order_by(S.completed_at, S.id)
        )
        return (await self.db.execute(query)).all()

"""Every query behind one user's trends and progress (aggregated by the database)."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.analytics.sql import (
    DIMENSION_COLUMNS,
    S,
    TrendFilter,
    bucket_of,
    completed_by,
    day_of,
    dimension_averages,
    is_postgres,
)
from mockinterview.interviews.models import AnswerSkill, SessionQuestion, SessionResponse

R = SessionResponse
NO_FILTER = TrendFilter()


def _answer_sums() -> list[Any]:
    """Sums over answers: counts, words, time, fillers, spoken pace and coaching scores."""
    spoken = R.answer_mode == "spoken"
    return [
        func.count(R.id).label("answers"),
        func.sum(R.word_count).label("words"),
        func.sum(R.response_duration_seconds).label("seconds"),
        func.sum(R.filler_count).label("fillers"),
        func.sum(case((R.filler_count.is_not(None), R.word_count))).label("filler_words"),
        func.sum(case((spoken, R.words_per_minute))).label("pace_sum"),
        func.count(case((spoken, R.words_per_minute))).label("pace_count"),
        func.sum(R.coaching_score).label("score_sum"),
        func.count(R.coaching_score).label("scored"),
    ]


class AnalyticsRepository:
    """Data access for one user's analytics."""

    def __init__(self, db: AsyncSession) -> None:
        self.db = db
        self._planned = False

    async def _rows(self, query: Any) -> Sequence[Any]:
        """Run a query over one user's rows.

        On PostgreSQL the transaction first turns parallel plans off: they cost more than the
        few thousand rows of one user (the planner otherwise scans every interview in parallel).
        """
        if not self._planned and is_postgres(self.db):
            await self.db.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))
        self._planned = True
        return (await self.db.execute(query)).all()

    async def sessions(self, user_id: int, f: TrendFilter) -> Sequence[Any]:
        """The user's completed interviews in time order, with how many questions each had."""
        questions = (
            select(func.count(SessionQuestion.id))
            .where(SessionQuestion.session_id == S.id)
            .scalar_subquery()
        )
        query = (
            select(
                S.id,
                S.session_uuid,
                S.completed_at,
                S.overall_score,
                *[column.label(name) for name, column in DIMENSION_COLUMNS.items()],
                S.difficulty_level,
                S.role_uuid,
                S.kind,
                questions.label("total_questions"),
            )
            .where(*completed_by(user_id, f))
            .order_by(S.completed_at, S.id)
        )
        return await self._rows(query)

    async def answer_sums(self, user_id: int, f: TrendFilter, unit: str) -> Sequence[Any]:
        """Sums over the answers of each interview and category, with the interview's bucket."""
        bucket = bucket_of(self.db, S.completed_at, unit).label("bucket")
        query = (
            select(S.id.label("session_id"), bucket, R.question_category.label("category"))
            .add_columns(*_answer_sums())
            .join(R, R.session_id == S.id)
            .where(*completed_by(user_id, f))
            .group_by(S.id, R.question_category)
        )
        return await self._rows(query)

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
        return await self._rows(query)

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
        return await self._rows(query)

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
        return next(iter(await self._rows(query)), None)

    async def completed_count(self, user_id: int) -> int:
        """How many interviews the user completed."""
        query = select(func.count()).select_from(S).where(*completed_by(user_id, NO_FILTER))
        (row,) = await self._rows(query)
        return int(row[0] or 0)

    async def practice_days(self, user_id: int) -> list[str]:
        """The distinct days (YYYY-MM-DD) with a completed interview, newest first."""
        day = day_of(self.db, S.completed_at).label("day")
        query = (
            select(day).where(*completed_by(user_id, NO_FILTER)).group_by(day).order_by(day.desc())
        )
        return [row.day for row in await self._rows(query)]

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
            .join(S, S.id == AnswerSkill.session_id)
            .where(*completed_by(user_id, NO_FILTER))
            .group_by(AnswerSkill.skill)
            .having(missed > 0)
            .order_by(missed.desc(), AnswerSkill.skill)
            .limit(limit)
        )
        return await self._rows(query)

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
        return next(iter(await self._rows(query)), None)

    async def latest_role(self, user_id: int) -> Any:
        """The role and level of the user's latest completed bank interview."""
        query = (
            select(S.role_uuid, S.difficulty_level)
            .where(*completed_by(user_id, NO_FILTER), S.role_uuid.is_not(None))
            .order_by(S.completed_at.desc(), S.id.desc())
            .limit(1)
        )
        return next(iter(await self._rows(query)), None)

    async def recent_scores(self, user_id: int, limit: int) -> list[int]:
        """The overall scores of the user's latest scored interviews, newest first."""
        query = (
            select(S.overall_score)
            .where(*completed_by(user_id, NO_FILTER), S.overall_score.is_not(None))
            .order_by(S.completed_at.desc(), S.id.desc())
            .limit(limit)
        )
        return [int(row[0] or 0) for row in await self._rows(query)]

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
        return await self._rows(query)

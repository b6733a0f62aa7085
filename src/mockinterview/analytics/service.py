"""One user's trends and progress, from the scores stored at completion (UC-080, UC-085)."""

from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

from mockinterview.accounts.models import User
from mockinterview.analytics.repository import AnalyticsRepository
from mockinterview.analytics.schemas import (
    Bucket,
    BucketAverage,
    CategoryAverage,
    DifficultyAverage,
    HabitPoint,
    Milestone,
    MissedSkill,
    PerformanceTrends,
    PracticeNext,
    ScoreChange,
    TrendSession,
    UserProgress,
)
from mockinterview.analytics.sql import DIMENSION_COLUMNS, TrendFilter
from mockinterview.analytics.sums import AnswerSums, grouped
from mockinterview.db import utcnow
from mockinterview.interviews.models import InterviewSession

MISSED_SKILLS = 5
FOCUS_SKILLS = 3


def _round(value: Any, places: int = 1) -> float | None:
    """A database average as a rounded float (None stays None)."""
    return None if value is None else round(float(value), places)


def _dimensions(row: Any) -> dict[str, float | None]:
    """The averaged dimension columns of a row."""
    return {name: _round(getattr(row, name)) for name in DIMENSION_COLUMNS}


def _scores(row: Any) -> dict[str, int]:
    """The stored dimension scores of one interview's row."""
    return {
        name: getattr(row, name) for name in DIMENSION_COLUMNS if getattr(row, name) is not None
    }


def trend_session(row: Any, sums: AnswerSums) -> TrendSession:
    """One interview as the trends list it (the same figures as its own summary)."""
    total = int(row.total_questions)
    return TrendSession(
        session_uuid=row.session_uuid,
        completed_at=row.completed_at,
        overall_score=row.overall_score,
        dimension_scores=_scores(row) if row.overall_score is not None else None,
        completion_percentage=round(100 * sums.count / total, 1) if total else 0.0,
        questions_answered=sums.count,
        total_words=sums.total_words,
        avg_response_time=sums.seconds_per_answer,
        avg_words_per_answer=sums.words_per_answer,
        fillers_per_100_words=sums.fillers_per_100_words,
        words_per_minute=sums.pace,
        difficulty_level=row.difficulty_level,
        role_uuid=row.role_uuid,
        kind=row.kind,
    )


def milestone(row: Any) -> Milestone | None:
    """A singled-out interview, when there is one."""
    if row is None:
        return None
    return Milestone(
        session_uuid=row.session_uuid,
        completed_at=row.completed_at,
        overall_score=row.overall_score,
        dimension_scores=_scores(row),
    )


def streaks(days: list[str], today: date) -> tuple[int, int]:
    """The current streak (ending today or yesterday) and the longest one, in days.

    `days` are the distinct practice days, newest first.
    """
    dates = [date.fromisoformat(d) for d in days]
    runs: list[int] = []
    for index, day in enumerate(dates):
        if index and dates[index - 1] - day == timedelta(days=1):
            runs[-1] += 1
        else:
            runs.append(1)
    current = runs[0] if dates and today - dates[0] <= timedelta(days=1) else 0
    return current, max(runs, default=0)


def start_link(category: str | None, role: Any) -> tuple[str, dict[str, object] | None]:
    """The start page link and the API body for an interview focused on the category."""
    query: dict[str, str] = {}
    body: dict[str, object] | None = None
    if role is not None:
        query = {"role": role.role_uuid, "difficulty": role.difficulty_level}
        body = {"role_uuid": role.role_uuid, "difficulty_level": role.difficulty_level}
        if category:
            flags = ("behavioral", "technical", "situational", "company")
            body.update({f"include_{name}": name == category for name in flags})
    if category:
        query["category"] = category
    return "/interviews/new" + (f"?{urlencode(query)}" if query else ""), body


class AnalyticsService:
    """Trends and progress of one user; nobody else's interviews are ever read here."""

    def __init__(self, repo: AnalyticsRepository) -> None:
        self.repo = repo

    async def trends(self, user: User, f: TrendFilter, bucket: Bucket) -> PerformanceTrends:
        """The user's completed interviews in time order with averages per bucket."""
        rows = await self.repo.sessions(user.id, f)
        answers = await self.repo.answer_sums(user.id, f, bucket)
        by_session = grouped(answers, lambda r: r.session_id)
        by_category = grouped(answers, lambda r: (r.bucket, r.category))
        by_bucket = grouped(answers, lambda r: r.bucket)
        buckets = await self.repo.bucket_averages(user.id, f, bucket)
        difficulties = await self.repo.difficulty_averages(user.id, f)
        return PerformanceTrends(
            bucket=bucket,
            sessions=[trend_session(row, by_session.get(row.id, AnswerSums())) for row in rows],
            buckets=[
                BucketAverage(
                    bucket=date.fromisoformat(row.bucket),
                    interviews=row.interviews,
                    overall_score=_round(row.overall),
                    dimension_scores=_dimensions(row),
                )
                for row in buckets
            ],
            categories=[
                CategoryAverage(
                    bucket=date.fromisoformat(day),
                    category=category,
                    answers=sums.scored,
                    average_score=sums.average_score,
                )
                for (day, category), sums in sorted(by_category.items())
            ],
            difficulties=[
                DifficultyAverage(
                    difficulty_level=row.difficulty_level,
                    interviews=row.interviews,
                    overall_score=_round(row.overall),
                    dimension_scores=_dimensions(row),
                )
                for row in difficulties
            ],
            habits=[
                HabitPoint(
                    bucket=date.fromisoformat(day),
                    answers=sums.count,
                    fillers_per_100_words=sums.fillers_per_100_words,
                    words_per_minute=sums.pace,
                    avg_words_per_answer=sums.words_per_answer,
                )
                for day, sums in sorted(by_bucket.items())
            ],
        )

    async def progress(self, user: User) -> UserProgress:
        """First, latest and best interviews, the change between them, streaks, what to practice."""
        first = milestone(await self.repo.milestone(user.id, "first"))
        latest = milestone(await self.repo.milestone(user.id, "latest"))
        best = milestone(await self.repo.milestone(user.id, "best"))
        change = None
        if first is not None and latest is not None:
            change = ScoreChange(
                overall_score=latest.overall_score - first.overall_score,
                dimension_scores={
                    name: latest.dimension_scores[name] - first.dimension_scores[name]
                    for name in latest.dimension_scores
                    if name in first.dimension_scores
                },
            )
        current, longest = streaks(await self.repo.practice_days(user.id), utcnow().date())
        missed = [
            MissedSkill(
                skill=row.skill,
                times_asked=row.asked,
                times_missed=row.missed,
                improved=row.covered_at is not None
                and (row.missed_at is None or row.covered_at > row.missed_at),
            )
            for row in await self.repo.skill_history(user.id, MISSED_SKILLS)
        ]
        return UserProgress(
            interviews_completed=await self.repo.completed_count(user.id),
            first=first,
            latest=latest,
            best=best,
            change=change,
            streak_days=current,
            longest_streak_days=longest,
            missed_skills=missed,
            practice_next=await self._practice_next(user, missed),
        )

    async def _practice_next(self, user: User, missed: list[MissedSkill]) -> PracticeNext | None:
        """The weakest category and the skills still missed, with a focused start link."""
        weakest = await self.repo.weakest_category(user.id)
        if weakest is None:
            return None
        role = await self.repo.latest_role(user.id)
        url, body = start_link(weakest.category, role)
        return PracticeNext(
            category=weakest.category,
            average_score=_round(weakest.average),
            skills=[m.skill for m in missed if not m.improved][:FOCUS_SKILLS],
            role_uuid=role.role_uuid if role else None,
            difficulty_level=role.difficulty_level if role else None,
            start_url=url,
            start_request=body,
        )

    async def recent_scores(self, user: User, limit: int = 20) -> list[int]:
        """The overall scores of the user's latest interviews, oldest first (a trend line)."""
        return list(reversed(await self.repo.recent_scores(user.id, limit)))

    async def earlier_scores(self, user: User, session: InterviewSession) -> dict[str, list[int]]:
        """Per question of this interview, the user's scores for it in earlier interviews."""
        if session.completed_at is None:
            return {}
        uuids = [q.question_uuid for q in session.questions]
        found: dict[str, list[int]] = {}
        for row in await self.repo.earlier_scores(user.id, session.completed_at, uuids):
            found.setdefault(row.question_uuid, []).append(row.coaching_score)
        return found

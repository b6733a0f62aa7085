"""HTTP routes of /api/mock-interview/analytics."""

from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from mockinterview.accounts.deps import CurrentUser
from mockinterview.analytics.deps import AnalyticsServiceDep, PeersServiceDep
from mockinterview.analytics.peers_service import insights_csv
from mockinterview.analytics.schemas import (
    Bucket,
    IndustryInsights,
    PerformanceTrends,
    RoleBenchmark,
    UserProgress,
)
from mockinterview.analytics.sql import TrendFilter
from mockinterview.api_responses import errors
from mockinterview.errors import Invalid

router = APIRouter(prefix="/api/mock-interview/analytics", tags=["analytics"])

Difficulty = Literal["entry", "mid", "senior"]
Kind = Literal["bank", "tailored"]


def _midnight(day: date) -> datetime:
    """The start of a UTC day."""
    return datetime.combine(day, time.min, tzinfo=UTC)


@router.get("/performance-trends", response_model=PerformanceTrends, responses=errors(401, 422))
async def performance_trends(
    user: CurrentUser,
    service: AnalyticsServiceDep,
    start: Annotated[date | None, Query(alias="from")] = None,
    end: Annotated[date | None, Query(alias="to")] = None,
    role_uuid: Annotated[str | None, Query(max_length=32)] = None,
    difficulty: Difficulty | None = None,
    kind: Kind | None = None,
    bucket: Bucket = "week",
) -> Response:
    """Your completed interviews in time order, with averages per week or month, category,
    difficulty, and your habits over time (from and to are inclusive UTC days)."""
    if start is not None and end is not None and end < start:
        raise Invalid("to", "The end date comes before the start date.")
    f = TrendFilter(
        start=_midnight(start) if start else None,
        end=_midnight(end + timedelta(days=1)) if end else None,
        role_uuid=role_uuid,
        difficulty=difficulty,
        kind=kind,
    )
    trends = await service.trends(user, f, bucket)
    # Serialised once here: hundreds of interviews need not be validated again on the way out.
    return Response(trends.model_dump_json(), media_type="application/json")


@router.get("/user-progress", response_model=UserProgress, responses=errors(401, 422))
async def user_progress(user: CurrentUser, service: AnalyticsServiceDep) -> UserProgress:
    """Your first, latest and best interviews, the change, your streak and what to practice."""
    return await service.progress(user)


@router.get("/role-benchmarks", response_model=RoleBenchmark, responses=errors(401, 404, 422))
async def role_benchmarks(
    user: CurrentUser,
    service: PeersServiceDep,
    role_uuid: Annotated[str, Query(min_length=1, max_length=32)],
    difficulty: Difficulty | None = None,
) -> RoleBenchmark:
    """Percentiles of everyone's average scores for a role (shown from k people on)."""
    return await service.role_benchmark(user, role_uuid, difficulty)


@router.get(
    "/industry-insights",
    response_model=IndustryInsights,
    responses={**errors(401, 403, 422), 200: {"content": {"text/csv": {}}}},
)
async def industry_insights(
    user: CurrentUser, service: PeersServiceDep, format: Literal["json", "csv"] = "json"
) -> IndustryInsights | Response:
    """Interviews, completion, scores, missed skills, hardest questions and drop-off points per
    industry and role (administrators only; format=csv for a spreadsheet)."""
    insights = await service.industry_insights(user)
    if format == "csv":
        return Response(
            insights_csv(insights),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="industry-insights.csv"'},
        )
    return insights

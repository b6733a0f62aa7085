"""The Progress page (one user's trends) and the administrators' Insights page."""

from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response

from mockinterview.analytics.deps import AnalyticsServiceDep, PeersServiceDep
from mockinterview.analytics.sql import TrendFilter
from mockinterview.web.deps import PageUser
from mockinterview.web.progress_view import progress_context
from mockinterview.web.templating import render

router = APIRouter()


@router.get("/progress")
async def progress_page(
    request: Request,
    user: PageUser,
    analytics: AnalyticsServiceDep,
    peers: PeersServiceDep,
    bucket: Literal["week", "month"] = "week",
) -> Response:
    """Scores over time, by category and level, habits, benchmarks and what to practice next."""
    trends = await analytics.trends(user, TrendFilter(), bucket)
    progress = await analytics.progress(user)
    benchmarks = await peers.practiced(user)
    return render(
        request, "analytics/progress.html", progress_context(trends, progress, benchmarks)
    )


@router.get("/insights")
async def insights_page(request: Request, user: PageUser, peers: PeersServiceDep) -> Response:
    """Completion, scores, missed skills and drop-off per industry (administrators only)."""
    insights = await peers.industry_insights(user)
    context = {"page_title": "Insights", "insights": insights}
    return render(request, "analytics/insights.html", context)

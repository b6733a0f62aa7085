"""The usage page: AI calls, tokens, cost and latency, per operation and per month."""

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response

from mockinterview.usage.router import UsageServiceDep
from mockinterview.usage.schemas import MonthUsage
from mockinterview.web.deps import PageUser
from mockinterview.web.templating import render

router = APIRouter()

OPERATION_LABELS = {
    "question_generation": "Writing tailored questions",
    "analysis": "Analysing interviews",
}
CHART_WIDTH = 320
LABEL_WIDTH = 80
VALUE_WIDTH = 50
ROW_HEIGHT = 34
BAR_HEIGHT = 18


@dataclass
class MonthBar:
    """One month's bar in the chart."""

    label: str
    calls: int
    y: int
    width: float


def month_label(month: str) -> str:
    """'2026-11' as 'Nov 2026'."""
    try:
        return datetime.strptime(month, "%Y-%m").strftime("%b %Y")
    except ValueError:
        return month


def usd(value: float) -> str:
    """A cost in dollars, with cents for large amounts and more digits for tiny ones."""
    if value == 0:
        return "$0.00"
    return f"${value:,.2f}" if value >= 1 else f"${value:,.4f}"


def latency(ms: float) -> str:
    """Milliseconds as '85 ms' or '2.4 s'."""
    return f"{ms / 1000:,.1f} s" if ms >= 1000 else f"{ms:,.0f} ms"


def operation_label(operation: str) -> str:
    """A readable name for an operation."""
    return OPERATION_LABELS.get(operation, operation.replace("_", " ").capitalize())


def month_bars(months: list[MonthUsage]) -> list[MonthBar]:
    """Horizontal bars of calls per month, scaled to the busiest month."""
    room = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH
    top = max((m.calls for m in months), default=0) or 1
    return [
        MonthBar(
            label=month_label(m.month),
            calls=m.calls,
            y=i * ROW_HEIGHT,
            width=round(room * m.calls / top, 1),
        )
        for i, m in enumerate(months)
    ]


@router.get("/usage")
async def usage_page(
    request: Request,
    user: PageUser,
    service: UsageServiceDep,
    scope: Literal["me", "all"] = "me",
) -> Response:
    """Totals of the user's AI calls (everyone's, for an administrator who asks)."""
    report = await service.report(user, scope)
    bars = month_bars(report.by_month)
    context = {
        "page_title": "AI usage",
        "report": report,
        "is_admin": user.is_admin,
        "bars": bars,
        "chart": {
            "width": CHART_WIDTH,
            "height": max(len(bars), 1) * ROW_HEIGHT,
            "label_width": LABEL_WIDTH,
            "bar_height": BAR_HEIGHT,
        },
        "usd": usd,
        "latency": latency,
        "operation_label": operation_label,
        "month_label": month_label,
    }
    return render(request, "usage.html", context)

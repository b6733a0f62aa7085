"""Recording calls and summing them per operation and per month."""

import time
from typing import Any

from mockinterview.accounts.models import User
from mockinterview.coaching.schemas import LLMCall
from mockinterview.errors import Forbidden
from mockinterview.usage.models import UsageLog
from mockinterview.usage.repository import UsageRepository
from mockinterview.usage.schemas import MonthUsage, OperationUsage, UsageReport, UsageTotals


def offline_call(operation: str, model: str, started: float) -> LLMCall:
    """The record of an offline-engine call that began at perf_counter() == started."""
    latency = round((time.perf_counter() - started) * 1000)
    return LLMCall(
        operation=operation, provider="offline", model=model, latency_ms=latency, success=True
    )


def _totals(row: Any) -> dict[str, Any]:
    """One summed row as the report's fields."""
    return {
        "calls": int(row.calls),
        "input_tokens": int(row.input_tokens),
        "output_tokens": int(row.output_tokens),
        "cost_usd": round(float(row.cost_usd), 6),
        "avg_latency_ms": round(float(row.avg_latency_ms), 1),
        "failures": int(row.failures),
    }


class UsageService:
    """Use cases of usage tracking."""

    def __init__(self, repo: UsageRepository) -> None:
        self.repo = repo

    def record(self, user_id: int | None, session_uuid: str | None, call: LLMCall) -> None:
        """Log one call (offline or LLM) for a user."""
        self.repo.add(UsageLog(user_id=user_id, session_uuid=session_uuid, **call.model_dump()))

    async def report(self, user: User, scope: str) -> UsageReport:
        """Totals per operation and per month: the user's, or everyone's for an admin."""
        if scope == "all" and not user.is_admin:
            raise Forbidden("Only administrators can see everyone's usage.")
        user_id = None if scope == "all" else user.id
        (total,) = await self.repo.totals(user_id, "total")
        return UsageReport(
            scope=scope,
            total=UsageTotals(**_totals(total)),
            by_operation=[
                OperationUsage(operation=row.key, **_totals(row))
                for row in await self.repo.totals(user_id, "operation")
            ],
            by_month=[
                MonthUsage(month=row.key, **_totals(row))
                for row in await self.repo.totals(user_id, "month")
            ],
        )

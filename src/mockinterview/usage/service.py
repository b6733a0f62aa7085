"""Recording calls and summing them per operation and per month."""

import time
from collections import defaultdict
from collections.abc import Iterable

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


def _totals(logs: Iterable[UsageLog]) -> UsageTotals:
    rows = list(logs)
    return UsageTotals(
        calls=len(rows),
        input_tokens=sum(r.input_tokens for r in rows),
        output_tokens=sum(r.output_tokens for r in rows),
        cost_usd=round(sum(r.cost_usd for r in rows), 6),
        avg_latency_ms=round(sum(r.latency_ms for r in rows) / len(rows), 1) if rows else 0.0,
        failures=sum(1 for r in rows if not r.success),
    )


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
        logs = await self.repo.logs(None if scope == "all" else user.id)
        by_op: dict[str, list[UsageLog]] = defaultdict(list)
        by_month: dict[str, list[UsageLog]] = defaultdict(list)
        for log in logs:
            by_op[log.operation].append(log)
            by_month[log.created_at.strftime("%Y-%m")].append(log)
        return UsageReport(
            scope=scope,
            total=_totals(logs),
            by_operation=[
                OperationUsage(operation=op, **_totals(rows).model_dump())
                for op, rows in sorted(by_op.items())
            ],
            by_month=[
                MonthUsage(month=month, **_totals(rows).model_dump())
                for month, rows in sorted(by_month.items())
            ],
        )

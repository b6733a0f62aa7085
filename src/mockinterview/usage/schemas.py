"""Shapes of the usage API."""

from pydantic import BaseModel


class UsageTotals(BaseModel):
    """Summed calls, tokens, cost and latency of a group of calls."""

    calls: int
    input_tokens: int
    output_tokens: int
    cost_usd: float
    avg_latency_ms: float
    failures: int


class OperationUsage(UsageTotals):
    """Totals of one operation."""

    operation: str


class MonthUsage(UsageTotals):
    """Totals of one calendar month (YYYY-MM)."""

    month: str


class UsageReport(BaseModel):
    """Totals for the user (or everyone, for an admin asking for scope=all)."""

    scope: str
    total: UsageTotals
    by_operation: list[OperationUsage]
    by_month: list[MonthUsage]

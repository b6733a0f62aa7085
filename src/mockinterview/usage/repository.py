"""Every query on the usage log."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.usage.models import UsageLog


class UsageRepository:
    """Data access for usage logs."""

    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    def add(self, log: UsageLog) -> None:
        """Stage a log row (written with the request's transaction)."""
        self.db.add(log)

    def _month(self) -> ColumnElement[str]:
        """The calendar month (YYYY-MM, UTC) of a row, in the database's own dialect."""
        if self.db.get_bind().dialect.name == "postgresql":
            return func.to_char(func.timezone("UTC", UsageLog.created_at), "YYYY-MM")
        return func.strftime("%Y-%m", UsageLog.created_at)

    async def totals(self, user_id: int | None, by: str) -> Sequence[Any]:
        """Summed calls per `operation`, per `month` or in `total`, summed by the database."""
        key: Any = {"operation": UsageLog.operation, "month": self._month()}.get(by)
        columns = [
            func.count().label("calls"),
            func.coalesce(func.sum(UsageLog.input_tokens), 0).label("input_tokens"),
            func.coalesce(func.sum(UsageLog.output_tokens), 0).label("output_tokens"),
            func.coalesce(func.sum(UsageLog.cost_usd), 0.0).label("cost_usd"),
            func.coalesce(func.avg(UsageLog.latency_ms), 0.0).label("avg_latency_ms"),
            func.coalesce(func.sum(case((UsageLog.success.is_(False), 1), else_=0)), 0).label(
                "failures"
            ),
        ]
        query = select(*([key.label("key")] if key is not None else []), *columns)
        if user_id is not None:
            query = query.where(UsageLog.user_id == user_id)
        if key is not None:
            query = query.group_by(key).order_by(key)
        return (await self.db.execute(query)).all()

"""Every query on the usage log."""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.usage.models import UsageLog


class UsageRepository:
    """Data access for usage logs."""

    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    def add(self, log: UsageLog) -> None:
        """Stage a log row (written with the request's transaction)."""
        self.db.add(log)

    async def logs(self, user_id: int | None) -> Sequence[UsageLog]:
        """The user's logs, or everyone's when user_id is None, oldest first."""
        query = select(UsageLog).order_by(UsageLog.created_at)
        if user_id is not None:
            query = query.where(UsageLog.user_id == user_id)
        return (await self.db.scalars(query)).all()

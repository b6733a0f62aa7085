"""Every query of operations: heartbeats, readiness and the gauges of /metrics."""

from datetime import datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from mockinterview.interviews.models import InterviewSession
from mockinterview.jobs.models import Job
from mockinterview.ops.models import WorkerHeartbeat


class OpsRepository:
    """Data access for operations."""

    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def live_workers(self, since: datetime) -> int:
        """How many workers gave a heartbeat since the given time."""
        count = await self.db.scalar(
            select(func.count())
            .select_from(WorkerHeartbeat)
            .where(WorkerHeartbeat.seen_at >= since)
        )
        return int(count or 0)

    async def active_interviews(self) -> int:
        """Interviews in progress now."""
        count = await self.db.scalar(
            select(func.count())
            .select_from(InterviewSession)
            .where(InterviewSession.status == "in_progress")
        )
        return int(count or 0)

    async def queued_jobs(self) -> tuple[int, datetime | None]:
        """Jobs waiting to run, and when the oldest of them was queued."""
        row = (
            await self.db.execute(
                select(func.count(Job.id), func.min(Job.created_at)).where(Job.status == "queued")
            )
        ).one()
        oldest = row[1]
        return int(row[0] or 0), oldest


class HeartbeatRepository:
    """Heartbeat writes on a connection in autocommit mode: each statement commits itself, so
    no write transaction stays open between two awaits (SQLite has one writer at a time)."""

    def __init__(self, connection: AsyncConnection) -> None:
        self.connection = connection

    async def beat(self, name: str, now: datetime) -> None:
        """Record that the worker called name is alive now."""
        updated = await self.connection.execute(
            update(WorkerHeartbeat).where(WorkerHeartbeat.name == name).values(seen_at=now)
        )
        if not updated.rowcount:
            await self.connection.execute(
                insert(WorkerHeartbeat).values(name=name, started_at=now, seen_at=now)
            )

    async def forget_worker(self, name: str) -> None:
        """Remove a worker's heartbeat (it stopped cleanly)."""
        await self.connection.execute(delete(WorkerHeartbeat).where(WorkerHeartbeat.name == name))

    async def forget_silent_workers(self, before: datetime) -> None:
        """Remove heartbeats of workers silent since before (they died long ago)."""
        await self.connection.execute(
            delete(WorkerHeartbeat).where(WorkerHeartbeat.seen_at < before)
        )

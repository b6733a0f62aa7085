"""Operations use cases: the readiness checks and the gauges read from the database."""

import asyncio
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from mockinterview.db import utcnow
from mockinterview.ops.metrics import StateGauges
from mockinterview.ops.repository import OpsRepository
from mockinterview.schema_check import SCHEMA_HEAD, UPGRADE_HINT, current_revision

CHECK_SECONDS = 3.0
STALE_HEARTBEATS = 4  # a worker is dead after missing this many heartbeats
READY_CHECKS = ("database", "schema", "job_worker")


class OpsService:
    """What the load balancer and the monitoring ask of the database."""

    def __init__(
        self,
        engine: AsyncEngine,
        sessionmaker: async_sessionmaker[AsyncSession],
        heartbeat_seconds: int,
    ) -> None:
        self.engine = engine
        self.sessionmaker = sessionmaker
        self.heartbeat_seconds = heartbeat_seconds

    async def readiness(self) -> dict[str, str]:
        """Each readiness check with 'ok' or what is wrong, within CHECK_SECONDS."""
        try:
            return await asyncio.wait_for(self._checks(), CHECK_SECONDS)
        except Exception as exc:  # any failure to reach the database means not ready
            return {"database": f"unreachable ({type(exc).__name__})"}

    async def _checks(self) -> dict[str, str]:
        revision = await current_revision(self.engine)
        if revision is None:
            return {"database": "unreachable or without a schema"}
        schema = (
            "ok"
            if revision == SCHEMA_HEAD
            else f"at {revision}, needs {SCHEMA_HEAD}: {UPGRADE_HINT}"
        )
        since = utcnow() - timedelta(seconds=self.heartbeat_seconds * STALE_HEARTBEATS)
        async with self.sessionmaker() as db:
            workers = await OpsRepository(db).live_workers(since)
        worker = "ok" if workers else "no job worker has reported recently"
        return {"database": "ok", "schema": schema, "job_worker": worker}

    async def gauges(self) -> StateGauges:
        """Interviews in progress and the job queue, as read now."""
        async with self.sessionmaker() as db:
            repo = OpsRepository(db)
            active = await repo.active_interviews()
            queued, oldest = await repo.queued_jobs()
        return StateGauges(active, queued, oldest)


def is_ready(checks: dict[str, str]) -> bool:
    """Whether every readiness check ran and passed."""
    return all(checks.get(name) == "ok" for name in READY_CHECKS)

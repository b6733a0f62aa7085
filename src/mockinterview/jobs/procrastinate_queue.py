"""The broker queue: jobs go through procrastinate on PostgreSQL to workers on any machine."""

import asyncio
import contextlib
import logging
from typing import Any

import procrastinate
import psycopg
from procrastinate.retry import BaseRetryStrategy, RetryDecision
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.jobs import queue
from mockinterview.jobs.queue import Handler, QueueNotAvailable, retry_seconds

QUEUE = "mockinterview"
SCHEMA_LOCK = 7_305_112_401  # advisory lock held while procrastinate's schema is applied

logger = logging.getLogger(__name__)


def libpq_url(database_url: str) -> str:
    """The SQLAlchemy URL of a PostgreSQL database, as libpq (psycopg) reads it."""
    url = make_url(database_url)
    if url.get_backend_name() != "postgresql":
        raise QueueNotAvailable(
            "MOCKINTERVIEW_JOB_QUEUE=procrastinate needs PostgreSQL "
            "(MOCKINTERVIEW_DATABASE_URL=postgresql+asyncpg://...)."
        )
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class SharedRetries(BaseRetryStrategy):
    """The database queue's retry rule, so a job is tried as often whichever queue runs it."""

    def get_retry_decision(
        self, *, exception: BaseException, job: procrastinate.jobs.Job
    ) -> RetryDecision | None:
        """Retry with the shared delays; procrastinate counts earlier attempts from 0."""
        if not isinstance(exception, Exception):
            return None
        wait = retry_seconds(exception, job.attempts + 1)
        return None if wait is None else RetryDecision(retry_in={"seconds": wait})


class ProcrastinateQueue:
    """Jobs as procrastinate tasks; workers heartbeat, and a dead worker's jobs are run again."""

    def __init__(
        self,
        database_url: str,
        handlers: dict[str, Handler],
        concurrency: int = 1,
        stall_seconds: int = 120,
    ) -> None:
        self.conninfo = libpq_url(database_url)
        self.app = procrastinate.App(
            connector=procrastinate.PsycopgConnector(conninfo=self.conninfo)
        )
        self.concurrency = concurrency
        self.stall_seconds = stall_seconds
        for kind, handler in handlers.items():
            self._register(kind, handler)

    def _register(self, kind: str, handler: Handler) -> None:
        async def run(context: procrastinate.JobContext, **payload: Any) -> None:
            await handler(payload, context.job.attempts + 1 >= queue.MAX_ATTEMPTS)

        self.app.task(name=kind, queue=QUEUE, pass_context=True, retry=SharedRetries())(run)

    async def open(self) -> None:
        """Open the connection pool and make sure procrastinate's tables exist."""
        await self.app.open_async()
        await self._ensure_schema()

    async def close(self) -> None:
        """Close the connection pool."""
        await self.app.close_async()

    async def _ensure_schema(self) -> None:
        """Apply procrastinate's schema once, whichever app or worker process starts first."""
        async with await psycopg.AsyncConnection.connect(self.conninfo, autocommit=True) as conn:
            await conn.execute("SELECT pg_advisory_lock(%s)", (SCHEMA_LOCK,))
            try:
                found = await conn.execute("SELECT to_regclass('procrastinate_jobs')")
                row = await found.fetchone()
                if row is None or row[0] is None:
                    logger.info("applying procrastinate's schema")
                    await self.app.schema_manager.apply_schema_async()
            finally:
                await conn.execute("SELECT pg_advisory_unlock(%s)", (SCHEMA_LOCK,))

    async def enqueue(self, db: AsyncSession, kind: str, payload: dict[str, Any]) -> None:
        """Defer the job now, before the caller commits (the handler waits for the commit).

        procrastinate writes through its own connection, so the job is committed first; a
        handler that cannot see its answer yet raises NotReadyYet and is tried again shortly.
        Deferring after the commit instead could lose the job if the process died in between.
        """
        await self.app.configure_task(kind, queue=QUEUE).defer_async(**payload)

    def wake(self) -> None:
        """Nothing to do: procrastinate's workers hear new jobs through LISTEN/NOTIFY."""

    async def run(self) -> None:
        """Run a procrastinate worker and the rescue of jobs whose worker died."""
        rescue = asyncio.create_task(self._rescue_stalled())
        try:
            await self.app.run_worker_async(
                queues=[QUEUE],
                concurrency=self.concurrency,
                install_signal_handlers=False,
                update_heartbeat_interval=max(1.0, self.stall_seconds / 4),
                stalled_worker_timeout=self.stall_seconds,
                delete_jobs="successful",
            )
        finally:
            rescue.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await rescue

    async def _rescue_stalled(self) -> None:
        """Queue again the jobs of workers that stopped sending heartbeats (killed mid-job)."""
        manager = self.app.job_manager
        while True:
            try:
                stalled = await manager.get_stalled_jobs(
                    queue=QUEUE, seconds_since_heartbeat=self.stall_seconds
                )
                for job in stalled:
                    logger.warning("job %s was left by a stopped worker; running it again", job.id)
                    await manager.retry_job(job)
            except Exception:
                logger.exception("could not look for stalled jobs; trying again later")
            await asyncio.sleep(max(1.0, self.stall_seconds / 2))

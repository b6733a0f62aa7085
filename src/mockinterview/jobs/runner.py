"""Workers that take jobs from the database and run their handlers, in or beside the app."""

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from mockinterview.jobs import queue
from mockinterview.jobs.models import Job
from mockinterview.jobs.queue import Handler, NotReadyYet, PermanentJobError, retry_seconds
from mockinterview.jobs.repository import JobRepository

POLL_SECONDS = 2.0

logger = logging.getLogger(__name__)


class JobRunner:
    """The database queue: jobs are rows of the `jobs` table, in the caller's transaction.

    Several runners (in app processes and `mockinterview worker`s) may share a database.
    """

    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        handlers: dict[str, Handler],
        concurrency: int = 1,
        lease_seconds: int = 120,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.handlers = handlers
        self.concurrency = concurrency
        self.lease = timedelta(seconds=lease_seconds)
        self.name = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self._wake = asyncio.Event()

    async def enqueue(self, db: AsyncSession, kind: str, payload: dict[str, Any]) -> None:
        """Add the job to the caller's transaction: it exists exactly when the caller commits."""
        await JobRepository(db).enqueue(kind, payload)

    def wake(self) -> None:
        """A job was queued in this process: look now rather than at the next poll."""
        self._wake.set()

    async def open(self) -> None:
        """Nothing to connect to: the jobs live in the app's database."""

    async def close(self) -> None:
        """Nothing to let go of."""

    async def run(self) -> None:
        """Run jobs until cancelled."""
        await asyncio.gather(*(self._loop() for _ in range(self.concurrency)))

    async def _loop(self) -> None:
        while True:
            ran = await self.run_one()
            if not ran:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), POLL_SECONDS)

    async def run_one(self) -> bool:
        """Claim and run one due job; False when there was none."""
        try:
            async with self.sessionmaker() as db:
                job = await JobRepository(db).claim(self.name, self.lease, self.handlers)
        except Exception:
            logger.exception("could not claim a job; retrying later")
            return False
        if job is None:
            return False
        await self._execute(job)
        return True

    async def _keep_lease(self, job: Job) -> None:
        """Renew the job's lease while it runs (a dead worker's lease runs out instead)."""
        while True:
            await asyncio.sleep(self.lease.total_seconds() / 3)
            try:
                async with self.sessionmaker() as db:
                    await JobRepository(db).renew(job, self.name, self.lease)
            except Exception:
                logger.exception("could not renew the lease of job %s", job.id)

    async def _execute(self, job: Job) -> None:
        handler = self.handlers[job.kind]  # claimed only for kinds with a handler
        error: str | None = None
        retry: timedelta | None = None
        heartbeat = asyncio.create_task(self._keep_lease(job))
        try:
            await handler(job.payload, job.attempts >= queue.MAX_ATTEMPTS)
        except Exception as exc:
            if not isinstance(exc, PermanentJobError | NotReadyYet):
                logger.exception("job %s (%s) failed on attempt %s", job.id, job.kind, job.attempts)
            error = (
                str(exc) if isinstance(exc, PermanentJobError) else f"{type(exc).__name__}: {exc}"
            )
            wait = retry_seconds(exc, job.attempts)
            retry = timedelta(seconds=wait) if wait is not None else None
        finally:
            heartbeat.cancel()
        async with self.sessionmaker() as db:
            jobs = JobRepository(db)
            if error is None:
                await jobs.finish(job, self.name)
            else:
                await jobs.fail(job, self.name, error, retry)

"""Every query on background jobs: enqueue, claim with a lease, finish, fail or retry."""

from collections.abc import Collection
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.db import utcnow
from mockinterview.jobs.models import Job


def _claimable(now: datetime, kinds: Collection[str]) -> Any:
    """Due jobs of these kinds: queued ones, and running ones whose worker's lease ran out."""
    return and_(
        Job.kind.in_(kinds),
        or_(
            and_(Job.status == "queued", Job.run_after <= now),
            and_(Job.status == "running", Job.lease_until < now),
        ),
    )


class JobRepository:
    """Data access for jobs."""

    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def enqueue(self, kind: str, payload: dict[str, Any]) -> Job:
        """Add a job, due now (committed with the caller's transaction)."""
        job = Job(kind=kind, payload=payload, status="queued", run_after=utcnow())
        self.db.add(job)
        await self.db.flush()
        return job

    async def claim(self, worker: str, lease: timedelta, kinds: Collection[str]) -> Job | None:
        """Take the oldest due job of the kinds the worker runs; None when there is none.

        A worker never takes a kind it has no handler for (say, an older version during a
        rolling upgrade): the job waits for a worker that can run it.
        """
        now = utcnow()
        candidate = await self.db.scalar(
            select(Job.id).where(_claimable(now, kinds)).order_by(Job.run_after, Job.id).limit(1)
        )
        if candidate is None:
            return None
        taken = await self.db.execute(
            update(Job)
            .where(Job.id == candidate, _claimable(now, kinds))
            .values(
                status="running", worker=worker, lease_until=now + lease, attempts=Job.attempts + 1
            )
            .execution_options(synchronize_session=False)
        )
        await self.db.commit()
        if taken.rowcount != 1:  # type: ignore[attr-defined]
            return None
        return await self.db.get(Job, candidate, populate_existing=True)

    async def renew(self, job: Job, worker: str, lease: timedelta) -> None:
        """Extend the lease of a job this worker is running."""
        await self.db.execute(
            update(Job)
            .where(Job.id == job.id, Job.worker == worker, Job.status == "running")
            .values(lease_until=utcnow() + lease)
            .execution_options(synchronize_session=False)
        )
        await self.db.commit()

    async def finish(self, job: Job, worker: str) -> None:
        """Mark a job done (only while this worker still holds it)."""
        await self._close(job, worker, status="done", error=None, run_after=None)

    async def fail(self, job: Job, worker: str, error: str, retry_in: timedelta | None) -> None:
        """Record a failure: queue it again after a delay, or give up when retry_in is None."""
        status = "queued" if retry_in is not None else "failed"
        run_after = utcnow() + retry_in if retry_in is not None else None
        await self._close(job, worker, status=status, error=error[:2000], run_after=run_after)

    async def _close(
        self, job: Job, worker: str, status: str, error: str | None, run_after: datetime | None
    ) -> None:
        values: dict[str, Any] = {"status": status, "lease_until": None, "last_error": error}
        if run_after is not None:
            values["run_after"] = run_after
        if status in ("done", "failed"):
            values["finished_at"] = utcnow()
        await self.db.execute(
            update(Job)
            .where(Job.id == job.id, Job.worker == worker, Job.status == "running")
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        await self.db.commit()

    async def prune(self, before: datetime) -> int:
        """Delete finished jobs older than the given time."""
        result = await self.db.execute(
            delete(Job).where(Job.status.in_(("done", "failed")), Job.finished_at < before)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

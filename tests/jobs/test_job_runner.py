"""Background jobs kept in the database: run once, retried, given up, taken over after a crash."""

import asyncio
from datetime import timedelta
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select, update

from mockinterview.db import utcnow
from mockinterview.jobs import queue as queue_module
from mockinterview.jobs.models import Job
from mockinterview.jobs.queue import PermanentJobError
from mockinterview.jobs.repository import JobRepository
from mockinterview.jobs.runner import JobRunner


async def _enqueue(app: FastAPI, kind: str, payload: dict[str, Any]) -> int:
    async with app.state.sessionmaker() as db:
        job = await JobRepository(db).enqueue(kind, payload)
        await db.commit()
        return job.id


async def _job(app: FastAPI, job_id: int) -> Job:
    async with app.state.sessionmaker() as db:
        job = await db.scalar(select(Job).where(Job.id == job_id))
        assert job is not None
        return job


async def _make_due(app: FastAPI, job_id: int) -> None:
    async with app.state.sessionmaker() as db:
        await db.execute(update(Job).where(Job.id == job_id).values(run_after=utcnow()))
        await db.commit()


async def test_a_job_runs_once_and_is_done(app: FastAPI) -> None:
    seen: list[dict[str, Any]] = []

    async def handler(payload: dict[str, Any], last: bool) -> None:
        seen.append(payload)

    job_id = await _enqueue(app, "test.echo", {"n": 1})
    worker = JobRunner(app.state.sessionmaker, {"test.echo": handler})
    assert await worker.run_one() is True
    assert await worker.run_one() is False
    job = await _job(app, job_id)
    assert seen == [{"n": 1}] and job.status == "done" and job.attempts == 1


async def test_failures_are_retried_then_given_up(app: FastAPI) -> None:
    calls: list[bool] = []

    async def flaky(payload: dict[str, Any], last: bool) -> None:
        calls.append(last)
        raise RuntimeError("the disk is on fire")

    job_id = await _enqueue(app, "test.flaky", {})
    worker = JobRunner(app.state.sessionmaker, {"test.flaky": flaky})
    for _ in range(queue_module.MAX_ATTEMPTS):
        assert await worker.run_one() is True
        job = await _job(app, job_id)
        await _make_due(app, job_id)
    assert await worker.run_one() is False
    assert calls == [False] * (queue_module.MAX_ATTEMPTS - 1) + [True]
    assert job.status == "failed" and "the disk is on fire" in (job.last_error or "")


async def test_a_worker_leaves_kinds_it_cannot_run_for_others(app: FastAPI) -> None:
    async def handler(payload: dict[str, Any], last: bool) -> None:
        raise AssertionError("an echo worker ran a job of another kind")

    job_id = await _enqueue(app, "test.newer-kind", {})
    assert await JobRunner(app.state.sessionmaker, {"test.echo": handler}).run_one() is False
    app.state.job_queue.wake()  # the app's own runner has no handler for it either
    await asyncio.sleep(0.2)
    job = await _job(app, job_id)
    assert job.status == "queued" and job.attempts == 0 and job.last_error is None


async def test_a_permanent_error_is_not_retried(app: FastAPI) -> None:
    async def refuse(payload: dict[str, Any], last: bool) -> None:
        raise PermanentJobError("nothing to transcribe")

    job_id = await _enqueue(app, "test.refuse", {})
    assert await JobRunner(app.state.sessionmaker, {"test.refuse": refuse}).run_one()
    job = await _job(app, job_id)
    assert job.status == "failed" and job.attempts == 1


async def test_a_job_held_by_a_dead_worker_is_taken_over(app: FastAPI) -> None:
    job_id = await _enqueue(app, "test.echo", {"n": 2})
    async with app.state.sessionmaker() as db:
        claimed = await JobRepository(db).claim(
            "a worker that dies", timedelta(minutes=10), ["test.echo"]
        )
        assert claimed is not None and claimed.id == job_id
    done: list[int] = []

    async def handler(payload: dict[str, Any], last: bool) -> None:
        done.append(payload["n"])

    other = JobRunner(app.state.sessionmaker, {"test.echo": handler})
    assert await other.run_one() is False  # the lease still holds
    async with app.state.sessionmaker() as db:
        expired = utcnow() - timedelta(seconds=1)
        await db.execute(update(Job).where(Job.id == job_id).values(lease_until=expired))
        await db.commit()
    assert await other.run_one() is True
    job = await _job(app, job_id)
    assert done == [2] and job.status == "done" and job.attempts == 2 and job.worker == other.name


async def test_racing_workers_take_a_job_once(app: FastAPI) -> None:
    import asyncio

    ran: list[int] = []

    async def handler(payload: dict[str, Any], last: bool) -> None:
        ran.append(payload["n"])

    for n in range(5):
        await _enqueue(app, "test.echo", {"n": n})
    workers = [JobRunner(app.state.sessionmaker, {"test.echo": handler}) for _ in range(4)]

    async def drain(worker: JobRunner) -> None:
        while await worker.run_one():
            pass

    await asyncio.gather(*(drain(w) for w in workers))
    assert sorted(ran) == [0, 1, 2, 3, 4]

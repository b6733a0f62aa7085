"""The procrastinate queue on the suite's real PostgreSQL: run once, retried, given up."""

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from mockinterview.jobs import procrastinate_queue
from mockinterview.jobs.procrastinate_queue import ProcrastinateQueue, libpq_url
from mockinterview.jobs.queue import Handler, PermanentJobError, QueueNotAvailable
from tests.jobs.broker import broker_url, forget_broker_jobs


@pytest.fixture
async def running() -> AsyncIterator[Callable[[dict[str, Handler]], Any]]:
    """Start a queue with a worker for the given handlers; stopped after the test."""
    url = broker_url()
    started: list[tuple[ProcrastinateQueue, asyncio.Task[None]]] = []

    async def start(handlers: dict[str, Handler]) -> ProcrastinateQueue:
        queue = ProcrastinateQueue(url, handlers, concurrency=2, stall_seconds=3)
        await queue.open()
        started.append((queue, asyncio.create_task(queue.run())))
        return queue

    yield start
    for queue, task in started:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await forget_broker_jobs(url)
        await queue.close()


async def _until(check: Callable[[], bool], seconds: float = 20) -> None:
    for _ in range(int(seconds / 0.05)):
        if check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the job never got there")


async def _status(queue: ProcrastinateQueue, kind: str) -> list[str]:
    jobs = await queue.app.job_manager.list_jobs_async(task=kind)
    return [job.status for job in jobs]


def test_the_broker_queue_refuses_sqlite() -> None:
    with pytest.raises(QueueNotAvailable, match="needs PostgreSQL"):
        libpq_url("sqlite+aiosqlite:///data/mockinterview.db")
    assert libpq_url("postgresql+asyncpg://u:p@db:5432/mi") == "postgresql://u:p@db:5432/mi"


async def test_a_job_runs_once_with_its_payload(running: Any) -> None:
    seen: list[tuple[dict[str, Any], bool]] = []

    async def echo(payload: dict[str, Any], last: bool) -> None:
        seen.append((payload, last))

    queue = await running({"test.echo": echo})
    await queue.enqueue(None, "test.echo", {"n": 1})  # type: ignore[arg-type]
    await _until(lambda: bool(seen))
    await asyncio.sleep(0.3)
    assert seen == [({"n": 1}, False)]
    assert await _status(queue, "test.echo") == []  # done jobs are deleted


async def test_failures_are_retried_and_the_last_attempt_is_said(
    running: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = procrastinate_queue.retry_seconds
    monkeypatch.setattr(
        procrastinate_queue, "retry_seconds", lambda e, n: None if real(e, n) is None else 0
    )
    calls: list[bool] = []

    async def flaky(payload: dict[str, Any], last: bool) -> None:
        calls.append(last)
        if not last:
            raise RuntimeError("the model process died")

    queue = await running({"test.flaky": flaky})
    await queue.enqueue(None, "test.flaky", {})  # type: ignore[arg-type]
    await _until(lambda: len(calls) == 3)
    assert calls == [False, False, True]


async def test_a_permanent_error_is_not_retried(running: Any) -> None:
    calls: list[bool] = []

    async def refuse(payload: dict[str, Any], last: bool) -> None:
        calls.append(last)
        raise PermanentJobError("nothing to transcribe")

    queue = await running({"test.refuse": refuse})
    await queue.enqueue(None, "test.refuse", {})  # type: ignore[arg-type]
    await _until(lambda: bool(calls))
    for _ in range(100):
        if await _status(queue, "test.refuse") == ["failed"]:
            break
        await asyncio.sleep(0.05)
    assert calls == [False] and await _status(queue, "test.refuse") == ["failed"]

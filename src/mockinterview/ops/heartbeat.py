"""Job workers' heartbeats: each worker writes one every few seconds while it runs."""

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from mockinterview.db import utcnow
from mockinterview.ops.repository import HeartbeatRepository

logger = logging.getLogger(__name__)
FORGET_AFTER = timedelta(days=1)
TIDY_EVERY = 240  # beats between removals of long-dead workers' heartbeats


def worker_name(kind: str) -> str:
    """A name unique to this process: kind, host, pid and a random suffix."""
    return f"{kind}:{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"[:80]


@contextlib.asynccontextmanager
async def _autocommit(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    async with engine.connect() as connection:
        yield await connection.execution_options(isolation_level="AUTOCOMMIT")


async def beat_once(engine: AsyncEngine, name: str, tidy: bool = False) -> None:
    """Write one heartbeat now (and, when tidy, forget workers silent for a day)."""
    async with _autocommit(engine) as connection:
        repo = HeartbeatRepository(connection)
        now = utcnow()
        await repo.beat(name, now)
        if tidy:
            await repo.forget_silent_workers(now - FORGET_AFTER)


async def beat_while(
    engine: AsyncEngine,
    name: str,
    interval_seconds: float,
    alive: Callable[[], bool] = lambda: True,
) -> None:
    """Write heartbeats while alive() holds, until cancelled; then remove the heartbeat."""
    beats = 0
    try:
        while alive():
            try:
                await beat_once(engine, name, tidy=beats % TIDY_EVERY == 0)
            except Exception:
                logger.exception("could not write the worker heartbeat; retrying later")
            beats += 1
            await asyncio.sleep(interval_seconds)
    finally:
        with contextlib.suppress(Exception):
            async with _autocommit(engine) as connection:
                await HeartbeatRepository(connection).forget_worker(name)


async def beat_beside(database_url: str, interval_seconds: float, work: Awaitable[None]) -> None:
    """Run work (a worker's loop) with heartbeats beside it, as long as it runs."""
    from mockinterview.db import create_engine

    engine = create_engine(database_url)
    running = asyncio.ensure_future(work)
    beats = asyncio.create_task(
        beat_while(
            engine, worker_name("worker"), interval_seconds, alive=lambda: not running.done()
        )
    )
    try:
        await running
    finally:
        running.cancel()
        beats.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await beats
        await engine.dispose()

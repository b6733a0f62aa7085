"""Job workers' heartbeats: each worker writes one every few seconds while it runs."""

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from mockinterview.db import utcnow
from mockinterview.ops.repository import OpsRepository

logger = logging.getLogger(__name__)
FORGET_AFTER = timedelta(days=1)


def worker_name(kind: str) -> str:
    """A name unique to this process: kind, host, pid and a random suffix."""
    return f"{kind}:{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"[:80]


async def beat_once(sessionmaker: async_sessionmaker[AsyncSession], name: str) -> None:
    """Write one heartbeat now."""
    async with sessionmaker() as db:
        repo = OpsRepository(db)
        now = utcnow()
        await repo.beat(name, now)
        await repo.forget_silent_workers(now - FORGET_AFTER)
        await db.commit()


async def beat_while(
    sessionmaker: async_sessionmaker[AsyncSession],
    name: str,
    interval_seconds: float,
    alive: Callable[[], bool] = lambda: True,
) -> None:
    """Write heartbeats while alive() holds, until cancelled; then remove the heartbeat."""
    try:
        while alive():
            try:
                await beat_once(sessionmaker, name)
            except Exception:
                logger.exception("could not write the worker heartbeat; retrying later")
            await asyncio.sleep(interval_seconds)
    finally:
        with contextlib.suppress(Exception):
            async with sessionmaker() as db:
                await OpsRepository(db).forget_worker(name)
                await db.commit()


async def beat_beside(database_url: str, interval_seconds: float, work: Awaitable[None]) -> None:
    """Run work (a worker's loop) with heartbeats beside it, as long as it runs."""
    from mockinterview.db import create_engine, make_sessionmaker

    engine = create_engine(database_url)
    running = asyncio.ensure_future(work)
    beats = asyncio.create_task(
        beat_while(
            make_sessionmaker(engine),
            worker_name("worker"),
            interval_seconds,
            alive=lambda: not running.done(),
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

"""`mockinterview worker`: background jobs in a process of their own (more can run elsewhere)."""

import asyncio

from mockinterview.coaching.pool import coaching_pool
from mockinterview.config import Settings
from mockinterview.db import create_engine, make_sessionmaker
from mockinterview.interviews.answer_vectors import AnswerEmbedder
from mockinterview.interviews.jobs import job_queue
from mockinterview.process_pool import ProcessPool
from mockinterview.schema_check import ensure_migrated


async def run_worker(settings: Settings, concurrency: int) -> None:
    """Take jobs from the configured queue until stopped."""
    engine = create_engine(settings.resolved_database_url, settings.db_pool_size)
    coaching = coaching_pool(settings.coaching_processes)
    speech = ProcessPool(1)
    try:
        await ensure_migrated(engine)
        sessionmaker = make_sessionmaker(engine)
        embedder = AnswerEmbedder(engine, sessionmaker, coaching)
        chosen = settings.model_copy(update={"job_workers": concurrency})
        queue = job_queue(sessionmaker, chosen, speech, embedder)
        await queue.open()
        try:
            await asyncio.gather(queue.run(), embedder.run())
        finally:
            await queue.close()
    finally:
        coaching.close()
        speech.close()
        await engine.dispose()

"""Answers' sentence vectors, computed in a coaching process after the answer is acknowledged.

Each app process has one queue: requests only enqueue (id, text); a single task embeds what
has gathered in one batch and stores the vectors in one transaction. Best effort: an answer
left out (a full queue, a restart) is simply embedded when its interview is coached. Under
load the coaching processes fall behind and the queue fills; answers left out are then counted
and logged once a batch, not once each (most answers would write a line of their own).
"""

import asyncio
import logging
from collections.abc import Sequence
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from mockinterview.coaching.pool import answers_vectors
from mockinterview.db import asyncpg_connection, has_asyncpg
from mockinterview.interviews.models import SessionResponse
from mockinterview.interviews.pg_answers import PgAnswerRepository
from mockinterview.interviews.repository import SessionRepository
from mockinterview.interviews.sqlite_answers import SqliteAnswerRepository
from mockinterview.process_pool import ProcessPool
from mockinterview.sqlite_thread import SqliteThread

QUEUE_SIZE = 256
BATCH = 16

logger = logging.getLogger(__name__)


class AnswerEmbedder:
    """Embeds queued answers in batches and stores their vectors."""

    def __init__(
        self,
        engine: AsyncEngine,
        sessionmaker: async_sessionmaker[AsyncSession],
        pool: ProcessPool,
        sqlite_thread: SqliteThread | None = None,
    ) -> None:
        self.engine = engine
        self.sessionmaker = sessionmaker
        self.pool = pool
        self.sqlite_thread = sqlite_thread
        self.queue: asyncio.Queue[tuple[int, str]] = asyncio.Queue(QUEUE_SIZE)
        self.left_out = 0

    def embed_later(self, responses: Sequence[SessionResponse]) -> None:
        """Queue new answers; when the queue is full they wait for their coaching instead."""
        for response in responses:
            try:
                self.queue.put_nowait((response.id, response.response_text))
            except asyncio.QueueFull:
                self.left_out += 1

    async def run(self) -> None:
        """Embed and store batches until cancelled."""
        while True:
            batch = [await self.queue.get()]
            if self.left_out:
                logger.info("%d answers will be embedded when coached (queue full)", self.left_out)
                self.left_out = 0
            while len(batch) < BATCH and not self.queue.empty():
                batch.append(self.queue.get_nowait())
            try:
                packed = await self.pool.run(answers_vectors, [text for _, text in batch])
                await self._store([(rid, p) for (rid, _), p in zip(batch, packed, strict=True)])
            except Exception:
                logger.exception("could not embed answers %s ahead of coaching", batch)

    async def _store(self, vectors: list[tuple[int, bytes]]) -> None:
        """Store a batch's vectors in plain SQL (the ORM for an in-memory SQLite database)."""
        if has_asyncpg(self.engine):
            async with asyncpg_connection(self.engine) as conn:
                await PgAnswerRepository(conn).store_vectors(vectors)
            return
        if self.sqlite_thread is not None:
            await SqliteAnswerRepository(self.sqlite_thread).store_vectors(vectors)
            return
        async with self.sessionmaker() as db:
            await SessionRepository(db).store_vectors(vectors)
            await db.commit()


def answer_embedder_of(request: Request) -> AnswerEmbedder:
    """The app process's answer embedder."""
    embedder: AnswerEmbedder = request.app.state.answer_embedder
    return embedder


async def answer_embedder(request: Request) -> AnswerEmbedder:
    """The app process's answer embedder, as a dependency."""
    return answer_embedder_of(request)


AnswerVectorsDep = Annotated[AnswerEmbedder, Depends(answer_embedder)]

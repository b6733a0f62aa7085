"""Answers' sentence vectors, computed in a coaching process after the answer is acknowledged.

Best effort: an answer whose vectors are not stored yet (a long backlog, a restart) is simply
embedded when its interview is coached.
"""

import logging
from collections.abc import Sequence
from typing import Annotated

from fastapi import BackgroundTasks, Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from mockinterview.coaching.pool import CoachingPool, answer_vectors
from mockinterview.interviews.models import SessionResponse
from mockinterview.interviews.repository import SessionRepository

MAX_BACKLOG = 64

logger = logging.getLogger(__name__)


async def embed_answers(
    sessionmaker: async_sessionmaker[AsyncSession],
    pool: CoachingPool,
    answers: list[tuple[int, str]],
) -> None:
    """Embed answers (id, text) in a coaching process and store their vectors."""
    try:
        for response_id, text in answers:
            if pool.pending >= MAX_BACKLOG:
                logger.info("coaching processes are busy; answer %s is embedded later", response_id)
                return
            packed = await pool.run(answer_vectors, text)
            async with sessionmaker() as db:
                await SessionRepository(db).store_vectors(response_id, packed)
                await db.commit()
    except Exception:
        logger.exception("could not embed answers %s ahead of coaching", [a[0] for a in answers])


class AnswerVectors:
    """Schedules the embedding of new answers after the response is sent."""

    def __init__(self, request: Request, background: BackgroundTasks) -> None:
        self.sessionmaker = request.app.state.sessionmaker
        self.pool: CoachingPool = request.app.state.coaching_pool
        self.background = background

    def embed_later(self, responses: Sequence[SessionResponse]) -> None:
        """Embed new answers once this request is answered."""
        if responses:
            answers = [(r.id, r.response_text) for r in responses]
            self.background.add_task(embed_answers, self.sessionmaker, self.pool, answers)


AnswerVectorsDep = Annotated[AnswerVectors, Depends(AnswerVectors)]

"""Answers queued for sentence vectors: a full queue is counted, not logged answer by answer."""

import asyncio
import contextlib
import logging
from typing import Any

import pytest

from mockinterview.interviews.answer_vectors import QUEUE_SIZE, AnswerEmbedder
from mockinterview.interviews.models import SessionResponse

LOGGER = "mockinterview.interviews.answer_vectors"


async def test_a_full_queue_is_logged_once_with_how_many_were_left_out(
    app: Any, caplog: pytest.LogCaptureFixture
) -> None:
    embedder = AnswerEmbedder(app.state.engine, app.state.sessionmaker, app.state.coaching_pool)
    answers = [
        SessionResponse(id=-n, response_text="I fixed the export and it stopped failing.")
        for n in range(1, QUEUE_SIZE + 6)
    ]
    with caplog.at_level(logging.INFO, logger=LOGGER):
        embedder.embed_later(answers)
        assert embedder.left_out == 5
        assert not [r for r in caplog.records if r.name == LOGGER]
        running = asyncio.create_task(embedder.run())
        try:
            for _ in range(100):
                if any(r.name == LOGGER for r in caplog.records):
                    break
                await asyncio.sleep(0.05)
        finally:
            running.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await running
    logged = [r.getMessage() for r in caplog.records if r.name == LOGGER]
    assert logged == ["5 answers will be embedded when coached (queue full)"]
    assert embedder.left_out == 0

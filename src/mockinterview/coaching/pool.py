"""The coaching engine's CPU work (embeddings, analysis) in separate processes.

Web workers never load the model or run the analysis themselves: they stay small, start fast,
and keep answering other requests while an interview is being coached.
"""

import asyncio
import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from mockinterview.coaching.schemas import InterviewInput, InterviewReport

logger = logging.getLogger(__name__)
T = TypeVar("T")


def warm_up() -> None:
    """Load the model, the bank's vectors and the trained weights (once per process)."""
    from mockinterview.coaching.bank_index import bank_index
    from mockinterview.coaching.embeddings import embed

    embed(["warm up"])
    bank_index()


def analyse_with_vectors(
    data: InterviewInput, vectors: list[tuple[str, bytes | None]]
) -> InterviewReport:
    """Analyse an interview, reusing each answer's sentence vectors stored at submit time."""
    from mockinterview.coaching.analysis import prime_vectors
    from mockinterview.coaching.engine import analyze_interview

    for text, packed in vectors:
        prime_vectors(text, packed)
    return analyze_interview(data)


def answers_vectors(texts: list[str]) -> list[bytes]:
    """Each answer's packed sentence vectors."""
    from mockinterview.coaching.analysis import answer_sentences, encode_vectors
    from mockinterview.coaching.embeddings import embed

    sentences = [s for text in texts for s in answer_sentences(text)]
    embed(sentences)
    return [encode_vectors(text) for text in texts]


class CoachingPool:
    """A small pool of coaching processes, started with the app and warmed up at once."""

    def __init__(self, processes: int) -> None:
        self.processes = processes
        self.pending = 0
        self._executor: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(
            max_workers=self.processes, mp_context=multiprocessing.get_context("spawn")
        )
        for _ in range(self.processes):
            executor.submit(warm_up)
        self._executor = executor
        return executor

    def start(self) -> None:
        """Start the processes; they load the model in the background."""
        if self._executor is None:
            self._start()

    async def run(self, work: Callable[..., T], *args: object) -> T:
        """Run work in a coaching process; a crashed pool is replaced and the work retried once."""
        executor = self._executor or self._start()
        loop = asyncio.get_running_loop()
        self.pending += 1
        try:
            try:
                return await loop.run_in_executor(executor, work, *args)
            except BrokenProcessPool:
                logger.warning("a coaching process died; starting a new pool and retrying")
                executor.shutdown(wait=False, cancel_futures=True)
                return await loop.run_in_executor(self._start(), work, *args)
        finally:
            self.pending -= 1

    def close(self) -> None:
        """Stop the processes."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

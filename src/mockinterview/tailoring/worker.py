"""Writing tailored questions in a worker process, away from the web process.

A long resume keeps the generator busy for about half a second. In a thread it would still
share the GIL with the event loop: on two busy cores, other requests then took about 30 ms
at the median and one in eight took over 100 ms; with the generator in its own process,
about 8 ms and one in fifty.
"""

import asyncio
import multiprocessing
import os
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from mockinterview.tailoring.generator import generate_tailored_questions
from mockinterview.tailoring.schemas import BankQuestion, GeneratedQuestion


class QuestionWorker:
    """One process running the offline generator, started on first use and then kept."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None

    async def generate(
        self,
        resume_text: str,
        job_description: str | None,
        bank: Sequence[BankQuestion],
        count: int,
    ) -> list[GeneratedQuestion]:
        """generate_tailored_questions(), run in the worker process."""
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_exit_with_parent,
                initargs=(os.getpid(),),
            )
        future = self._pool.submit(
            generate_tailored_questions, resume_text, job_description, list(bank), count
        )
        try:
            return await asyncio.wrap_future(future)
        except BrokenProcessPool:
            self._pool = None  # the process died; the next call starts another
            raise

    def close(self) -> None:
        """Stop the worker process."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def _exit_with_parent(parent: int) -> None:
    """In the worker: end it once the web process is gone (a killed parent cannot stop it)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()

"""A small pool of worker processes for CPU-heavy work (coaching, speech), started with the app.

Web workers never run such work themselves: they stay small, start fast, and keep answering
other requests meanwhile.
"""

import asyncio
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

logger = logging.getLogger(__name__)
T = TypeVar("T")


def _exit_with_parent(parent: int) -> None:
    """In a pool process: end it once the web process is gone (a killed parent cannot stop it)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


class ProcessPool:
    """Worker processes that run picklable functions; an optional warm-up loads models early."""

    def __init__(self, processes: int, warm_up: Callable[[], None] | None = None) -> None:
        self.processes = processes
        self.warm_up = warm_up
        self.pending = 0
        self._executor: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(
            max_workers=self.processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_exit_with_parent,
            initargs=(os.getpid(),),
        )
        if self.warm_up is not None:
            for _ in range(self.processes):
                executor.submit(self.warm_up)
        self._executor = executor
        return executor

    def start(self) -> None:
        """Start the processes; they load the model in the background."""
        if self._executor is None:
            self._start()

    async def run(self, work: Callable[..., T], *args: object) -> T:
        """Run work in a pool process; a crashed pool is replaced and the work retried once."""
        executor = self._executor or self._start()
        loop = asyncio.get_running_loop()
        self.pending += 1
        try:
            try:
                return await loop.run_in_executor(executor, work, *args)
            except BrokenProcessPool:
                logger.warning("a worker process died; starting a new pool and retrying")
                executor.shutdown(wait=False, cancel_futures=True)
                return await loop.run_in_executor(self._start(), work, *args)
        finally:
            self.pending -= 1

    def close(self) -> None:
        """Stop the processes."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

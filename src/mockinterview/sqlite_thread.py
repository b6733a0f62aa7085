"""A thread of its own with one SQLite connection, for hot paths written as plain SQL.

A call runs a function on the thread's connection: several statements for one hop from the
event loop, which never waits on the file itself. Calls queue as aiosqlite's do (a queue, the
outcome handed back with call_soon_threadsafe), cheaper than an executor's futures. The
connection has the engine's pragmas and autocommits each statement unless the function begins a
transaction; a function that writes takes its turn in the queue of the engine's writers, so it
never waits in SQLite's busy handler behind a writer of this process.
"""

import asyncio
import contextlib
import queue
import sqlite3
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncEngine

from mockinterview.db import SQLITE_PRAGMAS, SQLITE_TIMEOUT_SECONDS
from mockinterview.sqlite_writers import writer_turns

T = TypeVar("T")
Work = Callable[..., T]
Call = tuple[asyncio.AbstractEventLoop, "asyncio.Future[Any]", Work[Any], tuple[Any, ...]]


def _settle(future: "asyncio.Future[Any]", result: Any, error: BaseException | None) -> None:
    """Hand a call's outcome to its waiter (on the event loop), unless it stopped waiting."""
    if future.cancelled():
        return
    if error is None:
        future.set_result(result)
    else:
        future.set_exception(error)


class SqliteThread:
    """One thread and its connection to the engine's SQLite file."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.path = str(engine.url.database)
        self.dialect = engine.dialect
        self.turns = writer_turns(engine)
        # Opened here, so a file that cannot be opened stops the start; used only on the thread.
        self._conn = sqlite3.connect(
            self.path,
            timeout=SQLITE_TIMEOUT_SECONDS,
            isolation_level=None,
            check_same_thread=False,
        )
        for pragma in SQLITE_PRAGMAS:
            self._conn.execute(pragma)
        self._calls: queue.SimpleQueue[Call | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._serve, name="sqlite-plain", daemon=True)
        self._thread.start()

    @staticmethod
    def serves(engine: AsyncEngine) -> bool:
        """Whether the engine's database is a SQLite file another connection can open."""
        database = engine.url.database
        return engine.dialect.name == "sqlite" and database not in (None, "", ":memory:")

    def _serve(self) -> None:
        """Run calls in arrival order until close(); each outcome goes back to its loop."""
        while (call := self._calls.get()) is not None:
            loop, future, work, args = call
            result, error = None, None
            try:
                result = work(self._conn, *args)
            except BaseException as raised:  # handed to the waiter, raised there
                error = raised
            with contextlib.suppress(RuntimeError):  # the loop closed while this call ran
                loop.call_soon_threadsafe(_settle, future, result, error)
        self._conn.close()

    async def read(self, work: Work[T], *args: Any) -> T:
        """work(connection, *args), run on the thread."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._calls.put((loop, future, work, args))
        return await future

    async def write(self, work: Work[T], *args: Any) -> T:
        """work(connection, *args), run on the thread in this process's turn to write."""
        async with self.turns.turn():
            return await self.read(work, *args)

    def close(self) -> None:
        """Finish the calls already made, close the connection and end the thread."""
        self._calls.put(None)
        self._thread.join()

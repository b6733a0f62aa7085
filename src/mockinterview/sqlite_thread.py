"""SQLite connections for hot paths written as plain SQL: the event loop's own, and a thread's.

A short statement (an indexed read, a one-row write) runs at once on the event loop's own
connection. That connection never waits: its busy timeout is zero and it never checkpoints. A
statement that would wait (another process holds the file) goes to the thread, which waits on
the file with the engine's busy timeout while the loop serves other requests. Larger work
(batches) goes straight to the thread, and the thread checkpoints the WAL as the loop's
connection writes.

Why not the thread for everything: sqlite3 lets go of the GIL for each step of a statement, and
on a busy event loop the thread then waits for the GIL again at every step. On one core that
cost a fifth of a question transition; on the loop the same statements run without those waits.

A call to the thread queues as aiosqlite's do (a queue, the outcome handed back with
call_soon_threadsafe). A write takes its turn in the queue of the engine's writers, so it never
waits in SQLite's busy handler behind a writer of this process.
"""

import asyncio
import contextlib
import logging
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

CHECKPOINT_EVERY = 200
"""The thread checkpoints the WAL after this many writes on the loop's connection."""
LOOP_PRAGMAS = (*SQLITE_PRAGMAS, "PRAGMA wal_autocheckpoint=0")
"""The loop's connection leaves checkpoints (which wait for the disk) to the thread."""

logger = logging.getLogger(__name__)


def _settle(future: "asyncio.Future[Any]", result: Any, error: BaseException | None) -> None:
    """Hand a call's outcome to its waiter (on the event loop), unless it stopped waiting."""
    if future.cancelled():
        return
    if error is None:
        future.set_result(result)
    else:
        future.set_exception(error)


def _connect(path: str, timeout: float, pragmas: tuple[str, ...]) -> sqlite3.Connection:
    """A connection that autocommits each statement unless a transaction is begun."""
    conn = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
    for pragma in pragmas:
        conn.execute(pragma)
    return conn


def would_wait(error: sqlite3.OperationalError) -> bool:
    """Whether a statement failed because the file (or a table) was locked."""
    code = getattr(error, "sqlite_errorcode", None)  # None on errors raised outside SQLite
    return code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _checkpoint(conn: sqlite3.Connection) -> None:
    """Copy what the WAL holds into the database, without waiting for readers or writers."""
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")


def _report_failure(future: "asyncio.Future[Any]") -> None:
    if not future.cancelled() and future.exception() is not None:
        logger.warning("could not checkpoint the SQLite WAL", exc_info=future.exception())


class SqliteThread:
    """The event loop's connection to the engine's SQLite file, and a thread with another."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.path = str(engine.url.database)
        self.dialect = engine.dialect
        self.turns = writer_turns(engine)
        # Opened here, so a file that cannot be opened stops the start.
        self._conn = _connect(self.path, SQLITE_TIMEOUT_SECONDS, SQLITE_PRAGMAS)
        self._loop_conn = _connect(self.path, 0, LOOP_PRAGMAS)
        self._written = 0
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

    def _queued(self, work: Work[T], *args: Any) -> "asyncio.Future[T]":
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._calls.put((loop, future, work, args))
        return future

    async def on_thread(self, work: Work[T], *args: Any) -> T:
        """work(connection, *args), run on the thread."""
        return await self._queued(work, *args)

    async def read(self, work: Work[T], *args: Any) -> T:
        """work(connection, *args): a short read, on the loop unless it would wait."""
        try:
            return work(self._loop_conn, *args)
        except sqlite3.OperationalError as error:
            if not would_wait(error):
                raise
        return await self.on_thread(work, *args)

    async def write(self, work: Work[T], *args: Any, on_loop: bool = True) -> T:
        """work(connection, *args) in this process's turn to write.

        A short write (on_loop) runs on the loop unless the file is locked; work that begins a
        transaction must end it, so that failing on the loop leaves nothing to undo.
        """
        async with self.turns.turn():
            if on_loop:
                try:
                    result = work(self._loop_conn, *args)
                except sqlite3.OperationalError as error:
                    if not would_wait(error):
                        raise
                else:
                    self._count_write()
                    return result
            return await self.on_thread(work, *args)

    def _count_write(self) -> None:
        """Have the thread checkpoint the WAL now and then: the loop's connection never does."""
        self._written += 1
        if self._written % CHECKPOINT_EVERY == 0:
            self._queued(_checkpoint).add_done_callback(_report_failure)

    def close(self) -> None:
        """Finish the calls already made, close both connections and end the thread."""
        self._calls.put(None)
        self._thread.join()
        self._loop_conn.close()

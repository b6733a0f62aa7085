"""A thread of its own with one SQLite connection, for hot paths written as plain SQL.

A call runs a function on the thread's connection: several statements for one hop from the
event loop, which never waits on the file itself. The connection has the engine's pragmas and
autocommits each statement unless the function begins a transaction; a function that writes
takes its turn in the queue of the engine's writers, so it never waits in SQLite's busy handler
behind a writer of this process.
"""

import asyncio
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncEngine

from mockinterview.db import SQLITE_PRAGMAS, SQLITE_TIMEOUT_SECONDS
from mockinterview.sqlite_writers import writer_turns

T = TypeVar("T")
Work = Callable[..., T]


class SqliteThread:
    """One thread and its connection to the engine's SQLite file."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.path = str(engine.url.database)
        self.dialect = engine.dialect
        self.turns = writer_turns(engine)
        self._conn: sqlite3.Connection | None = None
        self._executor = ThreadPoolExecutor(1, "sqlite-plain", initializer=self._open)

    @staticmethod
    def serves(engine: AsyncEngine) -> bool:
        """Whether the engine's database is a SQLite file another connection can open."""
        database = engine.url.database
        return engine.dialect.name == "sqlite" and database not in (None, "", ":memory:")

    def _open(self) -> None:
        conn = sqlite3.connect(self.path, timeout=SQLITE_TIMEOUT_SECONDS, isolation_level=None)
        for pragma in SQLITE_PRAGMAS:
            conn.execute(pragma)
        self._conn = conn

    def _on_connection(self, work: Work[T], *args: Any) -> T:
        assert self._conn is not None  # opened as the thread starts
        return work(self._conn, *args)

    async def read(self, work: Work[T], *args: Any) -> T:
        """work(connection, *args), run on the thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, partial(self._on_connection, work, *args))

    async def write(self, work: Work[T], *args: Any) -> T:
        """work(connection, *args), run on the thread in this process's turn to write."""
        async with self.turns.turn():
            return await self.read(work, *args)

    def close(self) -> None:
        """Close the connection and end the thread."""
        self._executor.submit(self._close).result()
        self._executor.shutdown()

    def _close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

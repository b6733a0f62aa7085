"""One writer at a time per process on SQLite, in arrival order.

SQLite lets one connection write at a time. A connection that finds the file locked sleeps in
SQLite's busy handler (1, 2, 5 ... 100 ms at a time) and is not served in order, so under load
some writers wait far longer than the rest. Here the writers of one process queue on an asyncio
lock instead: a connection takes it before its first write and gives it back when its transaction
ends. The busy timeout still covers writers in other processes.
"""

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, event
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.util import await_

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")
HOLDS_LOCK = "holds_write_lock"


def _database_locked() -> sqlite3.OperationalError:
    """The error SQLite itself gives a writer that waited past its busy timeout."""
    error = sqlite3.OperationalError("database is locked")
    error.sqlite_errorcode = sqlite3.SQLITE_BUSY
    error.sqlite_errorname = "SQLITE_BUSY"
    return error


class WriterTurns:
    """One process's queue of writers to a SQLite file; a turn waits at most `timeout`."""

    def __init__(self, timeout: float) -> None:
        self.lock = asyncio.Lock()
        self.timeout = timeout
        self.waiting = 0

    async def take(self) -> None:
        """Wait for the turn to write ("database is locked" after the timeout)."""
        if not self.lock.locked() and not self.waiting:
            await self.lock.acquire()  # free and nobody queued: granted at once, no timer needed
            return
        self.waiting += 1
        # asyncio.timeout, not wait_for: on Python 3.11 wait_for can swallow a cancellation
        # that arrives as the lock is granted, and a cancelled task would carry on.
        try:
            async with asyncio.timeout(self.timeout):
                await self.lock.acquire()
        except TimeoutError:
            raise _database_locked() from None
        finally:
            self.waiting -= 1

    def give_back(self) -> None:
        """End the turn: the next writer goes."""
        self.lock.release()

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        """A turn for writes made outside the engine's connections."""
        await self.take()
        try:
            yield
        finally:
            self.give_back()


_TURNS: WeakKeyDictionary[Engine, WriterTurns] = WeakKeyDictionary()


def writer_turns(engine: AsyncEngine) -> WriterTurns:
    """The queue the engine's writers take turns in."""
    return _TURNS[engine.sync_engine]


def serialise_writers(engine: AsyncEngine, timeout: float) -> None:
    """Make the engine's connections take turns to write (each turn waits at most `timeout`)."""
    turns = _TURNS[engine.sync_engine] = WriterTurns(timeout)

    def before_write(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not conn.info.get(HOLDS_LOCK) and statement.lstrip()[:7].upper().startswith(WRITES):
            await_(turns.take())
            conn.info[HOLDS_LOCK] = True

    def end_turn(info: dict[str, Any]) -> None:
        if info.pop(HOLDS_LOCK, False):
            turns.give_back()

    def transaction_ended(conn: Any) -> None:
        if not conn.invalidated:  # an invalidated connection's turn ends with its pool record
            end_turn(conn.info)

    def returned(_dbapi: Any, record: Any, _state: Any) -> None:
        end_turn(record.info)

    def dropped(_dbapi: Any, record: Any, _exception: Any = None) -> None:
        end_turn(record.info)

    sync_engine = engine.sync_engine
    event.listen(sync_engine, "before_cursor_execute", before_write)
    event.listen(sync_engine, "commit", transaction_ended)
    event.listen(sync_engine, "rollback", transaction_ended)
    event.listen(sync_engine.pool, "reset", returned)
    event.listen(sync_engine.pool, "invalidate", dropped)
    event.listen(sync_engine.pool, "close", dropped)

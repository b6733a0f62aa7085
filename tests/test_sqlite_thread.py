"""The SQLite thread hands back results and errors, and outlives a caller that stops waiting."""

import asyncio
import sqlite3
import time
from pathlib import Path

import pytest

from mockinterview.db import create_engine
from mockinterview.sqlite_thread import SqliteThread


def _slow_count(conn: sqlite3.Connection, seconds: float) -> int:
    time.sleep(seconds)
    return int(conn.execute("SELECT count(*) FROM notes").fetchone()[0])


def _insert(conn: sqlite3.Connection, body: str) -> None:
    conn.execute("INSERT INTO notes (body) VALUES (?)", (body,))


async def test_results_errors_and_a_caller_that_stops_waiting(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'thread.db'}")
    async with engine.begin() as conn:
        await conn.exec_driver_sql("CREATE TABLE notes (body TEXT NOT NULL)")
    thread = SqliteThread(engine)
    try:
        await thread.write(_insert, "kept")
        with pytest.raises(sqlite3.IntegrityError):
            await thread.write(_insert, None)
        abandoned = asyncio.create_task(thread.read(_slow_count, 0.3))
        await asyncio.sleep(0.05)
        abandoned.cancel()
        with pytest.raises(asyncio.CancelledError):
            await abandoned
        assert await asyncio.wait_for(thread.read(_slow_count, 0), 5) == 1
    finally:
        thread.close()
        await engine.dispose()


def test_a_file_that_cannot_be_opened_stops_the_start(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'missing' / 'thread.db'}")
    with pytest.raises(sqlite3.OperationalError):
        SqliteThread(engine)

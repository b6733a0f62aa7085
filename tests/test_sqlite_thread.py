"""The plain-SQL connections: short statements on the loop, anything that would wait on a thread."""

import asyncio
import sqlite3
import time
from pathlib import Path

import pytest

from mockinterview.db import create_engine
from mockinterview.sqlite_thread import CHECKPOINT_EVERY, SqliteThread, would_wait


def _slow_count(conn: sqlite3.Connection, seconds: float) -> int:
    time.sleep(seconds)
    return int(conn.execute("SELECT count(*) FROM notes").fetchone()[0])


def _insert(conn: sqlite3.Connection, body: str) -> None:
    conn.execute("INSERT INTO notes (body) VALUES (?)", (body,))


def _bodies(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT body FROM notes ORDER BY rowid")]


async def _with_notes(tmp_path: Path) -> tuple[SqliteThread, Path]:
    path = tmp_path / "thread.db"
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    async with engine.begin() as conn:
        await conn.exec_driver_sql("CREATE TABLE notes (body TEXT NOT NULL)")
    await engine.dispose()
    return SqliteThread(create_engine(f"sqlite+aiosqlite:///{path}")), path


async def test_results_errors_and_a_caller_that_stops_waiting(tmp_path: Path) -> None:
    thread, _ = await _with_notes(tmp_path)
    try:
        await thread.write(_insert, "kept")
        with pytest.raises(sqlite3.IntegrityError):
            await thread.write(_insert, None)
        with pytest.raises(sqlite3.IntegrityError):
            await thread.write(_insert, None, on_loop=False)
        abandoned = asyncio.create_task(thread.on_thread(_slow_count, 0.3))
        await asyncio.sleep(0.05)
        abandoned.cancel()
        with pytest.raises(asyncio.CancelledError):
            await abandoned
        assert await asyncio.wait_for(thread.on_thread(_slow_count, 0), 5) == 1
        assert await thread.read(_bodies) == ["kept"]
    finally:
        thread.close()


async def test_a_write_that_finds_the_file_locked_waits_on_the_thread_not_the_loop(
    tmp_path: Path,
) -> None:
    thread, path = await _with_notes(tmp_path)
    other_process = sqlite3.connect(path, isolation_level=None)
    try:
        other_process.execute("BEGIN IMMEDIATE")
        other_process.execute("INSERT INTO notes (body) VALUES ('other')")
        waiting = asyncio.create_task(thread.write(_insert, "ours"))
        started = time.monotonic()
        for _ in range(10):  # the loop keeps turning meanwhile
            await asyncio.sleep(0.02)
        assert time.monotonic() - started < 1
        assert not waiting.done()
        assert await thread.read(_bodies) == []  # reads go on (WAL): the other write is unseen
        other_process.execute("COMMIT")
        await asyncio.wait_for(waiting, 5)
        assert await thread.read(_bodies) == ["other", "ours"]
    finally:
        other_process.close()
        thread.close()


async def test_the_loops_connection_never_checkpoints_and_the_thread_does(tmp_path: Path) -> None:
    thread, path = await _with_notes(tmp_path)
    try:
        empty = path.stat().st_size
        for n in range(CHECKPOINT_EVERY - 1):
            await thread.write(_insert, f"note {n} " * 3000)  # WAL frames pass 1,000 pages
        await thread.on_thread(_slow_count, 0)  # whatever was queued before has run
        assert path.stat().st_size == empty  # everything is still in the WAL
        await thread.write(_insert, "the one that asks for a checkpoint")
        await thread.on_thread(_slow_count, 0)
        assert path.stat().st_size > empty
        assert len(await thread.read(_bodies)) == CHECKPOINT_EVERY
    finally:
        thread.close()


async def test_a_write_that_waits_past_its_turns_timeout_is_told_the_file_is_locked(
    tmp_path: Path,
) -> None:
    thread, _ = await _with_notes(tmp_path)
    thread.turns.timeout = 0.2
    try:
        await thread.turns.take()  # another writer of this process keeps its turn
        with pytest.raises(sqlite3.OperationalError) as raised:
            await thread.write(_insert, "late")
        assert would_wait(raised.value)
        thread.turns.give_back()
        assert await thread.read(_bodies) == []
    finally:
        thread.close()


def test_a_file_that_cannot_be_opened_stops_the_start(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'missing' / 'thread.db'}")
    with pytest.raises(sqlite3.OperationalError):
        SqliteThread(engine)

"""SQLite writers of one process take turns; every way a transaction ends frees the turn."""

import asyncio
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from mockinterview.db import create_engine, make_sessionmaker
from mockinterview.sqlite_thread import SqliteThread
from mockinterview.sqlite_writers import WriterTurns


async def test_writers_take_turns_and_every_ending_frees_the_turn(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'turns.db'}")
    async with engine.begin() as conn:
        await conn.execute(text("CREATE TABLE notes (body TEXT)"))
    sessions = make_sessionmaker(engine)
    insert = text("INSERT INTO notes (body) VALUES (:body)")
    order: list[str] = []

    async def write(body: str) -> None:
        async with sessions() as db:
            await db.execute(insert, {"body": body})
            order.append(body)
            await db.commit()

    first = sessions()
    await first.execute(insert, {"body": "first"})
    waiting = [asyncio.create_task(write(name)) for name in ("second", "third")]
    await asyncio.sleep(0.2)
    assert order == [] and not any(task.done() for task in waiting)
    await first.commit()
    await asyncio.gather(*waiting)
    assert sorted(order) == ["second", "third"]

    await first.execute(insert, {"body": "rolled back"})
    await first.rollback()
    await asyncio.wait_for(write("after a rollback"), 5)

    await first.execute(insert, {"body": "never committed"})
    await first.close()
    await asyncio.wait_for(write("after a close"), 5)

    await first.execute(insert, {"body": "holding"})
    cancelled = asyncio.create_task(write("cancelled while waiting"))
    await asyncio.sleep(0.1)
    cancelled.cancel()
    with pytest.raises(asyncio.CancelledError):
        await cancelled
    await first.rollback()
    await asyncio.wait_for(write("after a cancelled wait"), 5)

    async def hold_then_wait() -> None:
        async with sessions() as db:
            await db.execute(insert, {"body": "cancelled while holding"})
            await asyncio.sleep(60)

    holder = asyncio.create_task(hold_then_wait())
    await asyncio.sleep(0.1)
    holder.cancel()
    with pytest.raises(asyncio.CancelledError):
        await holder
    await asyncio.wait_for(write("after a cancelled holder"), 5)

    async with sessions() as db:
        bodies = (await db.execute(text("SELECT body FROM notes ORDER BY rowid"))).scalars()
        assert list(bodies) == ["first", *order]
        assert "cancelled while waiting" not in order
    await engine.dispose()


async def test_the_plain_sql_thread_writes_in_the_same_turns_and_reads_meanwhile(
    tmp_path: Path,
) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'thread.db'}")
    async with engine.begin() as conn:
        await conn.execute(text("CREATE TABLE notes (body TEXT)"))
    thread = SqliteThread(engine)
    sessions = make_sessionmaker(engine)

    def insert(conn: sqlite3.Connection, body: str) -> None:
        conn.execute("INSERT INTO notes (body) VALUES (?)", (body,))

    def bodies(conn: sqlite3.Connection) -> list[str]:
        return [row[0] for row in conn.execute("SELECT body FROM notes ORDER BY rowid")]

    try:
        holder = sessions()
        await holder.execute(text("INSERT INTO notes (body) VALUES ('orm')"))
        waiting = asyncio.create_task(thread.write(insert, "plain"))
        await asyncio.sleep(0.2)
        # The write waits for its turn on the event loop, not in SQLite's busy handler on the
        # thread: the thread still serves reads.
        assert await asyncio.wait_for(thread.read(bodies), 1) == []
        assert not waiting.done()
        await holder.commit()
        await asyncio.wait_for(waiting, 5)
        assert await thread.read(bodies) == ["orm", "plain"]
        await holder.close()
    finally:
        thread.close()
        await engine.dispose()


async def test_a_free_turn_is_taken_at_once_and_queued_writers_keep_their_order() -> None:
    turns = WriterTurns(timeout=0.3)
    order: list[str] = []

    async def write(name: str) -> None:
        async with turns.turn():
            order.append(name)
            await asyncio.sleep(0)

    await turns.take()  # free: granted without waiting
    second = asyncio.create_task(write("second"))
    await asyncio.sleep(0.05)
    turns.give_back()  # "second" is woken but has not run yet: the lock looks free
    third = asyncio.create_task(write("third"))
    await asyncio.gather(second, third)
    assert order == ["second", "third"]
    assert turns.waiting == 0 and not turns.lock.locked()


async def test_a_writer_queued_past_the_timeout_is_told_the_database_is_locked() -> None:
    turns = WriterTurns(timeout=0.2)
    await turns.take()
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        await turns.take()
    assert turns.waiting == 0
    turns.give_back()
    await asyncio.wait_for(turns.take(), 1)
    turns.give_back()


async def test_a_writer_behind_one_just_woken_still_waits_at_most_the_timeout() -> None:
    turns = WriterTurns(timeout=0.2)

    async def hold() -> None:
        async with turns.turn():
            await asyncio.sleep(0.6)

    await turns.take()
    second = asyncio.create_task(hold())
    await asyncio.sleep(0.05)
    turns.give_back()  # the lock looks free, but "second" is next
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        await turns.take()
    await second
    assert turns.waiting == 0

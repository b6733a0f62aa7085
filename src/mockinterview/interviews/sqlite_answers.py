"""Answering on a SQLite file in plain SQL, through the plain-SQL connections (sqlite_thread).

Values go in and come out through each column's own SQLAlchemy type, so they are stored and
read exactly as the ORM stores and reads them (datetimes, JSON, booleans). The answer's insert
and the session's versioned move are one short immediate transaction in one call.
"""

import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.engine import Dialect

from mockinterview.accounts.models import AccessToken, User
from mockinterview.accounts.plain_tokens import TOKEN_COLUMNS, USER_COLUMNS
from mockinterview.interviews.models import InterviewSession, SessionQuestion, SessionResponse
from mockinterview.interviews.plain_answers import (
    ANSWER_COLUMNS,
    QUESTION_COLUMNS,
    RECORDING_COLUMNS,
    SESSION_COLUMNS,
    WRITTEN_COLUMNS,
    PlainAnswerRepository,
    Row,
)
from mockinterview.recordings.models import Recording
from mockinterview.sqlite_thread import SqliteThread, would_wait

Convert = Callable[[Any], Any]

MOVE = """
UPDATE interview_sessions
SET current_question_index = ?, question_opened_at = ?, version = version + 1
WHERE id = ? AND version = ?
"""
INSERT_ANSWER = f"""
INSERT INTO session_responses (session_id, {", ".join(f'"{c}"' for c in WRITTEN_COLUMNS)})
VALUES ({", ".join("?" * (1 + len(WRITTEN_COLUMNS)))})
"""
STORE_VECTORS = "UPDATE session_responses SET sentence_vectors = ? WHERE id = ?"


@cache
def _numbered(sql: str) -> str:
    """A statement's $1, $2 ... as SQLite's ?1, ?2 ..."""
    return re.sub(r"\$(\d+)", r"?\1", sql)


def _selected_columns() -> Iterator[tuple[str, ColumnElement[Any]]]:
    """Each name the reads select, with the column it comes from."""
    tables = (
        ("", SESSION_COLUMNS, InterviewSession),
        ("q_", QUESTION_COLUMNS, SessionQuestion),
        ("", ANSWER_COLUMNS, SessionResponse),
        ("r_", RECORDING_COLUMNS, Recording),
        ("t_", TOKEN_COLUMNS, AccessToken),
        ("u_", USER_COLUMNS, User),
    )
    for prefix, names, model in tables:
        for name in names:
            yield prefix + name, model.__table__.c[name]
    yield "coaching_json", SessionResponse.__table__.c["coaching"]


@cache
def _readers(dialect: Dialect) -> dict[str, Convert]:
    """For each selected name that needs it, how its stored value becomes a Python value."""
    readers: dict[str, Convert] = {}
    for name, column in _selected_columns():
        reader = column.type.dialect_impl(dialect).result_processor(dialect, None)
        if reader is not None:
            readers[name] = reader
    return readers


@cache
def _writers(dialect: Dialect) -> tuple[Convert | None, tuple[Convert | None, ...]]:
    """How the session's opening time and each written column of an answer are stored."""

    def writer(column: ColumnElement[Any]) -> Convert | None:
        return column.type.dialect_impl(dialect).bind_processor(dialect)

    answers = SessionResponse.__table__.c
    opened_at = writer(InterviewSession.__table__.c["question_opened_at"])
    return opened_at, tuple(writer(answers[name]) for name in WRITTEN_COLUMNS)


def _fetch_rows(
    conn: sqlite3.Connection, sql: str, args: tuple[Any, ...], readers: dict[str, Convert]
) -> list[Row]:
    """The statement's rows as dicts of Python values."""
    cursor = conn.execute(sql, args)
    names = [column[0] for column in cursor.description]
    to_read = [(i, readers[name]) for i, name in enumerate(names) if name in readers]
    rows: list[Row] = []
    for raw in cursor:
        values = list(raw)
        for i, read in to_read:
            if values[i] is not None:
                values[i] = read(values[i])
        rows.append(dict(zip(names, values, strict=True)))
    return rows


def _store_and_move(
    conn: sqlite3.Connection, move: tuple[Any, ...], answer: tuple[Any, ...]
) -> int | None:
    """Move the session and insert the answer in one immediate transaction; None if another won."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        with conn:  # commits at the end of the block, rolls back if it raises
            if conn.execute(MOVE, move).rowcount != 1:
                return None
            return conn.execute(INSERT_ANSWER, answer).lastrowid
    except sqlite3.IntegrityError:  # the same answer, stored by a racing request
        return None


def _store_vectors(conn: sqlite3.Connection, packed_by_id: list[tuple[bytes, int]]) -> None:
    """Keep answers' sentence vectors in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    with conn:
        conn.executemany(STORE_VECTORS, packed_by_id)


def _as_stored(convert: Convert | None, value: Any) -> Any:
    return value if convert is None or value is None else convert(value)


class SqliteAnswerRepository(PlainAnswerRepository):
    """Answering's statements on the plain-SQL connections to the SQLite file."""

    def __init__(self, thread: SqliteThread) -> None:
        super().__init__()
        self.thread = thread

    async def _fetch(self, sql: str, *args: Any) -> Sequence[Row]:
        """The statement's rows, each value read as its column's type reads it."""
        readers = _readers(self.thread.dialect)
        return await self.thread.read(_fetch_rows, _numbered(sql), args, readers)

    async def advance(
        self, session: InterviewSession, response: SessionResponse, now: datetime
    ) -> bool:
        """Store the answer and move the session on, in one transaction; False if another won."""
        opened_at, columns = _writers(self.thread.dialect)
        move = (response.position + 1, _as_stored(opened_at, now), session.id, session.version)
        values = (
            _as_stored(convert, getattr(response, name))
            for convert, name in zip(columns, WRITTEN_COLUMNS, strict=True)
        )
        try:
            new_id = await self.thread.write(_store_and_move, move, (session.id, *values))
        except sqlite3.OperationalError as error:
            if not would_wait(error):
                raise
            return False  # another process kept the file past the timeout: the rules answer 409
        if new_id is None:
            return False
        self._moved(session, response, new_id, now)
        return True

    async def store_vectors(self, vectors: list[tuple[int, bytes]]) -> None:
        """Keep answers' sentence vectors, (response id, packed vectors), in one transaction."""
        rows = [(packed, rid) for rid, packed in vectors]
        await self.thread.write(_store_vectors, rows, on_loop=False)

"""Typed answers go through plain SQL (PostgreSQL, a SQLite file), with every rule of the ORM."""

import asyncio
import re
import sqlite3
from collections.abc import Iterator
from contextlib import AsyncExitStack, contextmanager
from datetime import timedelta
from typing import Any

import asyncpg
import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import update

from mockinterview.accounts.deps import CSRF_HEADER, SESSION_COOKIE, csrf_token_for
from mockinterview.accounts.models import AccessToken, User
from mockinterview.db import has_asyncpg, utcnow
from mockinterview.interviews.pg_answers import ANSWER_AT_ONCE, STORE_VECTORS
from mockinterview.interviews.plain_answers import PlainAnswerRepository
from tests.interviews.test_sessions_api import ANSWER, API, start
from tests.support import PASSWORD

PLAIN_ANSWER = {"response_text": ANSWER, "response_duration_seconds": 30}


@pytest.fixture
def plain(app: FastAPI) -> FastAPI:
    """The app: both test databases (PostgreSQL, a SQLite file) answer in plain SQL."""
    assert has_asyncpg(app.state.engine) or app.state.sqlite_thread is not None
    return app


@pytest.fixture
def postgres(app: FastAPI) -> FastAPI:
    """The app, when it runs on PostgreSQL (asyncpg)."""
    if not has_asyncpg(app.state.engine):
        pytest.skip("pooled server connections are PostgreSQL's")
    return app


@contextmanager
def counting_orm_sessions(app: FastAPI) -> Iterator[list[int]]:
    """Count the ORM sessions the app opens for requests while inside."""
    factory = app.state.sessionmaker
    opened: list[int] = []

    def counted() -> Any:
        opened.append(1)
        return factory()

    app.state.sessionmaker = counted
    try:
        yield opened
    finally:
        app.state.sessionmaker = factory


async def submit(
    client: httpx.AsyncClient, headers: dict[str, str], session_uuid: str, **body: Any
) -> httpx.Response:
    path = f"{API}/sessions/{session_uuid}/submit-response"
    return await client.post(path, json={**PLAIN_ANSWER, **body}, headers=headers)


async def test_typed_answers_open_no_orm_session_and_keep_the_rules(
    plain: FastAPI, client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any]
) -> None:
    session = await start(client, user)
    sid, questions = session["session_uuid"], session["question_sequence"]
    with counting_orm_sessions(plain) as opened:
        first = await submit(client, user["headers"], sid, question_uuid=questions[0])
        again = await submit(client, user["headers"], sid, question_uuid=questions[0])
        unknown = await submit(client, user["headers"], sid, question_uuid="not-in-it")
        ahead = await submit(client, user["headers"], sid, question_uuid=questions[2])
        short = await submit(client, user["headers"], sid, response_text="Too short.")
        theirs = await submit(client, other_user["headers"], sid)
        no_token = await submit(client, {"Authorization": "Bearer nope"}, sid)
        wrong_uuid = await submit(client, {**user["headers"], "uuid": other_user["user_uuid"]}, sid)
        second = await submit(client, user["headers"], sid)
    assert opened == []
    assert first.status_code == 200, first.text
    assert first.json()["duplicate"] is False
    assert first.json()["next_question"]["question_uuid"] == questions[1]
    assert first.json()["response"]["word_count"] == len(ANSWER.split())
    assert again.status_code == 200 and again.json()["duplicate"] is True
    assert again.json()["response"]["timestamp"] == first.json()["response"]["timestamp"]
    assert again.json()["next_question"]["question_uuid"] == questions[1]
    assert unknown.status_code == 422
    assert unknown.json()["detail"][0]["loc"] == ["body", "question_uuid"]
    assert ahead.status_code == 409
    assert short.status_code == 422
    assert short.json()["detail"][0]["loc"] == ["body", "response_text"]
    assert theirs.status_code == 404
    assert no_token.status_code == 401 and wrong_uuid.status_code == 401
    assert second.status_code == 200 and second.json()["current_question_index"] == 2
    stored = await client.get(f"{API}/sessions/{sid}", headers=user["headers"])
    answers = stored.json()["responses"]
    assert [a["question_uuid"] for a in answers] == questions[:2]
    assert stored.json()["current_question_index"] == 2


async def test_an_answer_naming_the_current_question_looks_for_no_stored_one(
    plain: FastAPI,
    client: httpx.AsyncClient,
    user: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    looked_up: list[str] = []
    lookup = PlainAnswerRepository.response_to

    async def counted(self: PlainAnswerRepository, session: Any, question_uuid: str) -> Any:
        looked_up.append(question_uuid)
        return await lookup(self, session, question_uuid)

    monkeypatch.setattr(PlainAnswerRepository, "response_to", counted)
    session = await start(client, user)
    current = session["first_question"]["question_uuid"]
    answered = await submit(client, user["headers"], session["session_uuid"], question_uuid=current)
    assert answered.status_code == 200, answered.text
    assert answered.json()["duplicate"] is False
    assert looked_up == []
    repeated = await submit(client, user["headers"], session["session_uuid"], question_uuid=current)
    assert repeated.status_code == 200, repeated.text
    assert repeated.json()["duplicate"] is True
    assert looked_up == [current]


async def test_cookie_answers_need_the_csrf_token_and_disabled_accounts_are_refused(
    plain: FastAPI, client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    session = await start(client, user)
    csrf = csrf_token_for(plain.state.settings.resolved_secret_key, user["token"])
    client.cookies.set(SESSION_COOKIE, user["token"])
    try:
        refused = await submit(client, {}, session["session_uuid"])
        forged = await submit(client, {CSRF_HEADER: "forged"}, session["session_uuid"])
        accepted = await submit(client, {CSRF_HEADER: csrf}, session["session_uuid"])
    finally:
        client.cookies.clear()
    assert refused.status_code == 403 and forged.status_code == 403
    assert accepted.status_code == 200, accepted.text
    async with plain.state.sessionmaker() as db:
        await db.execute(update(User).values(disabled_at=utcnow()))
        await db.commit()
    disabled = await submit(client, user["headers"], session["session_uuid"])
    assert disabled.status_code == 401 and "disabled" in disabled.json()["detail"]


async def signed_in_again(client: httpx.AsyncClient, user: dict[str, Any]) -> dict[str, str]:
    """Headers with a new token for the user."""
    login = await client.post(
        "/api/auth/login", json={"email": user["email"], "password": PASSWORD}
    )
    assert login.status_code == 200, login.text
    return {"Authorization": f"Bearer {login.json()['access_token']}"}


async def test_answers_with_a_signed_out_or_expired_token_are_refused_and_not_stored(
    plain: FastAPI, client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    session = await start(client, user)
    sid = session["session_uuid"]
    signed_out = await client.post("/api/auth/logout", headers=user["headers"])
    assert signed_out.status_code in (200, 204), signed_out.text
    revoked = await submit(client, user["headers"], sid)
    assert revoked.status_code == 401, revoked.text
    headers = await signed_in_again(client, user)
    async with plain.state.sessionmaker() as db:
        await db.execute(update(AccessToken).values(expires_at=utcnow() - timedelta(seconds=1)))
        await db.commit()
    expired = await submit(client, headers, sid)
    assert expired.status_code == 401, expired.text
    headers = await signed_in_again(client, user)
    detail = (await client.get(f"{API}/sessions/{sid}", headers=headers)).json()
    assert detail["responses"] == [] and detail["current_question_index"] == 0


async def test_an_interview_with_follow_ups_is_answered_through_the_orm(
    plain: FastAPI, client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    session = await start(client, user, follow_ups=True)
    with counting_orm_sessions(plain) as opened:
        answered = await submit(client, user["headers"], session["session_uuid"])
    assert answered.status_code == 200, answered.text
    assert opened == [1]


async def test_answers_go_on_when_the_server_drops_pooled_connections(
    postgres: FastAPI, client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    session = await start(client, user)
    engine = postgres.state.engine
    await engine.dispose()
    async with AsyncExitStack() as pooled:
        connections = [await pooled.enter_async_context(engine.connect()) for _ in range(3)]
        pids = [
            (await c.get_raw_connection()).driver_connection.get_server_pid() for c in connections
        ]
    url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    outside = await asyncpg.connect(url)
    try:
        await outside.execute(
            "SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid", pids
        )
        await asyncio.sleep(0.3)  # the pooled connections see their sockets close
        answered = await submit(client, user["headers"], session["session_uuid"])
    finally:
        await outside.close()
        await engine.dispose()
    assert answered.status_code == 200, answered.text
    assert answered.json()["current_question_index"] == 1


async def test_on_postgresql_the_usual_answer_is_one_statement(
    postgres: FastAPI,
    client: httpx.AsyncClient,
    user: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sent: list[str] = []
    for name in ("fetch", "fetchrow", "fetchval", "execute"):
        method = getattr(asyncpg.Connection, name)

        async def recorded(self: Any, sql: str, *args: Any, _method: Any = method) -> Any:
            sent.append(sql)
            return await _method(self, sql, *args)

        monkeypatch.setattr(asyncpg.Connection, name, recorded)
    session = await start(client, user, time_limit_seconds=60)
    sid, questions = session["session_uuid"], session["question_sequence"]
    sent.clear()
    first = await submit(client, user["headers"], sid, question_uuid=questions[0])
    answered = [sql for sql in sent if sql is not STORE_VECTORS]
    assert first.status_code == 200, first.text
    assert answered == [ANSWER_AT_ONCE]
    assert first.json()["current_question_index"] == 1
    assert first.json()["next_question"]["question_uuid"] == questions[1]
    assert first.json()["response"]["over_time"] is False
    sent.clear()
    again = await submit(client, user["headers"], sid, question_uuid=questions[0])
    assert again.status_code == 200 and again.json()["duplicate"] is True
    assert sent[0] is ANSWER_AT_ONCE and len(sent) > 1  # the repeat takes the general path
    detail = (await client.get(f"{API}/sessions/{sid}", headers=user["headers"])).json()
    stored_answer = detail["responses"][0]
    assert stored_answer["timestamp"] == first.json()["response"]["timestamp"]
    assert stored_answer["response_text"] == ANSWER and stored_answer["over_time"] is False
    assert detail["current_question_index"] == 1


STORED_DATETIME = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}"


async def test_on_sqlite_plain_answers_are_stored_as_the_orm_stores_them(
    app: FastAPI, client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    thread = app.state.sqlite_thread
    if thread is None:
        pytest.skip("the SQLite thread answers on a SQLite file")
    session = await start(client, user)
    sid = session["session_uuid"]
    answered = await submit(client, user["headers"], sid, over_time=True)
    assert answered.status_code == 200, answered.text
    with sqlite3.connect(thread.path) as raw:
        stamp, over_time, opened, created = raw.execute(
            "SELECT a.timestamp, a.over_time, s.question_opened_at, s.created_at"
            " FROM session_responses a JOIN interview_sessions s ON s.id = a.session_id"
        ).fetchone()
    assert all(re.fullmatch(STORED_DATETIME, value) for value in (stamp, opened, created))
    assert over_time == 1
    detail = (await client.get(f"{API}/sessions/{sid}", headers=user["headers"])).json()
    assert detail["responses"][0]["timestamp"] == answered.json()["response"]["timestamp"]
    assert detail["responses"][0]["over_time"] is True

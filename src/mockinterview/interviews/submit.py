"""How a submitted answer reaches the rules of answering.

A typed answer goes through plain SQL (answering is the busiest request): on the asyncpg
connection on PostgreSQL, on the plain-SQL connections (sqlite_thread) for a SQLite file. On
PostgreSQL the usual answer is stored in one statement (pg_answers.ANSWER_AT_ONCE). A recording,
an interview that asks follow-ups, and an in-memory SQLite database go through the ORM.
"""

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager, nullcontext

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.security import HTTPAuthorizationCredentials
from sqlalchemy.ext.asyncio import AsyncEngine

from mockinterview.accounts.deps import check_uuid_header, presented_token, token_of
from mockinterview.accounts.security import hash_token
from mockinterview.db import asyncpg_connection, has_asyncpg, request_session
from mockinterview.errors import Invalid
from mockinterview.interviews.answer_input import is_form, recorded_answer, typed_answer
from mockinterview.interviews.answering import (
    Answered,
    Answering,
    TypedAnswer,
    found,
    require_words,
)
from mockinterview.interviews.deps import session_service_for, spoken_answers
from mockinterview.interviews.models import InterviewSession
from mockinterview.interviews.pg_answers import PgAnswerRepository
from mockinterview.interviews.plain_answers import PlainAnswerRepository
from mockinterview.interviews.sqlite_answers import SqliteAnswerRepository


async def submitted_answer(
    request: Request,
    session_uuid: str,
    credentials: HTTPAuthorizationCredentials | None,
    user_uuid_header: str | None,
) -> Answered:
    """Store the request's answer (typed or recorded) to the interview's current question."""
    plain = None if is_form(request) else _plain_sql(request)
    if plain is not None:
        async with plain as sessions:
            answered = await _typed_in_plain_sql(
                sessions, request, session_uuid, credentials, user_uuid_header
            )
        if answered is not None:
            return answered
    async with request_session(request) as db:
        user = (await token_of(request, db, credentials, user_uuid_header)).user
        service = session_service_for(request, db)
        session = await service.answering.get_for_answer(user, session_uuid)
        if not is_form(request):
            return await _typed(service.answering, session, request)
        spoken = spoken_answers(request, service, db)
        recorded = await recorded_answer(request, spoken.max_bytes)
        answered = await spoken.submit(
            user,
            session,
            recorded.data,
            recorded.field,
            recorded.question_uuid,
            recorded.duration,
        )
    request.app.state.job_queue.wake()
    return answered


def _plain_sql(request: Request) -> AbstractAsyncContextManager[PlainAnswerRepository] | None:
    """Answering's plain-SQL statements for the app's database, if it has them."""
    state = request.app.state
    if has_asyncpg(state.engine):
        return _on_asyncpg(state.engine)
    if state.sqlite_thread is not None:
        return nullcontext(SqliteAnswerRepository(state.sqlite_thread))
    return None


@asynccontextmanager
async def _on_asyncpg(engine: AsyncEngine) -> AsyncIterator[PlainAnswerRepository]:
    """Answering's statements on a pooled asyncpg connection, handed back at the end."""
    async with asyncpg_connection(engine) as conn:
        yield PgAnswerRepository(conn)


async def _typed_in_plain_sql(
    sessions: PlainAnswerRepository,
    request: Request,
    session_uuid: str,
    credentials: HTTPAuthorizationCredentials | None,
    user_uuid_header: str | None,
) -> Answered | None:
    """A typed answer stored through plain SQL; None for an interview that asks follow-ups."""
    token = presented_token(request, credentials, request.app.state.settings)
    if isinstance(sessions, PgAnswerRepository):
        typed = await _well_formed(request)
        if typed is not None:
            answered = await sessions.answer_at_once(
                hash_token(token), session_uuid, user_uuid_header, typed
            )
            if answered is not None:
                return answered
    user_uuid, row = await sessions.signed_in_with_row(token, session_uuid)
    check_uuid_header(user_uuid, user_uuid_header)
    session = found(row)
    if session.follow_ups:
        return None
    return await _typed(Answering(sessions), session, request)


async def _well_formed(request: Request) -> TypedAnswer | None:
    """The JSON answer if it is valid and long enough; None leaves the errors to the rules."""
    try:
        body = await typed_answer(request)
        words = require_words(body.response_text)
    except (RequestValidationError, Invalid):
        return None
    return TypedAnswer(
        body.response_text,
        words,
        body.response_duration_seconds,
        body.question_uuid,
        body.answer_mode,
        body.over_time,
    )


async def _typed(answering: Answering, session: InterviewSession, request: Request) -> Answered:
    """Store the request's JSON answer (422 naming the field when the body is invalid)."""
    body = await typed_answer(request)
    return await answering.submit(
        session,
        body.response_text,
        body.response_duration_seconds,
        body.question_uuid,
        body.answer_mode,
        body.over_time,
    )

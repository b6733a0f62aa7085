"""How a submitted answer reaches the rules of answering.

A typed answer on PostgreSQL goes through plain SQL on the asyncpg connection (answering is the
busiest request); a recording, an interview that asks follow-ups, and SQLite go through the ORM.
"""

from fastapi import Request
from fastapi.security import HTTPAuthorizationCredentials

from mockinterview.accounts.deps import check_uuid_header, presented_token, token_of
from mockinterview.db import asyncpg_connection, has_asyncpg, request_session
from mockinterview.interviews.answer_input import is_form, recorded_answer, typed_answer
from mockinterview.interviews.answering import Answered, Answering, found
from mockinterview.interviews.deps import session_service_for, spoken_answers
from mockinterview.interviews.models import InterviewSession
from mockinterview.interviews.pg_answers import PgAnswerRepository


async def submitted_answer(
    request: Request,
    session_uuid: str,
    credentials: HTTPAuthorizationCredentials | None,
    user_uuid_header: str | None,
) -> Answered:
    """Store the request's answer (typed or recorded) to the interview's current question."""
    if not is_form(request) and has_asyncpg(request.app.state.engine):
        answered = await _typed_in_plain_sql(request, session_uuid, credentials, user_uuid_header)
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


async def _typed_in_plain_sql(
    request: Request,
    session_uuid: str,
    credentials: HTTPAuthorizationCredentials | None,
    user_uuid_header: str | None,
) -> Answered | None:
    """A typed answer stored through plain SQL; None for an interview that asks follow-ups."""
    token = presented_token(request, credentials, request.app.state.settings)
    async with asyncpg_connection(request.app.state.engine) as conn:
        sessions = PgAnswerRepository(conn)
        user_uuid, row = await sessions.signed_in_with_row(token, session_uuid)
        check_uuid_header(user_uuid, user_uuid_header)
        session = found(row)
        if session.follow_ups:
            return None
        return await _typed(Answering(sessions), session, request)


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

"""Dependencies of the interview routes."""

from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from mockinterview.config import Settings
from mockinterview.db import DbSession
from mockinterview.interviews.coach import Coach
from mockinterview.interviews.follow_ups import FollowUpAsker
from mockinterview.interviews.repository import SessionRepository
from mockinterview.interviews.service import SessionService
from mockinterview.interviews.spoken import SpokenAnswerService
from mockinterview.questionbank.repository import QuestionBankRepository
from mockinterview.recordings.deps import recording_store, recordings_for
from mockinterview.usage.repository import UsageRepository
from mockinterview.usage.service import UsageService


async def session_service(request: Request, db: DbSession) -> SessionService:
    """A SessionService bound to the request's database session."""
    return session_service_for(request, db)


def session_service_for(request: Request, db: AsyncSession) -> SessionService:
    """A SessionService bound to a database session (session_service as a plain function)."""
    settings: Settings = request.app.state.settings
    usage = UsageService(UsageRepository(db))
    pool = request.app.state.coaching_pool
    store = recording_store(db, settings)
    return SessionService(
        SessionRepository(db),
        QuestionBankRepository(db),
        Coach(settings, usage, pool),
        store,
        FollowUpAsker(settings, usage, pool),
    )


SessionServiceDep = Annotated[SessionService, Depends(session_service)]


def spoken_answers(
    request: Request, sessions: SessionService, db: AsyncSession
) -> SpokenAnswerService:
    """A SpokenAnswerService bound to the request's database session.

    A plain function too, so a route taking typed and spoken answers builds it only for a
    recording (each dependency costs every request some resolving).
    """
    settings: Settings = request.app.state.settings
    recordings = recordings_for(db, settings)
    state = request.app.state
    return SpokenAnswerService(
        sessions, recordings, state.job_queue, db, state.speech_pool, settings
    )


async def spoken_service(
    request: Request, sessions: SessionServiceDep, db: DbSession
) -> SpokenAnswerService:
    """A SpokenAnswerService bound to the request's database session."""
    return spoken_answers(request, sessions, db)


SpokenServiceDep = Annotated[SpokenAnswerService, Depends(spoken_service)]

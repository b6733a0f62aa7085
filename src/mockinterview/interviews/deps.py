"""Dependencies of the interview routes."""

from typing import Annotated

from fastapi import Depends, Request

from mockinterview.accounts.deps import SettingsDep
from mockinterview.db import DbSession
from mockinterview.interviews.coach import Coach
from mockinterview.interviews.follow_ups import FollowUpAsker
from mockinterview.interviews.repository import SessionRepository
from mockinterview.interviews.service import SessionService
from mockinterview.interviews.spoken import SpokenAnswerService
from mockinterview.questionbank.repository import QuestionBankRepository
from mockinterview.recordings.deps import RecordingServiceDep, recording_store
from mockinterview.usage.repository import UsageRepository
from mockinterview.usage.service import UsageService


async def session_service(request: Request, db: DbSession, settings: SettingsDep) -> SessionService:
    """A SessionService bound to the request's database session."""
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


async def spoken_service(
    request: Request,
    sessions: SessionServiceDep,
    recordings: RecordingServiceDep,
    db: DbSession,
    settings: SettingsDep,
) -> SpokenAnswerService:
    """A SpokenAnswerService bound to the request's database session."""
    return SpokenAnswerService(
        sessions,
        recordings,
        request.app.state.job_queue,
        db,
        request.app.state.speech_pool,
        settings,
    )


SpokenServiceDep = Annotated[SpokenAnswerService, Depends(spoken_service)]

"""Dependencies of the interview routes."""

from typing import Annotated

from fastapi import Depends, Request

from mockinterview.accounts.deps import SettingsDep
from mockinterview.db import DbSession
from mockinterview.interviews.coach import Coach
from mockinterview.interviews.repository import SessionRepository
from mockinterview.interviews.service import SessionService
from mockinterview.questionbank.repository import QuestionBankRepository
from mockinterview.usage.repository import UsageRepository
from mockinterview.usage.service import UsageService


def session_service(request: Request, db: DbSession, settings: SettingsDep) -> SessionService:
    """A SessionService bound to the request's database session."""
    coach = Coach(settings, UsageService(UsageRepository(db)), request.app.state.coaching_pool)
    return SessionService(SessionRepository(db), QuestionBankRepository(db), coach)


SessionServiceDep = Annotated[SessionService, Depends(session_service)]

"""Dependencies of the interview routes."""

from typing import Annotated

from fastapi import Depends

from mockinterview.db import DbSession
from mockinterview.interviews.repository import SessionRepository
from mockinterview.interviews.service import SessionService
from mockinterview.questionbank.repository import QuestionBankRepository


def session_service(db: DbSession) -> SessionService:
    """A SessionService bound to the request's database session."""
    return SessionService(SessionRepository(db), QuestionBankRepository(db))


SessionServiceDep = Annotated[SessionService, Depends(session_service)]

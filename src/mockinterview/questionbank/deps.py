"""Dependencies of the question bank's routes and pages."""

from typing import Annotated

from fastapi import Depends

from mockinterview.db import DbSession
from mockinterview.questionbank.repository import QuestionBankRepository
from mockinterview.questionbank.service import QuestionBankService


async def bank_service(db: DbSession) -> QuestionBankService:
    """A QuestionBankService bound to the request's database session."""
    return QuestionBankService(QuestionBankRepository(db))


BankService = Annotated[QuestionBankService, Depends(bank_service)]
